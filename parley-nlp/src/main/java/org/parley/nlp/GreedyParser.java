package org.parley.nlp;

import static org.parley.nlp.ParserNetwork.FEATURES;
import static org.parley.nlp.ParserNetwork.LEFT_ARC;
import static org.parley.nlp.ParserNetwork.RIGHT_ARC;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Greedy arc-standard parsing with the feed-forward network of Chen and Manning (2014), on the
 * numbers of CoreNLP's loaded parser ({@link ParserNetwork}): the same analysis as
 * {@code DependencyParser.predict}, arc for arc, at a fraction of the cost.
 *
 * <p>Contract: for a sentence whose tokens carry words and parts of speech, {@link #parse} returns
 * the basic dependencies CoreNLP's {@code predict} returns for it, as a Universal English
 * {@link GrammaticalStructure} built the same way. Each parser state is described by the 48
 * features of the published template (the top three stack and buffer words; the first and second
 * leftmost and rightmost children of the top two stack words and the leftmost of the leftmost and
 * rightmost of the rightmost, with their labels); the hidden layer is the cube of the summed
 * feature products plus bias; the highest-scoring applicable transition is taken, the first on a
 * tie. Every sum runs in the same order and precision as CoreNLP's (products of floats summed in
 * double, the uncached product of a feature rounded to float before it is added, CoreNLP's own
 * pre-computed products used for the same features), so the scores are bit for bit CoreNLP's and
 * so is every choice.
 *
 * <p>Where the time goes instead: no boxed map look-ups, no lock, no allocation per step (all
 * state lives in arrays of this instance, grown per sentence when needed); transitions are
 * integers, not strings parsed at every step; the products of features CoreNLP did not
 * pre-compute are kept in a direct-mapped table of this instance; the many independent sums (the
 * scores of all transitions, the hidden units of a feature product) advance side by side over
 * transposed weights instead of one after the other, each still in its own order; and the network
 * does not run at all when a single transition applies (the first shift of every sentence, the
 * final arc from the root): CoreNLP would take that one anyway.
 *
 * <p>Not thread-safe: one instance per {@link EnhancedParse}, i.e. per worker thread.
 */
final class GreedyParser {

    /** Slots of the table of uncached feature products; a power of two. */
    private static final int PRODUCT_SLOTS = 4096;

    private final ParserNetwork net;
    private final int rootWord;
    private final int nullWord;
    private final int rootPos;
    private final int nullPos;

    private final int[] features = new int[FEATURES];
    /** Scratch: the row of CoreNLP's pre-computed products of each feature, or -1. */
    private final int[] featureRow = new int[FEATURES];
    /** The transitions applicable in the current state, in CoreNLP's order, and their scores. */
    private final int[] candidates;
    private final double[] scores;
    private final double[] hidden;
    private final int[] productKey = new int[PRODUCT_SLOTS];
    private final float[] product;
    /** Scratch: the double sums of one feature product before they are rounded to float. */
    private final double[] productSum;

    /** Per sentence, indexed by token k + 1 for k in -1 (none), 0 (root) .. n. */
    private int[] wordId = new int[64];
    private int[] posId = new int[64];
    /** Per token 0..n: head (-1 before attachment) and label index (-1 before attachment). */
    private int[] head = new int[64];
    private int[] label = new int[64];
    private int[] stack = new int[64];

    GreedyParser(ParserNetwork net) {
        this.net = net;
        this.rootWord = net.parser.getWordID(Config.ROOT);
        this.nullWord = net.parser.getWordID(Config.NULL);
        this.rootPos = net.parser.getPosID(Config.ROOT);
        this.nullPos = net.parser.getPosID(Config.NULL);
        this.hidden = new double[net.hiddenSize];
        this.candidates = new int[net.transitionKind.length];
        this.scores = new double[net.transitionKind.length];
        this.product = new float[PRODUCT_SLOTS * net.hiddenSize];
        this.productSum = new double[net.hiddenSize];
        Arrays.fill(productKey, -1);
    }

