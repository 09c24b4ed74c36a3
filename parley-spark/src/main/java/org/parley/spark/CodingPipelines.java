package org.parley.spark;

import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Supplier;
import org.parley.annotate.Annotator;
import org.parley.code.EventCoder;
import org.parley.geo.GeoNamesGazetteer;
import org.parley.nlp.CoreNlpAnnotator;
import org.parley.nlp.WordNetSynonyms;

/**
 * The executor JVM's coding pipelines (a CoreNLP annotator and an event coder), lent to one task at
 * a time: a task borrows one when it codes its first document and gives it back when it ends, so an
 * executor builds at most as many pipelines as it runs tasks at once (its cores), whatever the
 * number of partitions. Thread-safe.
 *
 * <p>Design decision: a pipeline costs 3.5 to 8 s to build (models, a dependency parser of its own,
 * WordNet, the gazetteer) and ~250 MB, and a {@code CoreNlpAnnotator} must not serve two threads at
 * once. Building one per partition made every partition pay that; one per thread would not work
 * either, since Spark's task threads come from a cached pool and are replaced. Only a JVM-wide
 * object outlives a task, so the pool is the one static of the job, as CoreNLP's own annotator
 * cache is; it never shrinks, which is what an executor that keeps coding wants.
 */
final class CodingPipelines {

    /** An annotator and an event coder that one thread uses at a time. */
    record Pipeline(Annotator annotator, EventCoder coder) {
        Pipeline {
            Objects.requireNonNull(annotator, "annotator");
            Objects.requireNonNull(coder, "coder");
        }
    }

    private static final CodingPipelines EXECUTOR = new CodingPipelines(CodingPipelines::build);

    private final ConcurrentLinkedDeque<Pipeline> idle = new ConcurrentLinkedDeque<>();
    private final Supplier<Pipeline> factory;

    /** A pool that builds pipelines with {@code factory} when none is idle (tests pass their own). */
    CodingPipelines(Supplier<Pipeline> factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /** The pool of this JVM, building production pipelines. */
    static CodingPipelines executor() {
        return EXECUTOR;
    }

    /** An idle pipeline, the one given back last (its caches are warmest), or a new one. */
    Pipeline borrow() {
        Pipeline pipeline = idle.pollFirst();
        return pipeline != null ? pipeline : factory.get();
    }

    /** Makes {@code pipeline} available to the next task; the caller must not use it any more. */
    void giveBack(Pipeline pipeline) {
        idle.offerFirst(Objects.requireNonNull(pipeline, "pipeline"));
    }

    /** How many pipelines wait to be borrowed. */
    int idle() {
        return idle.size();
    }

    private static Pipeline build() {
        return new Pipeline(CoreNlpAnnotator.withDefaults(), EventCoder.builder()
                .synonyms(WordNetSynonyms.load()).gazetteer(GeoNamesGazetteer.load()).build());
    }
}
