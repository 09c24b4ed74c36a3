package org.parley.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBConnection;
import org.parley.ontology.Cameo;
import org.parley.ontology.CameoCode;

/**
 * A real DuckDB event database in a temporary directory, made with the shared schema.sql and
 * filled row by row with JDBC. Mentions take their root, PLOVER type, QuadClass and Goldstein
 * score from the built-in CAMEO table, spans from the text they quote; {@link #groupEvents} makes
 * one event per event id from its mentions (the earliest mention defines it).
 */
final class EventDatabase implements AutoCloseable {

    private static final Cameo CAMEO = Cameo.builtIn();

    private final DuckDBConnection connection;
    private final Path file;
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, Integer> ordinals = new HashMap<>();

    EventDatabase(Path directory) {
        this.file = directory.resolve("events.duckdb");
        try {
            connection = DriverManager.getConnection("jdbc:duckdb:" + file).unwrap(DuckDBConnection.class);
            try (InputStream in = EventDatabase.class.getResourceAsStream("/org/parley/store/schema.sql");
                 Statement statement = connection.createStatement()) {
                String schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                for (String sql : schema.replaceAll("--[^\n]*", "").split(";")) {
                    if (!sql.isBlank()) {
                        statement.execute(sql);
                    }
                }
            }
        } catch (SQLException | IOException failed) {
            throw new IllegalStateException("cannot make the fixture database: " + failed, failed);
        }
    }

    DuckDBConnection connection() {
        return connection;
    }

    Path file() {
        return file;
    }

    /** Adds a document; its sentences are the pieces between ". " (the evidence of its mentions). */
    EventDatabase document(String id, String title, String source, String published, String text) {
        texts.put(id, text);
        execute("INSERT INTO documents (doc_id, origin, source, url, title, published, text, sentences, tokens,"
                + " mentions, ingested_at) VALUES (?, 'fixture', ?, ?, ?, ?, ?, ?, ?, 0, TIMESTAMP '2024-01-01 00:00:00')",
                id, source, "https://news.example/" + id, title, published == null ? null : java.sql.Date.valueOf(published),
                text, sentences(text).size(), text.split("\\s+").length);
        return this;
    }

    Mention mention(String doc, int sentence, String code) {
        return new Mention(doc, sentence, CAMEO.get(code));
    }

    /** One event per event id, from its mentions; updates the documents' mention counts. */
    void groupEvents() {
        execute("INSERT INTO events (event_id, code, root, plover, quad, goldstein, source_code, source_country,"
                + " source_sector, source_text, target_code, target_country, target_sector, target_text, date,"
                + " date_start, date_end, place_name, place_country, place_region, place_lat, place_lon,"
                + " place_geonames_id, place_precision, mentions, sources, documents, first_mention, source_url)"
                + " SELECT event_id, arg_min(code, mention_id), arg_min(root, mention_id),"
                + " arg_min(plover, mention_id), arg_min(quad, mention_id), arg_min(goldstein, mention_id),"
                + " arg_min(source_code, mention_id), arg_min(source_country, mention_id),"
                + " arg_min(source_sector, mention_id), arg_min(source_text, mention_id),"
                + " arg_min(target_code, mention_id), arg_min(target_country, mention_id),"
                + " arg_min(target_sector, mention_id), arg_min(target_text, mention_id),"
                + " arg_min(date, mention_id), arg_min(date_start, mention_id), arg_min(date_end, mention_id),"
                + " arg_min(place_name, mention_id), arg_min(place_country, mention_id),"
                + " arg_min(place_region, mention_id), arg_min(place_lat, mention_id), arg_min(place_lon, mention_id),"
                + " arg_min(place_geonames_id, mention_id), arg_min(place_precision, mention_id),"
                + " count(*), count(DISTINCT d.source), count(DISTINCT m.doc_id), min(mention_id), arg_min(d.url, mention_id)"
                + " FROM mentions m JOIN documents d USING (doc_id) WHERE event_id NOT IN (SELECT event_id FROM events)"
                + " GROUP BY event_id");
        execute("UPDATE documents SET mentions = (SELECT count(*) FROM mentions m WHERE m.doc_id = documents.doc_id)");
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
    }

    private void execute(String sql, Object... values) {
        try (Connection duplicate = connection.duplicate(); PreparedStatement statement = duplicate.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.execute();
        } catch (SQLException failed) {
            throw new IllegalStateException(sql + " with " + Arrays.toString(values) + ": " + failed.getMessage(), failed);
        }
    }

