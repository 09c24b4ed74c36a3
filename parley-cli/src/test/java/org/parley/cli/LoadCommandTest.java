package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parley load} on a small output in the Spark job's layout, written here by DuckDB itself
 * (the Spark job's own output is loaded in parley-spark's CodeJobIT).
 */
class LoadCommandTest {

    private static final String DOC = "doc-odesa";
    private static final String MENTION = DOC + ":2:0";
    private static final String EVENT = "ev-0123456789abcdef";

    @TempDir
    Path temp;

    private final Fakes fakes = new Fakes();

    @Test
    void loadsEveryTableAndLoadingAgainAddsNothing() throws Exception {
        Path output = sparkOutput();
        Path db = temp.resolve("parley.duckdb");

        assertThat(fakes.run(temp, "load", "--db", db.toString(), output.toString())).isZero();
        assertThat(fakes.out()).isEqualTo("Loaded " + output + " into " + db
                + ": 1 documents, 1 mentions, 1 events, 1 merges, 1 failures\n");
        assertThat(fakes.run(temp, "load", "--db", db.toString(), output.toString())).isZero();
        assertThat(fakes.out()).endsWith("Loaded " + output + " into " + db
                + ": 0 documents, 0 mentions, 0 events, 0 merges, 0 failures\n");

        try (Connection store = DriverManager.getConnection("jdbc:duckdb:" + db); Statement sql = store.createStatement()) {
            assertThat(text(sql, "SELECT count(*) || ' ' || min(doc_id) FROM documents")).isEqualTo("1 " + DOC);
            assertThat(text(sql, "SELECT code || ' ' || source_code || ' ' || event_id FROM mentions"))
                    .isEqualTo("057 RUSGOV " + EVENT);
            assertThat(text(sql, "SELECT count(*) FROM events")).isEqualTo("1");
            assertThat(text(sql, "SELECT reason FROM failures")).isEqualTo("\"text\" is not a string");
        }
    }

    @Test
    void aDirectoryThatIsNoSparkOutputIsAnErrorNamingIt() throws IOException {
        Path empty = Files.createDirectory(temp.resolve("empty"));

        assertThat(fakes.run(temp, "load", "--db", temp.resolve("x.duckdb").toString(), empty.toString())).isEqualTo(1);

        assertThat(fakes.err()).isEqualTo("parley: " + empty + ": not a parley-spark output (no documents/*.parquet)\n");
    }

    @Test
    void aMissingDirectoryIsAnError() {
        Path missing = temp.resolve("missing");

        assertThat(fakes.run(temp, "load", "--db", temp.resolve("x.duckdb").toString(), missing.toString())).isEqualTo(1);

        assertThat(fakes.err()).isEqualTo("parley: " + missing + ": no such directory\n");
    }

    /** One row in each table, written as Parquet in the job's directory layout. */
    private Path sparkOutput() throws SQLException, IOException {
        Path output = temp.resolve("spark-out");
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = db.createStatement()) {
            for (String statement : schema().split(";\\s*\\n")) {
                if (!statement.replaceAll("(?m)^\\s*--.*$", "").isBlank()) {
                    sql.execute(statement);
                }
            }
            sql.execute("INSERT INTO documents VALUES ('" + DOC + "', 'odesa.txt', NULL, NULL, 'Odesa',"
                    + " DATE '2022-07-23', 'Moscow and Kyiv signed agreements.', 1, 6, 1, TIMESTAMP '2026-01-01 00:00:00')");
            sql.execute("INSERT INTO mentions (mention_id, doc_id, sentence, ordinal, code, root, plover, quad, goldstein,"
                    + " source_text, source_code, trigger_text, negated, mood, evidence, confidence, event_id) VALUES ('"
                    + MENTION + "', '" + DOC + "', 2, 0, '057', '05', 'SUPPORT', 1, 5.0, 'Moscow', 'RUSGOV',"
                    + " 'signed agreements', false, 'asserted', 'Moscow and Kyiv signed agreements.', 0.95, '" + EVENT + "')");
            sql.execute("INSERT INTO events (event_id, code, root, plover, quad, goldstein, mentions, sources, documents,"
                    + " first_mention) VALUES ('" + EVENT + "', '057', '05', 'SUPPORT', 1, 5.0, 1, 0, 1, '" + MENTION + "')");
            sql.execute("INSERT INTO merges VALUES ('" + EVENT + "', '" + MENTION + "', 'first mention')");
            sql.execute("INSERT INTO failures VALUES ('wire.jsonl@0', NULL, '\"text\" is not a string',"
                    + " TIMESTAMP '2026-01-01 00:00:00')");
            for (String table : new String[] {"documents", "mentions", "events", "merges", "failures"}) {
                Files.createDirectories(output.resolve(table));
                sql.execute("COPY " + table + " TO '" + output.resolve(table).resolve("part-00000.parquet")
                        + "' (FORMAT parquet)");
            }
        }
        return output;
    }

    private static String schema() throws IOException {
        try (InputStream in = LoadCommandTest.class.getResourceAsStream("/org/parley/store/schema.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String text(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
