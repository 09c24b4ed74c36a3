package org.parley.serve;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The read side of the event database for the API: SQL over the schema-v1 tables
 * ({@code documents}, {@code mentions}, {@code events}). Thread-safe: every call runs on its own
 * duplicate connection.
 */
final class EventReader {

    private static final String ORDER = " ORDER BY e.date_start DESC NULLS LAST, e.event_id";
    private static final String MENTIONS = "SELECT m.*, d.title AS doc_title, d.url AS doc_url"
            + " FROM mentions m LEFT JOIN documents d ON d.doc_id = m.doc_id";

    private final Database database;

    EventReader(Database database) {
        this.database = database;
    }

    /** One page of the events the condition selects, newest first, with their mentions. */
    Views.EventPage events(EventFilter.Condition condition, int limit, int offset) {
        long total = database.query("SELECT count(*) FROM events e WHERE " + condition.sql(), condition.values(),
                result -> result.next() ? result.getLong(1) : 0L);
        List<Object> values = new ArrayList<>(condition.values());
        values.add(limit);
        values.add(offset);
        List<Views.Event> events = withMentions(database.query(
                "SELECT e.* FROM events e WHERE " + condition.sql() + ORDER + " LIMIT ? OFFSET ?",
                values, EventReader::events));
        return new Views.EventPage(total, limit, offset, events);
    }

    Optional<Views.Event> event(String id) {
        List<Views.Event> found = withMentions(database.query("SELECT e.* FROM events e WHERE e.event_id = ?",
                List.of(id), EventReader::events));
        return found.stream().findFirst();
    }

    Optional<Views.Document> document(String id) {
        List<Views.Mention> mentions = database.query(MENTIONS + " WHERE m.doc_id = ? ORDER BY m.ordinal",
                List.of(id), EventReader::mentions);
        return database.query("SELECT * FROM documents WHERE doc_id = ?", List.of(id), result -> {
            if (!result.next()) {
                return Optional.empty();
            }
            return Optional.of(new Views.Document(result.getString("doc_id"), result.getString("title"),
                    result.getString("source"), result.getString("url"), result.getString("published"),
                    result.getString("text"), result.getInt("sentences"), result.getInt("tokens"), mentions));
        });
    }

    /**
     * Directed dyads with their event counts and mean Goldstein score, most frequent first; events
     * without a target have no dyad. {@code level} is "code" (ISRGOV) or "country" (ISR);
     * {@code period} is "all", "year" or "month" (events without a date fall in period null).
     */
    Views.Dyads dyads(EventFilter.Condition condition, String level, String period, int limit) {
        String source = level.equals("country") ? "e.source_country" : "e.source_code";
        String target = level.equals("country") ? "e.target_country" : "e.target_code";
        String periodOf = switch (period) {
            case "year" -> "strftime(e.date_start, '%Y')";
            case "month" -> "strftime(e.date_start, '%Y-%m')";
            default -> "'all'";
        };
        List<Object> values = new ArrayList<>(condition.values());
        values.add(limit);
        List<Views.Dyad> dyads = database.query("SELECT " + source + " AS source, " + target + " AS target, "
                + periodOf + " AS period, count(*) AS events, sum(e.mentions) AS mentions,"
                + " round(avg(e.goldstein), 2) AS goldstein FROM events e WHERE " + condition.sql()
                + " AND " + source + " IS NOT NULL AND " + target + " IS NOT NULL"
                + " GROUP BY 1, 2, 3 ORDER BY events DESC, period NULLS LAST, source, target LIMIT ?", values, result -> {
                    List<Views.Dyad> rows = new ArrayList<>();
                    while (result.next()) {
                        rows.add(new Views.Dyad(result.getString("source"), result.getString("target"),
                                result.getString("period"), result.getLong("events"), result.getLong("mentions"),
                                result.getDouble("goldstein")));
                    }
                    return rows;
                });
        return new Views.Dyads(period, dyads);
    }

