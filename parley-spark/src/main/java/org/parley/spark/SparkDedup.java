package org.parley.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.parley.dedup.Dedup;
import org.parley.dedup.DedupEvent;
import org.parley.dedup.StoredMention;
import org.parley.ontology.Cameo;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The store's deduplication ({@link Dedup}, the rule of {@code parley dedup}) on Spark: mentions
 * are grouped by {@link Dedup#blockKey}, which all mentions of one event share, and each block is
 * grouped into events by {@link Dedup#group} on one executor. So the job's events, their ids and
 * the merge reasons are those the embedded store computes from the same mentions.
 *
 * <p>A candidate row is a mention row ({@link StoreSchema#MENTIONS} columns first, in order)
 * followed by its document's {@code source} and {@code url}. Only the window
 * travels to the executors; the CAMEO table is loaded there on first use.
 */
final class SparkDedup implements MapFunction<Row, String>, FlatMapGroupsFunction<String, Row, Row> {

    private static final long serialVersionUID = 1L;

    /** What one block yields: per event, its row and its merges rows. */
    static final StructType GROUPED = new StructType()
            .add("event", StoreSchema.EVENTS, false)
            .add("merges", DataTypes.createArrayType(StoreSchema.MERGES, false), false);

    private final int windowDays;
    private transient Dedup dedup;

    SparkDedup(int windowDays) {
        this.windowDays = windowDays;
    }

    @Override
    public String call(Row candidate) {
        return dedup().blockKey(StoredMentions.read(candidate));
    }

    @Override
    public Iterator<Row> call(String key, Iterator<Row> rows) {
        List<StoredMention> block = new ArrayList<>();
        rows.forEachRemaining(row -> block.add(StoredMentions.read(row)));
        List<Row> out = new ArrayList<>();
        for (DedupEvent event : dedup().group(block)) {
            // Spark's row encoder takes Scala sequences for array columns.
            out.add(RowFactory.create(StoredMentions.event(event),
                    CollectionConverters.asScala(StoredMentions.merges(event))));
        }
        return out.iterator();
    }

    private Dedup dedup() {
        if (dedup == null) {
            dedup = Dedup.of(Cameo.builtIn(), windowDays);
        }
        return dedup;
    }
}
