package org.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's {@code ner} as {@link CoreNlpAnnotator} runs it for a {@link TimeSource}: the CRF alone
 * on every sentence for {@link TimeSource#PARLEY}; for {@link TimeSource#SUTIME}, SUTime and the
 * numeric classifiers on the sentences {@link TimeGate} admits (all of them without the gate) and
 * the CRF alone on the others. Not thread-safe, like the pipelines it holds.
 */
final class NerStage {

    /** Named entities with SUTime and the numeric classifiers, or null with Parley's times. */
    private final StanfordCoreNLP timed;
    /** Named entities from the CRF alone. */
    private final StanfordCoreNLP plain;
    private final boolean gated;

    NerStage(Properties common, TimeSource times, boolean gated, boolean windows) {
        this.timed = times == TimeSource.SUTIME ? timed(common, windows) : null;
        Properties crf = new Properties();
        crf.putAll(common);
        crf.setProperty("ner.useSUTime", "false");
        crf.setProperty("ner.applyNumericClassifiers", "false");
        this.plain = CoreNlpAnnotator.stage(crf, "ner");
        this.gated = gated;
    }

    private static StanfordCoreNLP timed(Properties common, boolean windows) {
        Properties timed = new Properties();
        timed.putAll(common);
        timed.setProperty("ner.useSUTime", "true");
        timed.setProperty("ner.applyNumericClassifiers", "true");
        if (windows) {
            // A property of its own keeps CoreNLP's annotator cache from handing this ner
            // annotator, once windowed, to pipelines built without windows.
            timed.setProperty("ner.parley.sutimeWindows", "true");
        }
        StanfordCoreNLP ner = CoreNlpAnnotator.stage(timed, "ner");
        if (windows) {
            SutimeWindows.install(ner);
        }
        return ner;
    }

    /** Tags the named entities (and, with SUTime, times and numbers) of a tokenised, tagged document. */
    void annotate(Annotation annotation) {
        if (timed == null) {
            plain.annotate(annotation);
            return;
        }
        List<CoreMap> admitted = new ArrayList<>();
        List<CoreMap> others = new ArrayList<>();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            boolean in = !gated || TimeGate.admits(sentence.get(CoreAnnotations.TokensAnnotation.class));
            (in ? admitted : others).add(sentence);
        }
        recognise(timed, annotation, admitted);
        recognise(plain, annotation, others);
    }

    /** The CoreNLP pipelines of this stage, for their timing reports. */
    List<StanfordCoreNLP> pipelines() {
        return timed == null ? List.of(plain) : List.of(timed, plain);
    }

    /** Whether SUTime runs on windows here. */
    boolean sutimeOnWindows() {
        return timed != null && SutimeWindows.installedIn(timed);
    }

    /**
     * Runs a named-entity stage on some sentences of a document only. The sentence objects are
     * shared with the document, so the tags and mentions land on them; CoreNLP's NER works one
     * sentence at a time and reads nothing of the document beyond its text and date.
     */
    private static void recognise(StanfordCoreNLP ner, Annotation document, List<CoreMap> sentences) {
        if (sentences.isEmpty()) {
            return;
        }
        Annotation part = new Annotation(document.get(CoreAnnotations.TextAnnotation.class));
        List<CoreLabel> tokens = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            tokens.addAll(sentence.get(CoreAnnotations.TokensAnnotation.class));
        }
        part.set(CoreAnnotations.TokensAnnotation.class, tokens);
        part.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        String date = document.get(CoreAnnotations.DocDateAnnotation.class);
        if (date != null) {
            part.set(CoreAnnotations.DocDateAnnotation.class, date);
        }
        ner.annotate(part);
    }
}