    /**
     * Event counts per QuadClass and mean Goldstein per day, ISO week or month, oldest first. An
     * event counts only when its date is at least as precise as the interval: an event dated
     * "2017" has no month, so it is left out of a monthly timeline rather than put in January.
     */
    List<Views.Bucket> timeline(EventFilter.Condition condition, String interval) {
        String precise = switch (interval) {
            case "day" -> "e.date_start = e.date_end";
            case "week" -> "date_trunc('week', e.date_start) = date_trunc('week', e.date_end)";
            default -> "date_trunc('month', e.date_start) = date_trunc('month', e.date_end)";
        };
        return database.query("SELECT CAST(date_trunc('" + interval + "', e.date_start) AS DATE) AS start,"
                + " count(*) AS events,"
                + " count(*) FILTER (WHERE e.quad = 1) AS q1, count(*) FILTER (WHERE e.quad = 2) AS q2,"
                + " count(*) FILTER (WHERE e.quad = 3) AS q3, count(*) FILTER (WHERE e.quad = 4) AS q4,"
                + " round(avg(e.goldstein), 2) AS goldstein FROM events e WHERE " + condition.sql()
                + " AND e.date_start IS NOT NULL AND e.date_end IS NOT NULL AND " + precise
                + " GROUP BY 1 ORDER BY 1", condition.values(), result -> {
                    List<Views.Bucket> buckets = new ArrayList<>();
                    while (result.next()) {
                        LocalDate start = LocalDate.parse(result.getString("start"));
                        buckets.add(new Views.Bucket(label(start, interval), start.toString(),
                                result.getLong("events"), result.getLong("q1"), result.getLong("q2"),
                                result.getLong("q3"), result.getLong("q4"), result.getDouble("goldstein")));
                    }
                    return buckets;
                });
    }

    /** Every sentence that has a coded mention, for the search index: doc, sentence, text, event ids. */
    List<IndexedSentence> sentences(String docIdOrNull) {
        String where = docIdOrNull == null ? "" : " WHERE doc_id = ?";
        return database.query("SELECT doc_id, sentence, first(evidence ORDER BY ordinal) AS evidence,"
                + " list(DISTINCT event_id) FILTER (WHERE event_id IS NOT NULL) AS events FROM mentions" + where
                + " GROUP BY doc_id, sentence ORDER BY doc_id, sentence",
                docIdOrNull == null ? List.of() : List.of(docIdOrNull), result -> {
                    List<IndexedSentence> rows = new ArrayList<>();
                    while (result.next()) {
                        rows.add(new IndexedSentence(result.getString("doc_id"), result.getInt("sentence"),
                                result.getString("evidence"), stringList(result.getArray("events"))));
                    }
                    return rows;
                });
    }

    /** Every document, for the search index: id, title, text. */
    List<IndexedDocument> documents(String docIdOrNull) {
        String where = docIdOrNull == null ? "" : " WHERE doc_id = ?";
        return database.query("SELECT doc_id, title, text FROM documents" + where + " ORDER BY doc_id",
                docIdOrNull == null ? List.of() : List.of(docIdOrNull), result -> {
                    List<IndexedDocument> rows = new ArrayList<>();
                    while (result.next()) {
                        rows.add(new IndexedDocument(result.getString("doc_id"), result.getString("title"),
                                result.getString("text")));
                    }
                    return rows;
                });
    }

    record IndexedSentence(String doc, int sentence, String text, List<String> events) {
    }

    record IndexedDocument(String doc, String title, String text) {
    }

