package org.parley.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Events and mentions as the tab-separated GDELT 2.0 event and mentions tables, without header.
 *
 * <p>What Parley writes where GDELT's meaning differs: GLOBALEVENTID is {@link #gdeltId} of the
 * event id; country codes are ISO 3166 alpha-3 (GDELT's geo fields use FIPS 10-4); Geo_FeatureID is
 * the GeoNames id; ADM codes, ethnic, religion, known-group and tone fields are empty (Parley does
 * not know them); IsRootEvent is 1 when the first mention is in the document's first sentence;
 * SQLDATE is the first day of the event's date (the first document's publication date when the
 * event is undated); SOURCEURL is the first document's url, else its Parley document id. Only
 * asserted, non-negated events are written: GDELT has no column to say that an event did not
 * happen or was only announced.
 */
final class GdeltRows {

    /** The GDELT 2.0 event table's columns, in order. */
    static final List<String> EVENT_COLUMNS = eventColumns();
    /** The GDELT 2.0 mentions table's columns, in order; Parley's mention id goes in Extras. */
    static final List<String> MENTION_COLUMNS = List.of("GLOBALEVENTID", "EventTimeDate", "MentionTimeDate",
            "MentionType", "MentionSourceName", "MentionIdentifier", "SentenceID", "Actor1CharOffset",
            "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
            "MentionDocTranslationInfo", "Extras");

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);
    private static final String ASSERTED = " WHERE NOT e.negated AND e.mood = 'asserted'";

    private GdeltRows() {
    }

    /**
     * The numeric GLOBALEVENTID of an event: its id's first 13 hex digits as a number, below 2^52,
     * so that it is exact in any reader's 64-bit integer or double.
     */
    static long gdeltId(String eventId) {
        return Long.parseLong(eventId.substring(0, 13), 16);
    }

    static long writeEvents(Connection c, Path file) throws SQLException, IOException {
        String sql = "SELECT e.*, m.sentence AS first_sentence, d.published, d.ingested_at, d.doc_id AS first_doc"
                + " FROM export_events e JOIN mentions m ON m.mention_id = e.first_mention"
                + " JOIN documents d ON d.doc_id = m.doc_id" + ASSERTED + " ORDER BY e.event_order";
        long rows = 0;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql);
             BufferedWriter out = Files.newBufferedWriter(file)) {
            while (r.next()) {
                out.write(String.join("\t", eventRow(r)));
                out.write('\n');
                rows++;
            }
        }
        return rows;
    }

    static long writeMentions(Connection c, Path file) throws SQLException, IOException {
        String sql = "SELECT m.*, e.date_start AS event_start, d.published, d.ingested_at, d.source AS publisher,"
                + " d.url, length(d.text) AS doc_length FROM export_events e JOIN mentions m USING (event_id)"
                + " JOIN documents d ON d.doc_id = m.doc_id" + ASSERTED + " ORDER BY e.event_order, m.doc_id, m.ordinal";
        long rows = 0;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql);
             BufferedWriter out = Files.newBufferedWriter(file)) {
            while (r.next()) {
                LocalDate published = localDate(r, "published");
                LocalDate eventDay = localDate(r, "event_start");
                List<String> row = List.of(
                        Long.toString(gdeltId(r.getString("event_id"))),
                        eventDay == null ? day(published) : day(eventDay),
                        published == null ? added(r) : day(published),
                        "1",
                        text(r.getString("publisher")),
                        text(r.getString("url") == null ? r.getString("doc_id") : r.getString("url")),
                        Integer.toString(r.getInt("sentence") + 1),
                        number(r, "source_start"),
                        number(r, "target_start"),
                        number(r, "trigger_start"),
                        "1",
                        Long.toString(Math.round(r.getDouble("confidence") * 100)),
                        number(r, "doc_length"),
                        "",
                        "",
                        r.getString("mention_id"));
                out.write(String.join("\t", row));
                out.write('\n');
                rows++;
            }
        }
        return rows;
    }

    private static List<String> eventRow(ResultSet r) throws SQLException {
        LocalDate day = localDate(r, "date_start");
        if (day == null) {
            day = localDate(r, "published");
        }
        String code = r.getString("code");
        List<String> row = new ArrayList<>(61);
        row.add(Long.toString(gdeltId(r.getString("event_id"))));
        row.add(day == null ? "" : day(day));
        row.add(day == null ? "" : String.format(Locale.ROOT, "%04d%02d", day.getYear(), day.getMonthValue()));
        row.add(day == null ? "" : Integer.toString(day.getYear()));
        row.add(day == null ? "" : String.format(Locale.ROOT, "%.4f",
                day.getYear() + (day.getMonthValue() * 30 + day.getDayOfMonth()) / 365.0));
        actor(row, r, "source");
        actor(row, r, "target");
        row.add(r.getInt("first_sentence") == 0 ? "1" : "0");
        row.add(code);
        row.add(code.length() > 3 ? code.substring(0, 3) : code);
        row.add(r.getString("root"));
        row.add(Integer.toString(r.getInt("quad")));
        row.add(String.format(Locale.ROOT, "%.1f", r.getDouble("goldstein")));
        row.add(Integer.toString(r.getInt("mentions")));
        row.add(Integer.toString(r.getInt("sources")));
        row.add(Integer.toString(r.getInt("documents")));
        row.add("");
        emptyGeo(row);
        emptyGeo(row);
        actionGeo(row, r);
        row.add(added(r));
        String url = r.getString("source_url");
        row.add(text(url == null ? r.getString("first_doc") : url));
        return row;
    }

    /** Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code, Type1-3Code. */
    private static void actor(List<String> row, ResultSet r, String side) throws SQLException {
        row.add(text(r.getString(side + "_code")));
        row.add(text(r.getString(side + "_text")));
        row.add(text(r.getString(side + "_country")));
        row.add("");
        row.add("");
        row.add("");
        row.add("");
        row.add(text(r.getString(side + "_sector")));
        row.add("");
        row.add("");
    }

    private static void emptyGeo(List<String> row) {
        row.addAll(List.of("0", "", "", "", "", "", "", ""));
    }

    /** Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID. */
    private static void actionGeo(List<String> row, ResultSet r) throws SQLException {
        String name = r.getString("place_name");
        if (name == null) {
            emptyGeo(row);
            return;
        }
        String lat = number(r, "place_lat");
        row.add(geoType(r.getString("place_precision"), !lat.isEmpty()));
        String region = r.getString("place_region");
        row.add(text(region == null || region.equals(name) ? name : name + ", " + region));
        row.add(text(r.getString("place_country")));
        row.add("");
        row.add("");
        row.add(lat);
        row.add(number(r, "place_lon"));
        row.add(number(r, "place_geonames_id"));
    }

    /** GDELT geo types: 1 country, 4 world city, 5 world state (a first-level region). */
    private static String geoType(String precision, boolean hasCoordinates) {
        if (precision == null) {
            return hasCoordinates ? "4" : "1";
        }
        return switch (precision) {
            case "country" -> "1";
            case "region" -> "5";
            default -> "4";
        };
    }

    private static String added(ResultSet r) throws SQLException {
        Timestamp at = r.getTimestamp("ingested_at");
        return at == null ? "" : at.toLocalDateTime().format(ADDED);
    }

    private static String day(LocalDate day) {
        return day == null ? "" : day.format(DAY);
    }

    private static LocalDate localDate(ResultSet r, String column) throws SQLException {
        java.sql.Date date = r.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static String number(ResultSet r, String column) throws SQLException {
        Object value = r.getObject(column);
        return value == null ? "" : value.toString();
    }

    /** Tabs and line breaks would break the row: they become spaces. */
    private static String text(String value) {
        return value == null ? "" : value.replaceAll("[\\t\\r\\n]+", " ");
    }

    private static List<String> eventColumns() {
        List<String> columns = new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
        for (String actor : List.of("Actor1", "Actor2")) {
            for (String field : List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                    "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code")) {
                columns.add(actor + field);
            }
        }
        columns.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"));
        for (String geo : List.of("Actor1Geo", "Actor2Geo", "ActionGeo")) {
            for (String field : List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
                    "FeatureID")) {
                columns.add(geo + "_" + field);
            }
        }
        columns.addAll(List.of("DATEADDED", "SOURCEURL"));
        return List.copyOf(columns);
    }
}
