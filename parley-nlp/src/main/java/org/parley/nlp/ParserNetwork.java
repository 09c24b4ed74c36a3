package org.parley.nlp;

import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The numbers of a loaded CoreNLP neural dependency parser (Chen and Manning 2014), laid out for
 * {@link GreedyParser}: the embeddings, the two weight layers and the hidden bias (from
 * {@link Classifier}'s public getters), CoreNLP's table of pre-computed hidden-layer products for
 * its most frequent features, and the arc-standard transitions with their labels.
 *
 * <p>Design decision: the table of pre-computed products, the transition list, the classifier
 * and the parsing system have no public getter in CoreNLP 4.5, so they are read once, here, from
 * the parser's fields. Reading the table rather than recomputing it keeps the sums exactly
 * CoreNLP's; the arrays are shared with the parser, not copied, except for transposed copies of
 * the two weight layers (about 4 MB) that let {@link GreedyParser} run many sums side by side. A CoreNLP whose fields differ
 * fails at construction with a message naming the field, never at parse time.
 *
 * <p>Immutable after construction (the arrays are never written); shared by nothing but the
 * {@link GreedyParser} of one {@link EnhancedParse}.
 */
final class ParserNetwork {

    /** Features per parser state: 18 words, 18 parts of speech, 12 arc labels. */
    static final int FEATURES = 48;
    static final int LEFT_ARC = 0;
    static final int RIGHT_ARC = 1;
    static final int SHIFT = 2;

    final DependencyParser parser;
    /** Embedding of each word, part-of-speech and label id: {@code embeddings[id][0..embeddingSize)}. */
    final float[][] embeddings;
    /** Input-to-hidden weights: {@code w1[hidden][feature * embeddingSize + k]}. */
    final float[][] w1;
    final float[] b1;
    /** Hidden-to-output weights: one row per transition. */
    final float[][] w2;
    /**
     * {@link #w1} by input: {@code w1ByInput[(feature * embeddingSize + k) * hiddenSize + unit]}, so
     * that the product of one feature sweeps the hidden units in one pass over memory.
     */
    final float[] w1ByInput;
    /**
     * {@link #w2} by hidden unit, widened to double (exactly, as every float is a double):
     * {@code w2ByHidden[unit * transitions + t]}.
     */
    final double[] w2ByHidden;
    /** CoreNLP's pre-computed products {@code w1 · embedding} of frequent (id, feature position) pairs. */
    final double[][] preComputed;
    /** Row of {@link #preComputed} of each {@code id * FEATURES + position}, or -1. */
    final IntIntTable preComputedRow;
    final int hiddenSize;
    final int embeddingSize;
    /** Kind of each transition, in CoreNLP's order: {@link #LEFT_ARC}, {@link #RIGHT_ARC} or {@link #SHIFT}. */
    final int[] transitionKind;
    /** Label index of each arc transition (into {@link #labels}); -1 for shift. */
    final int[] transitionLabel;
    final String[] labels;
    /** Feature id of each label, and of the pseudo-label of "no such token". */
    final int[] labelFeature;
    final int nullLabelFeature;
    /** Index in {@link #labels} of the label that only an arc from the root may carry. */
    final int rootLabel;

    /** Reads the numbers of a parser that has loaded its model. */
    ParserNetwork(DependencyParser parser) {
        this.parser = parser;
        Classifier classifier = (Classifier) field(DependencyParser.class, "classifier", parser);
        Object system = field(DependencyParser.class, "system", parser);
        if (!(system instanceof ArcStandard)) {
            throw new IllegalStateException("Parley's own parse needs CoreNLP's arc-standard parser, found "
                    + (system == null ? "none" : system.getClass().getName()));
        }
        this.embeddings = classifier.getE();
        this.w1 = classifier.getW1();
        this.b1 = classifier.getb1();
        this.w2 = classifier.getW2();
        this.preComputed = (double[][]) field(Classifier.class, "saved", classifier);
        this.hiddenSize = b1.length;
        this.embeddingSize = embeddings[0].length;
        int inputs = w1[0].length;
        this.w1ByInput = new float[inputs * hiddenSize];
        for (int unit = 0; unit < hiddenSize; unit++) {
            for (int input = 0; input < inputs; input++) {
                w1ByInput[input * hiddenSize + unit] = w1[unit][input];
            }
        }
        this.w2ByHidden = new double[hiddenSize * w2.length];
        for (int t = 0; t < w2.length; t++) {
            for (int unit = 0; unit < hiddenSize; unit++) {
                w2ByHidden[unit * w2.length + t] = w2[t][unit];
            }
        }
        @SuppressWarnings("unchecked")
        Map<Integer, Integer> preMap = (Map<Integer, Integer>) field(Classifier.class, "preMap", classifier);
        this.preComputedRow = new IntIntTable(preMap.size());
        preMap.forEach(preComputedRow::put);

        @SuppressWarnings("unchecked")
        List<String> transitions = (List<String>) field(ParsingSystem.class, "transitions", system);
        @SuppressWarnings("unchecked")
        List<String> labelList = (List<String>) field(ParsingSystem.class, "labels", system);
        String root = (String) field(ParsingSystem.class, "rootLabel", system);
        this.labels = labelList.toArray(new String[0]);
        this.rootLabel = labelList.indexOf(root);
        this.labelFeature = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            labelFeature[i] = parser.getLabelID(labels[i]);
        }
        this.nullLabelFeature = parser.getLabelID(Config.NULL);
        this.transitionKind = new int[transitions.size()];
        this.transitionLabel = new int[transitions.size()];
        for (int t = 0; t < transitions.size(); t++) {
            String name = transitions.get(t);
            boolean arc = name.startsWith("L") || name.startsWith("R");
            transitionKind[t] = name.startsWith("L") ? LEFT_ARC : name.startsWith("R") ? RIGHT_ARC : SHIFT;
            // "L(nsubj)": CoreNLP's own spelling of an arc transition and its label.
            transitionLabel[t] = arc ? labelList.indexOf(name.substring(2, name.length() - 1)) : -1;
            if (arc && transitionLabel[t] < 0) {
                throw new IllegalStateException("parser transition " + name + " has a label the parser does not know");
            }
        }
        if (w2.length != transitions.size() || w1.length != hiddenSize
                || w1[0].length != FEATURES * embeddingSize || rootLabel < 0) {
            throw new IllegalStateException("the dependency parser model has a shape Parley's own parse does not know: "
                    + w2.length + " outputs for " + transitions.size() + " transitions, " + w1.length + "x"
                    + w1[0].length + " hidden weights for " + FEATURES + " features of size " + embeddingSize);
        }
        if (new Config(new Properties()).language != edu.stanford.nlp.international.Language.UniversalEnglish) {
            throw new IllegalStateException("Parley's own parse builds Universal English dependencies only");
        }
    }

    private static Object field(Class<?> owner, String name, Object target) {
        try {
            Field f = owner.getDeclaredField(name);
            f.setAccessible(true);
            return f.get(target);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot read " + owner.getSimpleName() + "." + name
                    + " of CoreNLP's dependency parser (a CoreNLP version other than 4.5?): " + e, e);
        }
    }

    /**
     * An int-to-int map with open addressing, for look-ups without boxing; absent keys give -1.
     * Each key sits next to its value in one array, so that a look-up in this 4 MB table costs
     * one cache miss, not two.
     */
    static final class IntIntTable {
        /** Key at {@code 2 * slot}, value at {@code 2 * slot + 1}; -1 keys are free slots. */
        private final int[] entries;
        private final int mask;

        IntIntTable(int expected) {
            int capacity = Integer.highestOneBit(Math.max(16, expected * 3)) << 1;
            this.entries = new int[2 * capacity];
            this.mask = capacity - 1;
            java.util.Arrays.fill(entries, -1);
        }

        void put(int key, int value) {
            if (key < 0) {
                throw new IllegalArgumentException("negative key " + key);
            }
            int i = slot(key);
            while (entries[2 * i] != -1 && entries[2 * i] != key) {
                i = (i + 1) & mask;
            }
            entries[2 * i] = key;
            entries[2 * i + 1] = value;
        }

        int get(int key) {
            int i = slot(key);
            while (true) {
                int k = entries[2 * i];
                if (k == key) {
                    return entries[2 * i + 1];
                }
                if (k == -1) {
                    return -1;
                }
                i = (i + 1) & mask;
            }
        }

        private int slot(int key) {
            return (key * 0x9E3779B1 >>> 7) & mask;
        }
    }
}