    private List<Views.Event> withMentions(List<Views.Event> events) {
        if (events.isEmpty()) {
            return events;
        }
        List<String> ids = events.stream().map(Views.Event::id).toList();
        Map<String, List<Views.Mention>> byEvent = new LinkedHashMap<>();
        for (Views.Mention mention : database.query(MENTIONS + " WHERE m.event_id IN (" + placeholders(ids)
                + ") ORDER BY d.published NULLS LAST, m.doc_id, m.ordinal", ids, EventReader::mentions)) {
            byEvent.computeIfAbsent(mention.event(), key -> new ArrayList<>()).add(mention);
        }
        return events.stream().map(e -> new Views.Event(e.id(), e.code(), e.root(), e.plover(), e.quad(),
                e.goldstein(), e.source(), e.target(), e.date(), e.dateStart(), e.dateEnd(), e.place(),
                e.mentionCount(), e.sourceCount(), e.documentCount(), e.url(),
                List.copyOf(byEvent.getOrDefault(e.id(), List.of())))).toList();
    }

    static String placeholders(Collection<?> values) {
        return String.join(", ", Collections.nCopies(values.size(), "?"));
    }

    private static List<Views.Event> events(ResultSet result) throws SQLException {
        List<Views.Event> events = new ArrayList<>();
        while (result.next()) {
            events.add(new Views.Event(result.getString("event_id"), result.getString("code"),
                    result.getString("root"), result.getString("plover"), result.getInt("quad"),
                    result.getDouble("goldstein"), actor(result, "source", false), actor(result, "target", false),
                    result.getString("date"), result.getString("date_start"), result.getString("date_end"),
                    place(result), result.getInt("mentions"), result.getInt("sources"), result.getInt("documents"),
                    result.getString("source_url"), List.of()));
        }
        return events;
    }

    private static List<Views.Mention> mentions(ResultSet result) throws SQLException {
        List<Views.Mention> mentions = new ArrayList<>();
        while (result.next()) {
            String attribution = result.getString("attribution_text");
            mentions.add(new Views.Mention(result.getString("mention_id"), result.getString("event_id"),
                    result.getString("doc_id"), result.getString("doc_title"), result.getString("doc_url"),
                    result.getInt("sentence"), result.getString("code"), result.getString("root"),
                    result.getString("plover"), result.getInt("quad"), result.getDouble("goldstein"),
                    actor(result, "source", true), actor(result, "target", true),
                    new Views.Trigger(result.getString("trigger_text"), span(result, "trigger")),
                    result.getString("date"), place(result), result.getBoolean("negated"), result.getString("mood"),
                    attribution == null ? null : new Views.Attribution(attribution, result.getString("attribution_code")),
                    new Views.Evidence(result.getString("evidence"), span(result, "evidence")),
                    result.getDouble("confidence")));
        }
        return mentions;
    }

    private static Views.Actor actor(ResultSet result, String role, boolean withSpan) throws SQLException {
        String text = result.getString(role + "_text");
        String code = result.getString(role + "_code");
        if (text == null && code == null) {
            return null;
        }
        return new Views.Actor(text, code, result.getString(role + "_country"), result.getString(role + "_sector"),
                withSpan ? span(result, role) : null);
    }

    private static Views.Place place(ResultSet result) throws SQLException {
        String name = result.getString("place_name");
        if (name == null) {
            return null;
        }
        return new Views.Place(name, result.getString("place_country"), result.getString("place_region"),
                (Double) result.getObject("place_lat"), (Double) result.getObject("place_lon"),
                (Long) result.getObject("place_geonames_id"), result.getString("place_precision"));
    }

    private static List<Integer> span(ResultSet result, String role) throws SQLException {
        Object start = result.getObject(role + "_start");
        Object end = result.getObject(role + "_end");
        return start == null || end == null ? null : List.of((Integer) start, (Integer) end);
    }

    private static List<String> stringList(java.sql.Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            values.add(String.valueOf(value));
        }
        return values;
    }

    private static String label(LocalDate start, String interval) {
        return switch (interval) {
            case "day" -> start.toString();
            case "week" -> String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            default -> start.toString().substring(0, 7);
        };
    }
}