    /** Parses one sentence; its tokens must have words and parts of speech. */
    GrammaticalStructure parse(CoreMap sentence) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        int n = tokens.size();
        prepare(tokens);
        int stackSize = 1;
        stack[0] = 0;
        int next = 1;
        while (stackSize != 1 || next <= n) {
            if (Thread.interrupted()) {
                throw new RuntimeInterruptedException();
            }
            int chosen = choose(stackSize, next, n);
            int kind = net.transitionKind[chosen];
            if (kind == LEFT_ARC) {
                int dependent = stack[stackSize - 2];
                head[dependent] = stack[stackSize - 1];
                label[dependent] = net.transitionLabel[chosen];
                stack[stackSize - 2] = stack[stackSize - 1];
                stackSize--;
            } else if (kind == RIGHT_ARC) {
                int dependent = stack[stackSize - 1];
                head[dependent] = stack[stackSize - 2];
                label[dependent] = net.transitionLabel[chosen];
                stackSize--;
            } else {
                stack[stackSize++] = next++;
            }
        }
        return structure(tokens);
    }

    private void prepare(List<CoreLabel> tokens) {
        int n = tokens.size();
        if (wordId.length < n + 2) {
            int size = Integer.highestOneBit(n + 2) << 1;
            wordId = new int[size];
            posId = new int[size];
            head = new int[size];
            label = new int[size];
            stack = new int[size];
        }
        wordId[0] = nullWord;
        posId[0] = nullPos;
        wordId[1] = rootWord;
        posId[1] = rootPos;
        for (int k = 1; k <= n; k++) {
            CoreLabel token = tokens.get(k - 1);
            wordId[k + 1] = net.parser.getWordID(token.word());
            posId[k + 1] = net.parser.getPosID(token.tag());
        }
        Arrays.fill(head, 0, n + 1, -1);
        Arrays.fill(label, 0, n + 1, -1);
    }

    /**
     * The transition CoreNLP's greedy loop takes in this state: the applicable one with the
     * highest score, the first of equals.
     */
    private int choose(int stackSize, int next, int n) {
        boolean bufferEmpty = next > n;
        // Arc-standard preconditions: a left arc needs two words above the root; a right arc two
        // stack items, and onto the root only as the very last step (a single root); an arc from
        // the root carries the root label and no other arc does.
        boolean left = stackSize > 2;
        boolean right = stackSize > 2 || stackSize == 2 && bufferEmpty;
        boolean rightFromRoot = stackSize == 2;
        boolean shift = !bufferEmpty;
        int[] kinds = net.transitionKind;
        int[] labels = net.transitionLabel;
        int applicable = 0;
        int only = -1;
        for (int t = 0; t < kinds.length; t++) {
            if (applies(kinds[t], labels[t], left, right, rightFromRoot, shift)) {
                applicable++;
                only = t;
            }
        }
        if (applicable == 1) {
            return only;
        }
        extractFeatures(stackSize, next, n);
        forward();
        int count = 0;
        for (int t = 0; t < kinds.length; t++) {
            if (applies(kinds[t], labels[t], left, right, rightFromRoot, shift)) {
                candidates[count++] = t;
            }
        }
        scoreAll();
        double best = Double.NEGATIVE_INFINITY;
        int chosen = -1;
        for (int c = 0; c < count; c++) {
            double score = scores[candidates[c]];
            if (score > best) {
                best = score;
                chosen = candidates[c];
            }
        }
        if (chosen < 0) {
            throw new IllegalStateException("the dependency parser scored no transition above -infinity");
        }
        return chosen;
    }

    private boolean applies(int kind, int arcLabel, boolean left, boolean right, boolean rightFromRoot,
            boolean shift) {
        if (kind == LEFT_ARC) {
            return left && arcLabel != net.rootLabel;
        }
        if (kind == RIGHT_ARC) {
            return right && (arcLabel == net.rootLabel) == rightFromRoot;
        }
        return shift;
    }

    private void extractFeatures(int stackSize, int next, int n) {
        for (int j = 2; j >= 0; j--) {
            int k = j < stackSize ? stack[stackSize - 1 - j] : -1;
            features[2 - j] = wordId[k + 1];
            features[18 + 2 - j] = posId[k + 1];
        }
        for (int j = 0; j <= 2; j++) {
            int k = next + j <= n ? next + j : -1;
            features[3 + j] = wordId[k + 1];
            features[21 + j] = posId[k + 1];
        }
        for (int j = 0; j <= 1; j++) {
            int k = j < stackSize ? stack[stackSize - 1 - j] : -1;
            int base = 6 * j;
            childFeatures(base, leftChild(k, 1, n));
            childFeatures(base + 1, rightChild(k, 1, n));
            childFeatures(base + 2, leftChild(k, 2, n));
            childFeatures(base + 3, rightChild(k, 2, n));
            childFeatures(base + 4, leftChild(leftChild(k, 1, n), 1, n));
            childFeatures(base + 5, rightChild(rightChild(k, 1, n), 1, n));
        }
    }

    private void childFeatures(int slot, int k) {
        features[6 + slot] = wordId[k + 1];
        features[24 + slot] = posId[k + 1];
        // A child is attached, so it has a label; the root and "none" have the null label.
        features[36 + slot] = k <= 0 ? net.nullLabelFeature : net.labelFeature[label[k]];
    }

    /** The count-th dependent of k counted from the left, or -1. */
    private int leftChild(int k, int count, int n) {
        if (k < 0 || k > n) {
            return -1;
        }
        int seen = 0;
        for (int i = 1; i < k; i++) {
            if (head[i] == k && ++seen == count) {
                return i;
            }
        }
        return -1;
    }

    /** The count-th dependent of k counted from the right, or -1. */
    private int rightChild(int k, int count, int n) {
        if (k < 0 || k > n) {
            return -1;
        }
        int seen = 0;
        for (int i = n; i > k; i--) {
            if (head[i] == k && ++seen == count) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Fills {@link #hidden} with the cubed hidden layer for {@link #features}. All 48 look-ups in
     * the table of pre-computed rows come first, so that their cache misses overlap instead of
     * each waiting behind the previous row's sum; the rows are then added in feature order, as
     * before.
     */
    private void forward() {
        double[] h = hidden;
        int size = h.length;
        int[] rows = featureRow;
        for (int j = 0; j < FEATURES; j++) {
            rows[j] = net.preComputedRow.get(features[j] * FEATURES + j);
        }
        Arrays.fill(h, 0.0);
        for (int j = 0; j < FEATURES; j++) {
            int row = rows[j];
            if (row >= 0) {
                double[] saved = net.preComputed[row];
                for (int i = 0; i < size; i++) {
                    h[i] += saved[i];
                }
            } else {
                int offset = productOffset(features[j] * FEATURES + j, features[j], j);
                float[] p = product;
                for (int i = 0; i < size; i++) {
                    h[i] += p[offset + i];
                }
            }
        }
        float[] b1 = net.b1;
        for (int i = 0; i < size; i++) {
            double x = h[i] + b1[i];
            h[i] = x * x * x;
        }
    }

    /**
     * Where the product of the hidden weights of feature position {@code position} with the
     * embedding {@code value} sits in {@link #product}, computing it on a miss: each hidden unit's
     * float products summed in double, rounded to float, as CoreNLP computes a feature it did not
     * pre-compute.
     */
    private int productOffset(int id, int value, int position) {
        int slot = (id * 0x9E3779B1) >>> (32 - Integer.numberOfTrailingZeros(PRODUCT_SLOTS));
        int offset = slot * hidden.length;
        if (productKey[slot] != id) {
            float[] e = net.embeddings[value];
            float[] w = net.w1ByInput;
            double[] sum = productSum;
            int units = sum.length;
            Arrays.fill(sum, 0.0);
            int from = position * net.embeddingSize;
            for (int k = 0; k < e.length; k++) {
                float x = e[k];
                int base = (from + k) * units;
                for (int i = 0; i < units; i++) {
                    sum[i] += w[base + i] * x;
                }
            }
            for (int i = 0; i < units; i++) {
                product[offset + i] = (float) sum[i];
            }
            productKey[slot] = id;
        }
        return offset;
    }

    /**
     * Fills {@link #scores} with the score of every transition: the hidden layer times the
     * transition's weights, each sum running from the first hidden unit to the last as CoreNLP's
     * does. The sums advance side by side, one hidden unit at a time for all transitions, so that
     * no addition waits for the one before it; each sum still adds the same products in the same
     * order. Scoring the transitions that cannot apply costs less than picking them out.
     */
    private void scoreAll() {
        double[] h = hidden;
        double[] s = scores;
        double[] w = net.w2ByHidden;
        int transitions = s.length;
        Arrays.fill(s, 0.0);
        int units = h.length;
        int i = 0;
        // Four hidden units per pass: each score is read and written once per four products
        // instead of once per product; the products are still added one at a time, in unit order.
        for (; i + 3 < units; i += 4) {
            double x0 = h[i];
            double x1 = h[i + 1];
            double x2 = h[i + 2];
            double x3 = h[i + 3];
            int b0 = i * transitions;
            int b1 = b0 + transitions;
            int b2 = b1 + transitions;
            int b3 = b2 + transitions;
            for (int t = 0; t < transitions; t++) {
                double v = s[t];
                v += x0 * w[b0 + t];
                v += x1 * w[b1 + t];
                v += x2 * w[b2 + t];
                v += x3 * w[b3 + t];
                s[t] = v;
            }
        }
        for (; i < units; i++) {
            double x = h[i];
            int base = i * transitions;
            for (int t = 0; t < transitions; t++) {
                s[t] += x * w[base + t];
            }
        }
    }

    /** The analysis as CoreNLP's parser hands it over: a typed dependency per token, the root's from ROOT. */
    private GrammaticalStructure structure(List<CoreLabel> tokens) {
        List<TypedDependency> dependencies = new ArrayList<>(tokens.size());
        IndexedWord root = new IndexedWord(new Word("ROOT"));
        root.set(CoreAnnotations.IndexAnnotation.class, 0);
        for (int i = 1; i <= tokens.size(); i++) {
            int governor = head[i];
            IndexedWord dependent = new IndexedWord(tokens.get(i - 1));
            IndexedWord gov = governor == 0 ? root : new IndexedWord(tokens.get(governor - 1));
            GrammaticalRelation relation = governor == 0 ? GrammaticalRelation.ROOT : relation(net.labels[label[i]]);
            dependencies.add(new TypedDependency(relation, gov, dependent));
        }
        return new UniversalEnglishGrammaticalStructure(dependencies, new TreeGraphNode(root));
    }

    private static GrammaticalRelation relation(String name) {
        GrammaticalRelation known = UniversalEnglishGrammaticalRelations.shortNameToGRel.get(name);
        return known != null ? known
                : new GrammaticalRelation(edu.stanford.nlp.international.Language.UniversalEnglish, name, null,
                        GrammaticalRelation.DEPENDENT);
    }
}
