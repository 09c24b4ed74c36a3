package org.parley.spark;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Supplier;
import org.parley.annotate.Annotator;
import org.parley.code.EventCoder;
import org.parley.geo.GeoNamesGazetteer;
import org.parley.nlp.CoreNlpAnnotator;
import org.parley.nlp.TimeSource;
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
 * object outlives a task, so the pools are the one static of the job, as CoreNLP's own annotator
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

    /** The JVM's pools, one per source of times, since a pipeline's annotator is built for one. */
    private static final Map<TimeSource, CodingPipelines> EXECUTOR = Map.of(
            TimeSource.PARLEY, new CodingPipelines(() -> build(TimeSource.PARLEY)),
            TimeSource.SUTIME, new CodingPipelines(() -> build(TimeSource.SUTIME)));

    private final ConcurrentLinkedDeque<Pipeline> idle = new ConcurrentLinkedDeque<>();
    private final Supplier<Pipeline> factory;

    /** A pool that builds pipelines with {@code factory} when none is idle (tests pass their own). */
    CodingPipelines(Supplier<Pipeline> factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /** The pool of this JVM that builds production pipelines taking their times from {@code times}. */
    static CodingPipelines executor(TimeSource times) {
        return EXECUTOR.get(times);
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

    private static Pipeline build(TimeSource times) {
        return new Pipeline(CoreNlpAnnotator.builder().times(times).build(), EventCoder.builder()
                .synonyms(WordNetSynonyms.load()).gazetteer(GeoNamesGazetteer.load()).build());
    }
}
