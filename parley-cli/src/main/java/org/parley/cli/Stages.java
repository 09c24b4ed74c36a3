package org.parley.cli;

import java.util.function.Supplier;
import org.parley.annotate.Annotator;
import org.parley.code.EventCoder;
import org.parley.geo.GeoNamesGazetteer;
import org.parley.ingest.Ingest;
import org.parley.nlp.CoreNlpAnnotator;
import org.parley.nlp.WordNetSynonyms;

/**
 * The pipeline a command runs. The annotator and the coder are built on first use, so that
 * {@code --help}, usage errors and runs whose inputs are all missing load no model.
 */
record Stages(DocumentSource source, Supplier<Annotator> annotator, Supplier<Coder> coder) {

    /** Ingest, CoreNLP and the event coder with WordNet synonyms and the GeoNames gazetteer. */
    static Stages production() {
        return new Stages(DocumentSource.of(Ingest.withDefaults()), CoreNlpAnnotator::withDefaults,
                productionCoder(EventCoder.builder()));
    }

    /** The coder a builder configures, with WordNet synonyms and the GeoNames gazetteer, built on first use. */
    static Supplier<Coder> productionCoder(EventCoder.Builder builder) {
        return () -> {
            EventCoder coder = builder.synonyms(WordNetSynonyms.load()).gazetteer(GeoNamesGazetteer.load()).build();
            return coder::code;
        };
    }

    /** These stages with another annotator. */
    Stages withAnnotator(Supplier<Annotator> annotator) {
        return new Stages(source, annotator, coder);
    }

    /** These stages with another coder. */
    Stages withCoder(Supplier<Coder> coder) {
        return new Stages(source, annotator, coder);
    }
}
