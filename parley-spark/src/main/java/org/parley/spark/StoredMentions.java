package org.parley.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.parley.dedup.DedupEvent;
import org.parley.dedup.Merge;
import org.parley.dedup.StoredMention;
import org.parley.model.Actor;
import org.parley.model.Attribution;
import org.parley.model.EventMention;
import org.parley.model.Mood;
import org.parley.model.Place;
import org.parley.model.PlacePrecision;
import org.parley.model.Span;
import org.parley.model.Trigger;

/**
 * Between Spark rows and the store's deduplication ({@link org.parley.dedup.Dedup}): a mention row
 * back into the {@link StoredMention} it was made from, and a {@link DedupEvent} into its
 * {@code events} and {@code merges} rows, flattened as the embedded store does.
 */
final class StoredMentions {

    private StoredMentions() {
    }

    /**
     * The mention of a candidate row: the {@link StoreSchema#MENTIONS} columns in order, then its
     * document's {@code source} (the publisher) and {@code url}.
     */
    static StoredMention read(Row row) {
        Row m = row;
        Place place = text(m, "place_name") == null ? null : new Place(text(m, "place_name"), text(m, "place_country"),
                text(m, "place_region"), (Double) get(m, "place_lat"), (Double) get(m, "place_lon"),
                (Long) get(m, "place_geonames_id"), precision(text(m, "place_precision")));
        Attribution attribution = text(m, "attribution_text") == null ? null
                : new Attribution(text(m, "attribution_text"), text(m, "attribution_code"));
        EventMention mention = new EventMention(text(m, "doc_id"), (Integer) get(m, "sentence"), text(m, "code"),
                text(m, "root"), text(m, "plover"), (Integer) get(m, "quad"), (Double) get(m, "goldstein"),
                actor(m, "source"), actor(m, "target"),
                new Trigger(text(m, "trigger_text"), span(m, "trigger")), text(m, "date"), place,
                (Boolean) get(m, "negated"), Mood.valueOf(text(m, "mood").toUpperCase(Locale.ROOT)), attribution,
                text(m, "evidence"), span(m, "evidence"), (Double) get(m, "confidence"));
        int documentColumns = StoreSchema.MENTIONS.size();
        return new StoredMention(text(m, "mention_id"), (Integer) get(m, "ordinal"),
                (String) row.get(documentColumns), (String) row.get(documentColumns + 1), mention);
    }

    /** The {@link StoreSchema#EVENTS} row of an event. */
    static Row event(DedupEvent e) {
        Place p = e.place();
        return RowFactory.create(e.eventId(), e.code(), e.root(), e.plover(), e.quad(), e.goldstein(),
                code(e.source()), country(e.source()), sector(e.source()), text(e.source()),
                code(e.target()), country(e.target()), sector(e.target()), text(e.target()),
                e.date(), e.dateRange() == null ? null : StoreRows.sqlDate(e.dateRange().start()),
                e.dateRange() == null ? null : StoreRows.sqlDate(e.dateRange().end()),
                p == null ? null : p.name(), p == null ? null : p.country(), p == null ? null : p.region(),
                p == null ? null : p.lat(), p == null ? null : p.lon(), p == null ? null : p.geonamesId(),
                p == null || p.precision() == null ? null : p.precision().label(),
                e.mentions(), e.sources(), e.documents(), e.firstMention(), e.sourceUrl(),
                e.negated(), e.mood().label());
    }

    /** The {@link StoreSchema#MERGES} rows of an event, its first mention first. */
    static List<Row> merges(DedupEvent e) {
        List<Row> rows = new ArrayList<>(e.merges().size());
        for (Merge merge : e.merges()) {
            rows.add(RowFactory.create(e.eventId(), merge.mentionId(), merge.reason()));
        }
        return rows;
    }

    private static Object get(Row row, String column) {
        return row.get(StoreSchema.MENTIONS.fieldIndex(column));
    }

    private static String text(Row row, String column) {
        return (String) get(row, column);
    }

    private static Actor actor(Row row, String side) {
        String text = text(row, side + "_text");
        return text == null ? null : new Actor(text, text(row, side + "_code"), text(row, side + "_country"),
                text(row, side + "_sector"), span(row, side));
    }

    private static Span span(Row row, String prefix) {
        Integer start = (Integer) get(row, prefix + "_start");
        return start == null ? null : new Span(start, (Integer) get(row, prefix + "_end"));
    }

    private static PlacePrecision precision(String label) {
        return label == null ? null : PlacePrecision.valueOf(label.toUpperCase(Locale.ROOT));
    }

    private static String code(Actor a) {
        return a == null ? null : a.code();
    }

    private static String country(Actor a) {
        return a == null ? null : a.country();
    }

    private static String sector(Actor a) {
        return a == null ? null : a.sector();
    }

    private static String text(Actor a) {
        return a == null ? null : a.text();
    }
}
