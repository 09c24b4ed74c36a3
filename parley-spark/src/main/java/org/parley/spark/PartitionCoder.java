package org.parley.spark;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Queue;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.TaskCompletionListener;
import org.parley.ingest.Ingest;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Document;
import org.parley.model.EventMention;
import org.parley.model.Sentence;
import org.parley.nlp.TimeSource;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Codes one partition of inputs ({@link StoreSchema#INPUT}) with the production stages, the same
 * as {@code parley code}: ingest, CoreNLP, the event coder with WordNet synonyms and the GeoNames
 * gazetteer. Yields one
 * {@link StoreSchema#CODED} row per document (with its mention rows) and one per input or
 * document that failed, so a bad document costs only itself.
 *
 * <p>Design decision: CoreNLP's pipeline is not serialisable and not thread-safe, so it cannot
 * travel from the driver and cannot serve two tasks at once. A task borrows a pipeline from its
 * executor's {@link CodingPipelines} when it codes its first document and gives it back when the
 * task ends, so an executor builds one pipeline per task thread, not one per partition: only the
 * first task of each thread pays the 3.5 to 8 s of loading, and partitions may be many.
 *
 * <p>Only this object's options are serialised to the executors.
 */
final class PartitionCoder implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    private final LocalDate date;
    private final boolean jsonLines;
    private final TimeSource times;

    /**
     * @param date      the publication date that overrides what ingest finds, or {@code null}
     * @param jsonLines whether each input is one JSON line whose origin is {@code path@offset}
     * @param times     where the annotator takes time expressions from
     */
    PartitionCoder(LocalDate date, boolean jsonLines, TimeSource times) {
        this.date = date;
        this.jsonLines = jsonLines;
        this.times = times;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> inputs) {
        return new Coded(inputs);
    }

    /** The partition's output, computed one input at a time as Spark pulls it. */
    private final class Coded implements Iterator<Row> {
        private final Iterator<Row> inputs;
        private final Queue<Row> ready = new ArrayDeque<>();
        private final Ingest ingest = Ingest.withDefaults();
        private CodingPipelines.Pipeline pipeline;

        Coded(Iterator<Row> inputs) {
            this.inputs = inputs;
        }

        @Override
        public boolean hasNext() {
            while (ready.isEmpty() && inputs.hasNext()) {
                read(inputs.next());
            }
            if (ready.isEmpty() && TaskContext.get() == null) {
                giveBack();
            }
            return !ready.isEmpty();
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return ready.remove();
        }

        private void read(Row input) {
            String origin = input.getString(0);
            byte[] content = input.getAs(1);
            List<Document> documents = new ArrayList<>();
            try {
                ingest.read(new ByteArrayInputStream(content), origin,
                        document -> documents.add(document),
                        problem -> ready.add(failed(lineOrigin(problem.origin(), origin), null, problem.reason())));
            } catch (RuntimeException e) {
                ready.add(failed(origin, null, "cannot read: " + reason(e)));
            }
            for (Document read : documents) {
                Document document = new Document(read.id(), read.text(), date == null ? read.published() : date,
                        read.source(), read.url(), read.title(), lineOrigin(read.origin(), origin));
                ready.add(code(document));
            }
        }

        private Row code(Document document) {
            try {
                if (pipeline == null) {
                    borrow();
                }
                AnnotatedDocument annotated = pipeline.annotator().annotate(document);
                List<EventMention> found = pipeline.coder().code(annotated);
                int tokens = 0;
                for (Sentence sentence : annotated.sentences()) {
                    tokens += sentence.size();
                }
                List<Row> mentions = new ArrayList<>(found.size());
                for (EventMention mention : found) {
                    mentions.add(StoreRows.mention(mention, mentions.size()));
                }
                Row row = StoreRows.document(document, annotated.sentences().size(), tokens, found.size(), now());
                return RowFactory.create(row, CollectionConverters.asScala(mentions), null);
            } catch (RuntimeException e) {
                return failed(document.origin(), document.id(), "cannot code: " + reason(e));
            }
        }

        /**
         * Takes a pipeline for this task. Inside Spark it goes back when the task ends, whether it
         * succeeded, failed or was cancelled before its output was read to the end; outside a task
         * (tests), when the inputs run out.
         */
        private void borrow() {
            pipeline = CodingPipelines.executor(times).borrow();
            TaskContext task = TaskContext.get();
            if (task != null) {
                task.addTaskCompletionListener((TaskCompletionListener) ended -> giveBack());
            }
        }

        private void giveBack() {
            if (pipeline != null) {
                CodingPipelines.executor(times).giveBack(pipeline);
                pipeline = null;
            }
        }

        /** A JSON line read from a stream is named "origin:1" by ingest; its origin already says where it is. */
        private String lineOrigin(String named, String origin) {
            return jsonLines && named.equals(origin + ":1") ? origin : named;
        }
    }

    private static Row failed(String origin, String docId, String reason) {
        return RowFactory.create(null, CollectionConverters.asScala(List.<Row>of()), StoreRows.failure(origin, docId, reason, now()));
    }

    /** UTC wall time: the store's TIMESTAMP columns have no time zone. */
    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    private static String reason(RuntimeException e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }
}