    /** [start, end) of each sentence: the text is cut after every ". ". */
    private static List<int[]> sentences(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        int cut;
        while ((cut = text.indexOf(". ", start)) >= 0) {
            spans.add(new int[] {start, cut + 1});
            start = cut + 2;
        }
        spans.add(new int[] {start, text.length()});
        return spans;
    }

    /** A mention being written; {@link #insert} stores it. */
    final class Mention {
        private final String doc;
        private final int sentence;
        private final CameoCode code;
        private String[] source;
        private String[] target;
        private String trigger;
        private String date;
        private Object[] place;
        private String event;

        private Mention(String doc, int sentence, CameoCode code) {
            this.doc = doc;
            this.sentence = sentence;
            this.code = code;
        }

        /** Quoted text, actor code, country, sector (or null). */
        Mention source(String text, String actor, String country, String sector) {
            source = new String[] {text, actor, country, sector};
            return this;
        }

        Mention target(String text, String actor, String country, String sector) {
            target = new String[] {text, actor, country, sector};
            return this;
        }

        Mention trigger(String text) {
            trigger = text;
            return this;
        }

        Mention date(String iso) {
            date = iso;
            return this;
        }

        Mention place(String name, String country, double lat, double lon) {
            place = new Object[] {name, country, lat, lon};
            return this;
        }

        Mention event(String id) {
            event = id;
            return this;
        }

        void insert() {
            String text = texts.get(doc);
            int[] bounds = sentences(text).get(sentence);
            int ordinal = ordinals.merge(doc, 1, Integer::sum) - 1;
            int[] trig = find(text, bounds, trigger);
            int[] src = find(text, bounds, source[0]);
            int[] tgt = target == null ? null : find(text, bounds, target[0]);
            LocalDate[] interval = interval(date);
            execute("INSERT INTO mentions (mention_id, doc_id, sentence, ordinal, code, root, plover, quad,"
                    + " goldstein, source_text, source_code, source_country, source_sector, source_start, source_end,"
                    + " target_text, target_code, target_country, target_sector, target_start, target_end,"
                    + " trigger_text, trigger_start, trigger_end, date, date_start, date_end, place_name,"
                    + " place_country, place_region, place_lat, place_lon, place_geonames_id, place_precision,"
                    + " negated, mood, attribution_text, attribution_code, evidence, evidence_start, evidence_end,"
                    + " confidence, event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, FALSE, 'asserted', NULL, NULL, ?, ?, ?, 0.9, ?)",
                    doc + ":" + sentence + ":" + ordinal, doc, sentence, ordinal, code.code(), code.root(),
                    code.plover().name(), code.quad(), code.goldstein(),
                    source[0], source[1], source[2], source[3], src[0], src[1],
                    tgt == null ? null : target[0], tgt == null ? null : target[1],
                    tgt == null ? null : target[2], tgt == null ? null : target[3],
                    tgt == null ? null : tgt[0], tgt == null ? null : tgt[1],
                    trigger, trig[0], trig[1], date,
                    interval == null ? null : java.sql.Date.valueOf(interval[0]),
                    interval == null ? null : java.sql.Date.valueOf(interval[1]),
                    place == null ? null : place[0], place == null ? null : place[1], null,
                    place == null ? null : place[2], place == null ? null : place[3],
                    place == null ? null : "city",
                    text.substring(bounds[0], bounds[1]), bounds[0], bounds[1], event);
        }

        private int[] find(String text, int[] bounds, String quote) {
            int at = text.indexOf(quote, bounds[0]);
            if (at < 0 || at + quote.length() > bounds[1]) {
                throw new IllegalArgumentException("'" + quote + "' is not in sentence " + sentence + " of " + doc);
            }
            return new int[] {at, at + quote.length()};
        }

        private static LocalDate[] interval(String iso) {
            if (iso == null) {
                return null;
            }
            if (iso.length() == 4) {
                return new LocalDate[] {LocalDate.of(Integer.parseInt(iso), 1, 1), LocalDate.of(Integer.parseInt(iso), 12, 31)};
            }
            if (iso.length() == 7) {
                YearMonth month = YearMonth.parse(iso);
                return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
            }
            return new LocalDate[] {LocalDate.parse(iso), LocalDate.parse(iso)};
        }
    }
}
