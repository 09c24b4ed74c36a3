package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.store.EventStoreTest.AMMAN;
import static org.parley.store.EventStoreTest.HAARETZ;
import static org.parley.store.EventStoreTest.REUTERS;
import static org.parley.store.EventStoreTest.mention;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.dedup.Dedup;
import org.parley.ontology.Cameo;

class ExportTest {

    @TempDir
    Path dir;

    private EventStore store;

    @BeforeEach
    void fill() {
        store = EventStore.open(dir.resolve("parley.duckdb"));
        store.add(HAARETZ, 2, 12, List.of(
                mention(HAARETZ, 0, "040", "ISR", "RUS", "2017-07", AMMAN, false),
                mention(HAARETZ, 1, "120", "ISR", null, "2017-07", null, false)));
        store.add(REUTERS, 1, 7, List.of(
                mention(REUTERS, 0, "040", "RUS", "ISR", "2017-07-14", null, false),
                mention(REUTERS, 0, "040", "ISR", "RUS", "2017-07-14", null, true)));
        store.dedup(Dedup.of(Cameo.builtIn(), 1));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private long count(String sql) throws SQLException {
        try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Rows of {@code table} missing from {@code read}, plus rows of {@code read} missing from {@code table}. */
    private long difference(String table, String read) throws SQLException {
        return count("SELECT count(*) FROM ((SELECT * FROM " + table + " EXCEPT SELECT * FROM " + read + ")"
                + " UNION ALL (SELECT * FROM " + read + " EXCEPT SELECT * FROM " + table + "))");
    }

    private static String sql(Path file) {
        return Export.literal(file.toString());
    }

    @Test
    void parquetRoundTripsEventsAndMentions() throws SQLException {
        Path out = dir.resolve("out/events.parquet");

        ExportSummary summary = store.export(new ExportQuery(ExportFormat.PARQUET, null, null, null, null, true), out);

        assertThat(summary).isEqualTo(new ExportSummary(3, 4, out, dir.resolve("out/events.mentions.parquet")));
        assertThat(difference("events", "read_parquet(" + sql(out) + ")")).isZero();
        assertThat(count("SELECT count(*) FROM read_parquet(" + sql(out) + ")")).isEqualTo(3);
        assertThat(difference("mentions", "read_parquet(" + sql(summary.mentionsFile()) + ")")).isZero();
    }

    @Test
    void jsonLinesRoundTripEvents() throws SQLException, IOException {
        Path out = dir.resolve("events.jsonl");

        store.export(ExportQuery.all(ExportFormat.JSONL), out);

        assertThat(Files.readAllLines(out)).hasSize(3).allSatisfy(line -> assertThat(line).startsWith("{\"event_id\":"));
        assertThat(Files.readAllLines(out).get(1)).contains("\"code\":\"040\"");
        assertThat(difference("(SELECT COLUMNS(*)::VARCHAR FROM events)",
                "(SELECT COLUMNS(*)::VARCHAR FROM read_json(" + sql(out) + "))")).isZero();
        assertThat(count("SELECT count(*) FROM read_json(" + sql(out) + ") WHERE code = '040'")).isEqualTo(2);
    }

    @Test
    void csvRoundTripsEventsAsText() throws SQLException, IOException {
        Path out = dir.resolve("events.csv");

        store.export(ExportQuery.all(ExportFormat.CSV), out);

        assertThat(Files.readAllLines(out).get(0)).startsWith("event_id,code,root,plover,quad,goldstein,source_code,");
        assertThat(difference("(SELECT COLUMNS(*)::VARCHAR FROM events)", "read_csv(" + sql(out) + ", all_varchar = true)"))
                .isZero();
    }

    @Test
    void filtersSelectByDateActorAndCode() {
        Path out = dir.resolve("f.csv");

        assertThat(store.export(new ExportQuery(ExportFormat.CSV, LocalDate.of(2017, 7, 14), LocalDate.of(2017, 7, 14),
                null, null, false), out).events()).as("the July event overlaps the day").isEqualTo(3);
        assertThat(store.export(new ExportQuery(ExportFormat.CSV, LocalDate.of(2017, 7, 20), null, null, null, false),
                out).events()).isEqualTo(1);
        assertThat(store.export(new ExportQuery(ExportFormat.CSV, null, null, "RUS", null, false), out).events())
                .isEqualTo(2);
        assertThat(store.export(new ExportQuery(ExportFormat.CSV, null, null, null, "12", true), out))
                .isEqualTo(new ExportSummary(1, 1, out, dir.resolve("f.mentions.csv")));
    }

    @Test
    void gdeltHasTheSixtyOneColumnsWithExactValues() throws IOException, SQLException {
        Path out = dir.resolve("parley.export.tsv");

        ExportSummary summary = store.export(new ExportQuery(ExportFormat.GDELT, null, null, null, null, true), out);

        assertThat(GdeltRows.EVENT_COLUMNS).hasSize(61);
        assertThat(summary.events()).as("the negated event is not written").isEqualTo(2);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(2).allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(61));
        String consult = EventStoreTest.DedupIds.of("haaretz-1:0:0");
        long id = Long.parseLong(consult.substring(0, 13), 16);
        String added = lines.get(1).split("\t", -1)[59];
        assertThat(added).matches("\\d{14}");
        assertThat(lines.get(1)).isEqualTo(String.join("\t", List.of(
                Long.toString(id), "20170714", "201707", "2017", "2017.6137",
                "ISRGOV", "ISR", "ISR", "", "", "", "", "GOV", "", "",
                "RUSGOV", "RUS", "RUS", "", "", "", "", "GOV", "", "",
                "1", "040", "040", "04", "1", "1.0", "2", "2", "2", "",
                "0", "", "", "", "", "", "", "",
                "0", "", "", "", "", "", "", "",
                "4", "Amman, Amman Governorate", "JOR", "", "", "31.95", "35.93", "250441",
                added, "https://haaretz.example/1")));
        assertThat(lines.get(0).split("\t", -1)[26]).as("July starts first").isEqualTo("120");
        List<String> mentions = Files.readAllLines(summary.mentionsFile());
        assertThat(mentions).hasSize(3).allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(16));
        assertThat(mentions.get(2)).isEqualTo(String.join("\t", List.of(Long.toString(id), "20170714", "20170715",
                "1", "Reuters", "reuters-7", "1", "0", "11", "18", "1", "88", "44", "", "", "reuters-7:0:0")));
    }

    @Test
    void gdeltAlwaysWritesItsMentionsTableBesideTheEvents() throws IOException {
        Path out = dir.resolve("gdelt.tsv");

        ExportSummary summary = store.export(new ExportQuery(ExportFormat.GDELT, null, null, null, null, false), out);

        assertThat(summary.mentionsFile()).isEqualTo(dir.resolve("gdelt.mentions.tsv"));
        assertThat(Files.readAllLines(summary.mentionsFile())).hasSize(3);
    }
}
