package org.parley.nlp;

/**
 * Where {@link CoreNlpAnnotator} takes time expressions and number tags from.
 */
public enum TimeSource {
    /**
     * Parley's own recogniser ({@code org.parley.time.TimeTagger}), run on each converted sentence
     * with the document's publication date; CoreNLP's {@code ner} runs the CRF alone. The default:
     * SUTime's rule matching was a third of all CoreNLP time (docs/BENCHMARKS.md), and its value
     * for a bare weekday depends on what the process annotated before.
     */
    PARLEY,
    /**
     * SUTime and CoreNLP's numeric classifiers inside {@code ner}, on the sentences {@link TimeGate}
     * admits (and, on request, only on windows of them): CoreNLP's own behaviour.
     */
    SUTIME
}
