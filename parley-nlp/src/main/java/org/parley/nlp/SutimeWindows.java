package org.parley.nlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's numeric classifier (SUTime and the number rules) run on the {@link TimeWindows} of a
 * sentence instead of the whole sentence: TokensRegex tries every SUTime rule at every token it
 * is given, so its cost grows with the tokens, and most tokens of a sentence are far from any
 * time or number.
 *
 * <p>Contract: for a sentence, the tokens come out with the same answers and the same SUTime and
 * number annotations as from the wrapped classifier on the whole sentence, given the contract of
 * {@link TimeWindows}; tokens outside every window get the background answer and nothing else,
 * which is what the whole-sentence run gives them. Each window is handed to the wrapped
 * classifier as a sentence of its own, with its own text (the sentence's text between the
 * window's first and last character) and its place among the document's tokens, so SUTime's text
 * rules see the window's text alone and what it finds lands on the right tokens. Stateless beyond the wrapped classifier, so as
 * thread-safe as it is.
 *
 * <p>It replaces the numeric classifier inside a loaded {@code ner} annotator ({@link #install}),
 * because CoreNLP offers no option for it; the field is private in CoreNLP 4.5 and read and
 * written by reflection, once per pipeline.
 */
final class SutimeWindows extends NumberSequenceClassifier {

    /** The numeric classifier CoreNLP built, with SUTime loaded. */
    private final AbstractSequenceClassifier<CoreLabel> whole;

    private SutimeWindows(AbstractSequenceClassifier<CoreLabel> whole) {
        // Without SUTime: this instance's own rules are never used, only the wrapped classifier's.
        super(new Properties(), false, new Properties());
        this.whole = whole;
    }

    /**
     * Puts windows around the numeric classifier of the {@code ner} annotator of a pipeline that
     * holds one; does nothing if it holds none or has windows already.
     *
     * @throws IllegalStateException if CoreNLP's classes no longer have the fields read here
     */
    static void install(StanfordCoreNLP pipeline) {
        try {
            for (NerSlot slot : nerSlots(pipeline)) {
                if (slot.current() instanceof AbstractSequenceClassifier<?> numbers && !(slot.current() instanceof SutimeWindows)) {
                    slot.set(new SutimeWindows(cast(numbers)));
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot put SUTime windows into CoreNLP's ner annotator: " + e, e);
        }
    }

    /** Whether the {@code ner} annotator of this pipeline runs SUTime on windows. */
    static boolean installedIn(StanfordCoreNLP pipeline) {
        try {
            return nerSlots(pipeline).stream().anyMatch(slot -> slot.current() instanceof SutimeWindows);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read CoreNLP's ner annotator: " + e, e);
        }
    }

    /** The numeric-classifier field of one {@code ner} annotator's classifier, with its value. */
    private record NerSlot(Field field, NERClassifierCombiner owner, Object current) {
        void set(Object value) throws IllegalAccessException {
            field.set(owner, value);
        }
    }

    /** The numeric-classifier slots of every {@code ner} annotator of a pipeline (private fields, read by reflection). */
    @SuppressWarnings("unchecked")
    private static List<NerSlot> nerSlots(StanfordCoreNLP pipeline) throws ReflectiveOperationException {
        Field annotators = AnnotationPipeline.class.getDeclaredField("annotators");
        annotators.setAccessible(true);
        Field ner = NERCombinerAnnotator.class.getDeclaredField("ner");
        ner.setAccessible(true);
        Field nsc = NERClassifierCombiner.class.getDeclaredField("nsc");
        nsc.setAccessible(true);
        List<NerSlot> slots = new ArrayList<>();
        for (Object annotator : (List<Object>) annotators.get(pipeline)) {
            if (annotator instanceof NERCombinerAnnotator combiner) {
                NERClassifierCombiner classifier = (NERClassifierCombiner) ner.get(combiner);
                slots.add(new NerSlot(nsc, classifier, nsc.get(classifier)));
            }
        }
        return slots;
    }

    @SuppressWarnings("unchecked")
    private static AbstractSequenceClassifier<CoreLabel> cast(AbstractSequenceClassifier<?> numbers) {
        return (AbstractSequenceClassifier<CoreLabel>) numbers;
    }

    /**
     * Hands the end of a document to the wrapped classifier: SUTime keeps state per document
     * (what it resolved so far) and clears it here; without this, one document's expressions
     * would change how the next one's resolve.
     */
    @Override
    public void finalizeClassification(CoreMap document) {
        whole.finalizeClassification(document);
    }

    @Override
    public List<CoreLabel> classify(List<CoreLabel> tokens) {
        return whole.classify(tokens);
    }

    @Override
    public List<CoreLabel> classifyWithGlobalInformation(List<CoreLabel> tokens, CoreMap document, CoreMap sentence) {
        List<CoreLabel> originals = sentence == null ? null : sentence.get(CoreAnnotations.TokensAnnotation.class);
        String text = sentence == null ? null : sentence.get(CoreAnnotations.TextAnnotation.class);
        Integer textStart = sentence == null ? null : sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        if (originals == null || originals.size() != tokens.size() || text == null || textStart == null) {
            return whole.classifyWithGlobalInformation(tokens, document, sentence);
        }
        Integer firstToken = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
        int tokenStart = firstToken == null ? 0 : firstToken;
        List<int[]> windows = TimeWindows.of(originals);
        if (windows.size() == 1 && windows.get(0)[0] == 0 && windows.get(0)[1] == tokens.size()) {
            return whole.classifyWithGlobalInformation(tokens, document, sentence);
        }
        String background = whole.flags.backgroundSymbol;
        for (CoreLabel token : tokens) {
            if (token.get(CoreAnnotations.AnswerAnnotation.class) == null) {
                token.set(CoreAnnotations.AnswerAnnotation.class, background);
            }
        }
        for (int[] window : windows) {
            List<CoreLabel> part = new ArrayList<>(tokens.subList(window[0], window[1]));
            List<CoreLabel> partOriginals = new ArrayList<>(originals.subList(window[0], window[1]));
            int begin = partOriginals.get(0).beginPosition();
            int end = partOriginals.get(partOriginals.size() - 1).endPosition();
            Annotation windowSentence = new Annotation(text.substring(begin - textStart, end - textStart));
            windowSentence.set(CoreAnnotations.TokensAnnotation.class, partOriginals);
            windowSentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
            windowSentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
            // Numbered in the document like the sentence's tokens: SUTime places what it finds by
            // the tokens' own document positions and the classifier subtracts this start.
            windowSentence.set(CoreAnnotations.TokenBeginAnnotation.class, tokenStart + window[0]);
            windowSentence.set(CoreAnnotations.TokenEndAnnotation.class, tokenStart + window[1]);
            whole.classifyWithGlobalInformation(part, document, windowSentence);
        }
        return tokens;
    }
}
