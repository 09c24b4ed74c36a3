package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {

    @TempDir
    Path dir;

    private Path inputs;
    private Path db;

    @BeforeEach
    void writeInputs() throws IOException {
        inputs = Files.createDirectories(dir.resolve("in"));
        Files.writeString(inputs.resolve("a-israel.txt"), "Israel met Russia");
        Files.writeString(inputs.resolve("b-russia.txt"), "Russia met Israel");
        Files.writeString(inputs.resolve("c-egypt.txt"), "Egypt met Jordan");
        db = dir.resolve("db/parley.duckdb");
    }

    /** Rows of a query, columns joined by "|", read after the command closed the database. */
    static List<String> rows(Path db, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(String.valueOf(r.getObject(i)));
                }
                rows.add(String.join("|", row));
            }
        }
        return rows;
    }

    @Test
    void ingestStoresDocumentsMentionsAndEvents() throws SQLException {
        Fakes fakes = new Fakes();

        int status = fakes.run(dir, "ingest", "--db", db.toString(), inputs.toString());

        assertThat(status).isZero();
        assertThat(fakes.out()).isEqualTo("stored 3 documents with 3 mentions (0 already stored, 0 failures) in "
                + db + "; 3 mentions form 3 events\n");
        assertThat(rows(db, "SELECT doc_id, sentences, tokens, mentions FROM documents ORDER BY doc_id"))
                .containsExactly("a-israel.txt|1|1|1", "b-russia.txt|1|1|1", "c-egypt.txt|1|1|1");
        assertThat(rows(db, "SELECT mention_id, source_code, target_text, date FROM mentions ORDER BY mention_id"))
                .containsExactly("a-israel.txt:0:0|ISRAEL|Russia|2020-01-02", "b-russia.txt:0:0|RUSSIA|Israel|2020-01-02",
                        "c-egypt.txt:0:0|EGYPT|Jordan|2020-01-02");
        assertThat(rows(db, "SELECT count(*) FROM mentions WHERE event_id IS NULL")).containsExactly("0");
    }

    @Test
    void ingestingAgainAddsNothingAndAnnotatesNothing() throws SQLException {
        new Fakes().run(dir, "ingest", "--db", db.toString(), inputs.toString());
        List<String> before = rows(db, "SELECT doc_id, mention_id, event_id FROM mentions ORDER BY ALL");
        Fakes again = new Fakes();

        int status = again.run(dir, "ingest", "--db", db.toString(), inputs.toString());

        assertThat(status).isZero();
        assertThat(again.annotated).isEmpty();
        assertThat(again.annotatorsBuilt).as("no model is loaded when nothing is new").isZero();
        assertThat(again.out()).startsWith("stored 0 documents with 0 mentions (3 already stored, 0 failures)");
        assertThat(rows(db, "SELECT doc_id, mention_id, event_id FROM mentions ORDER BY ALL")).isEqualTo(before);
        assertThat(rows(db, "SELECT count(*) FROM documents")).containsExactly("3");
    }

    @Test
    void failuresAreReportedRecordedAndTheRunGoesOn() throws IOException, SQLException {
        Path crash = Files.writeString(inputs.resolve("d-crash.txt"), "CRASH here");
        Path bad = Files.writeString(inputs.resolve("bad.txt"), "\u00ff");
        Fakes fakes = new Fakes();

        int status = fakes.run(dir, "ingest", "--db", db.toString(), "--no-dedup", inputs.toString());

        assertThat(status).isEqualTo(1);
        assertThat(fakes.err()).isEqualTo("parley: " + bad + ": not UTF-8 text\n"
                + "parley: " + crash + ": cannot code: parse graph has a cycle\n");
        assertThat(rows(db, "SELECT origin, doc_id, reason FROM failures ORDER BY origin")).containsExactly(
                bad + "|null|not UTF-8 text", crash + "|null|cannot code: parse graph has a cycle");
        assertThat(rows(db, "SELECT count(*) FROM documents")).containsExactly("3");
        assertThat(rows(db, "SELECT count(*) FROM events")).as("--no-dedup").containsExactly("0");
    }

    @Test
    void progressShowsDocumentsDoneAndTimeLeftOnATerminal() {
        Fakes fakes = new Fakes();

        int status = Parley.execute(new String[] {"ingest", "--db", db.toString(), inputs.toString()},
                fakes.stages(), fakes.io(dir, true, ""));

        assertThat(status).isZero();
        assertThat(fakes.err()).contains("\rcoded 3 documents, 3 events").contains(", 3/3 documents").endsWith("\n");
    }

    @Test
    void dedupExportAndStatsWorkOnTheIngestedDatabase() throws IOException, SQLException {
        new Fakes().run(dir, "ingest", "--db", db.toString(), inputs.toString());

        Fakes dedup = new Fakes();
        assertThat(dedup.run(dir, "dedup", "--db", db.toString(), "--window-days", "0")).isZero();
        assertThat(dedup.out()).isEqualTo("3 mentions form 3 events (window 0 days) in " + db + "\n");

        Path out = dir.resolve("out/events.tsv");
        Fakes export = new Fakes();
        assertThat(export.run(dir, "export", "--db", db.toString(), "--format", "gdelt", "--out", out.toString(),
                "--actor", "ISRAEL", "--mentions")).isZero();
        assertThat(export.out()).isEqualTo("wrote 1 event to " + out + " and 1 mention to "
                + dir.resolve("out/events.mentions.tsv") + "\n");
        assertThat(Files.readAllLines(out)).singleElement()
                .satisfies(line -> assertThat(line.split("\t", -1)).hasSize(61).contains("ISRAEL", "Israel", "040"));

        Fakes stats = new Fakes();
        assertThat(stats.run(dir, "stats", "--db", db.toString(), "--json")).isZero();
        assertThat(stats.out()).isEqualTo("{\"documents\":3,\"sentences\":3,\"mentions\":3,\"events\":3,\"failures\":0,"
                + "\"bySource\":[{\"source\":null,\"documents\":3,\"mentions\":3}],"
                + "\"byMonth\":[{\"month\":\"2020-01\",\"documents\":3,\"mentions\":3,\"events\":3}]}\n");
        Fakes table = new Fakes();
        assertThat(table.run(dir, "stats", "--db", db.toString())).isZero();
        assertThat(table.out()).startsWith("documents          3\nsentences          3\n");
    }

    @Test
    void commandsThatReadTheDatabaseSayWhenThereIsNone() {
        Fakes fakes = new Fakes();
        Path none = dir.resolve("none.duckdb");

        assertThat(fakes.run(dir, "stats", "--db", none.toString())).isEqualTo(1);
        assertThat(fakes.err()).isEqualTo("parley: " + none + ": no event database here (parley ingest makes one)\n");
        assertThat(none).doesNotExist();
    }

    @Test
    void badOptionsAreUsageErrors() {
        Fakes window = new Fakes();
        assertThat(window.run(dir, "dedup", "--db", db.toString(), "--window-days", "-2")).isEqualTo(2);
        assertThat(window.err()).startsWith("parley: Invalid value for option '--window-days': -2 is negative\n");

        Fakes format = new Fakes();
        assertThat(format.run(dir, "export", "--format", "xls", "--out", "x")).isEqualTo(2);
        assertThat(format.err()).startsWith(
                "parley: Invalid value for option '--format': 'xls' is not one of gdelt, csv, jsonl, parquet\n");
    }
}
