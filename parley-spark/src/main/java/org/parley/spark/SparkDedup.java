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
import org.parley.ontology.Cameo;
import scala.jdk.javaapi.CollectionConverters;

/**
 * {@link EventGrouping} on Spark: the key of each candidate row for {@code groupByKey}, and the
 * events and merges of each group for {@code flatMapGroups}. A candidate row is a mention row
 * ({@link StoreSchema#MENTIONS} columns first, in order) followed by its document's
 * {@code published}, {@code source} and {@code url}.
 *
 * <p>Only the window travels to the executors; the CAMEO table is loaded there on first use.
 */
final class SparkDedup implements MapFunction<Row, String>, FlatMapGroupsFunction<String, Row, Row> {

    private static final long serialVersionUID = 1L;

    /** What one group yields: per event, its row and its merges rows. */
    static final StructType GROUPED = new StructType()
            .add("event", StoreSchema.EVENTS, false)
            .add("merges", DataTypes.createArrayType(StoreSchema.MERGES, false), false);

    private final int windowDays;
    private transient Cameo cameo;

    SparkDedup(int windowDays) {
        this.windowDays = windowDays;
    }

    @Override
    public String call(Row candidate) {
        EventGrouping.Candidate c = candidate(candidate);
        return EventGrouping.key(c, symmetric(c));
    }

    @Override
    public Iterator<Row> call(String key, Iterator<Row> rows) {
        List<EventGrouping.Candidate> candidates = new ArrayList<>();
        rows.forEachRemaining(row -> candidates.add(candidate(row)));
        boolean symmetric = symmetric(candidates.get(0));
        List<Row> out = new ArrayList<>();
        for (EventGrouping.Event event : EventGrouping.group(candidates, windowDays, symmetric)) {
            // Spark's row encoder takes Scala sequences for array columns.
            out.add(RowFactory.create(EventGrouping.eventRow(event),
                    CollectionConverters.asScala(EventGrouping.mergeRows(event))));
        }
        return out.iterator();
    }

    private boolean symmetric(EventGrouping.Candidate c) {
        if (cameo == null) {
            cameo = Cameo.builtIn();
        }
        String code = c.text("code");
        return cameo.find(code).isPresent() && cameo.isSymmetric(code);
    }

    static EventGrouping.Candidate candidate(Row row) {
        int n = StoreSchema.MENTIONS.size();
        Object[] mention = new Object[n];
        for (int i = 0; i < n; i++) {
            mention[i] = row.get(i);
        }
        java.sql.Date published = (java.sql.Date) row.get(n);
        return new EventGrouping.Candidate(RowFactory.create(mention),
                published == null ? null : published.toLocalDate(), (String) row.get(n + 1), (String) row.get(n + 2));
    }
}
