package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.parley.dedup.Dedup;
import org.parley.ontology.Cameo;
import org.parley.store.EventStore;
import org.parley.store.LoadSummary;

/**
 * The job in Spark local mode with two worker threads and the real CoreNLP pipeline, on the
 * bundled samples: the same documents and mentions as {@code parley code samples/} (its golden files), Parquet with
 * the store's columns and types, and {@code parley load}'s import into DuckDB.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CodeJobIT {

    private static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();
    private static final Path GOLDEN = Path.of("..", "parley-cli", "src", "test", "resources", "golden")
            .toAbsolutePath().normalize();
    /** The Odesa sample's id (a hash of its text) and its first mention: Moscow and Kyiv signed agreements. */
    private static final String ODESA = "65709fd4794269e2";
    private static final String ODESA_SIGNED = ODESA + ":2:0";
    private static final String ODESA_SIGNED_AGAIN = ODESA + ":2:1";
    private static final String ODESA_REFUSED_TO_SIGN = ODESA + ":6:13";

    @TempDir
    Path temp;

    private SparkSession spark;
    private Path samplesOut;
    private JobSummary samples;

    @BeforeAll
    void runOnSamples(@TempDir Path out) {
        spark = SparkSession.builder().master("local[2]").appName("CodeJobIT")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
        samplesOut = out.resolve("samples");
        samples = CodeJob.run(spark, JobOptions.parse("--input", SAMPLES.toString(), "--output", samplesOut.toString(),
                "--format", "text"));
    }

    @AfterAll
    void stop() {
        spark.stop();
    }

    @Test
    void codesEveryDocumentOfTheSamplesLikeParleyCode() {
        // Four articles and the three lines of wire.jsonl; README.md is not a document.
        assertThat(samples.documents()).isEqualTo(7);
        // What parley code gives for each sample is its golden file (parley-cli's GoldenSamplesIT keeps them).
        Map<String, Long> expected = goldenCounts();
        assertThat(samples.mentions()).isEqualTo(expected.values().stream().mapToLong(Long::longValue).sum());
        assertThat(samples.failures()).isZero();
        List<Row> perDocument = spark.read().parquet(samplesOut.resolve("mentions").toString())
                .groupBy("doc_id").count().orderBy("doc_id").collectAsList();
        Map<String, Long> found = new TreeMap<>();
        perDocument.forEach(row -> found.put(row.getString(0), row.getLong(1)));
        assertThat(found).isEqualTo(expected);
    }

    private static Map<String, Long> goldenCounts() {
        Map<String, Long> counts = new TreeMap<>();
        try (Stream<Path> files = Files.list(GOLDEN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).toList()) {
                String doc = file.getFileName().toString().replaceFirst("\\.jsonl$", "");
                long lines = Files.readAllLines(file).stream().filter(line -> !line.isBlank()).count();
                if (lines > 0) {
                    counts.put(doc, lines);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }

    @Test
    void writesTheKnownMentionWithItsSpans() {
        Row signed = spark.read().parquet(samplesOut.resolve("mentions").toString())
                .where("mention_id = '" + ODESA_SIGNED + "'").first();
        assertThat(signed.<String>getAs("code")).isEqualTo("057");
        assertThat(signed.<String>getAs("plover")).isEqualTo("SUPPORT");
        assertThat(signed.<String>getAs("source_code")).isEqualTo("RUSGOV");
        assertThat(signed.<String>getAs("source_text")).isEqualTo("Moscow");
        assertThat(signed.<Integer>getAs("source_start")).isEqualTo(198);
        assertThat(signed.<String>getAs("target_code")).isEqualTo("UKRGOV");
        assertThat(signed.<String>getAs("trigger_text")).isEqualTo("signed agreements");
        assertThat(List.of(signed.<Integer>getAs("trigger_start"), signed.<Integer>getAs("trigger_end")))
                .containsExactly(214, 231);
        assertThat(signed.<String>getAs("date")).isEqualTo("2022-07-23");
        assertThat(signed.<String>getAs("attribution_code")).isEqualTo("UKRGOV");
        assertThat(signed.<Integer>getAs("evidence_start")).isEqualTo(68);
    }

    @Test
    void mergesTheTwoReportsOfTheSigningButNotTheRefusal() {
        List<Row> rows = spark.read().parquet(samplesOut.resolve("mentions").toString())
                .where("mention_id IN ('" + ODESA_SIGNED + "', '" + ODESA_SIGNED_AGAIN + "', '"
                        + ODESA_REFUSED_TO_SIGN + "')")
                .orderBy("mention_id").select("mention_id", "event_id", "code").collectAsList();
        assertThat(rows).hasSize(3);
        String signing = rows.get(0).getString(1);
        assertThat(rows.get(1).getString(1)).isEqualTo(signing);
        // "Kyiv refused to sign any agreement directly with Moscow": the refusal (120), its own event.
        assertThat(rows.get(2).getString(2)).isEqualTo("120");
        assertThat(rows.get(2).getString(1)).isNotEqualTo(signing);
        Row event = spark.read().parquet(samplesOut.resolve("events").toString())
                .where("event_id = '" + signing + "'").first();
        assertThat(event.<String>getAs("first_mention")).isEqualTo(ODESA_SIGNED);
        // Both directions of the signing sentence: a signed agreement is symmetric.
        assertThat(event.<Integer>getAs("mentions")).isEqualTo(2);
        assertThat(event.<Integer>getAs("documents")).isEqualTo(1);
        assertThat(spark.read().parquet(samplesOut.resolve("mentions").toString()).where("event_id IS NULL").count())
                .isZero();
    }

    @Test
    void parquetHasExactlyTheColumnsAndTypesOfTheStoreSchema() throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = db.createStatement()) {
            Path store = temp.resolve("schema.duckdb");
            try (EventStore created = EventStore.open(store)) {
                created.load(samplesOut);
            }
            sql.execute("ATTACH '" + store + "' AS store (READ_ONLY)");
            for (String table : List.of("documents", "mentions", "events", "merges", "failures")) {
                assertThat(columns(sql, "DESCRIBE SELECT * FROM read_parquet('" + samplesOut.resolve(table) + "/*.parquet')"))
                        .as(table).isEqualTo(columns(sql, "DESCRIBE store." + table));
            }
        }
    }

    @Test
    void loadsIntoTheStoreOnceHoweverOftenItIsLoaded() throws SQLException {
        Path store = temp.resolve("parley.duckdb");
        try (EventStore events = EventStore.open(store)) {
            assertThat(events.load(samplesOut)).isEqualTo(new LoadSummary(7, samples.mentions(), samples.events(),
                    samples.mentions(), 0));
            assertThat(events.load(samplesOut)).isEqualTo(new LoadSummary(0, 0, 0, 0, 0));
        }
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + store); Statement sql = db.createStatement()) {
            assertThat(count(sql, "SELECT count(*) FROM documents")).isEqualTo(7);
            assertThat(count(sql, "SELECT count(*) FROM mentions")).isEqualTo(samples.mentions());
            assertThat(count(sql, "SELECT count(*) FROM events")).isEqualTo(samples.events());
            assertThat(count(sql, "SELECT sum(sentences) FROM documents")).isEqualTo(samples.sentences());
            assertThat(count(sql, "SELECT count(*) FROM mentions WHERE mention_id = '" + ODESA_SIGNED
                    + "' AND code = '057' AND source_code = 'RUSGOV' AND trigger_start = 214")).isEqualTo(1);
        }
    }

    @Test
    void hasTheEventsThatTheEmbeddedStoresDedupMakesOfTheSameMentions() throws SQLException {
        Path store = temp.resolve("dedup.duckdb");
        List<String> fromSpark;
        List<String> fromStore;
        try (EventStore events = EventStore.open(store)) {
            events.load(samplesOut);
        }
        String eventsAndMerges = "SELECT e.event_id || ' ' || e.code || ' ' || e.mentions || ' ' || m.mention_id"
                + " || ' ' || m.reason FROM events e JOIN merges m USING (event_id) ORDER BY 1";
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + store); Statement sql = db.createStatement()) {
            fromSpark = strings(sql, eventsAndMerges);
        }
        try (EventStore events = EventStore.open(store)) {
            events.dedup(Dedup.of(Cameo.builtIn(), Dedup.DEFAULT_WINDOW_DAYS));
        }
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + store); Statement sql = db.createStatement()) {
            fromStore = strings(sql, eventsAndMerges);
        }
        assertThat(fromSpark).hasSize((int) samples.mentions()).isEqualTo(fromStore);
    }

    @Test
    void readsJsonLinesOneDocumentPerLineNamedByItsByteOffset() {
        Path out = temp.resolve("wire");
        JobSummary wire = CodeJob.run(spark, JobOptions.parse("--input", SAMPLES.resolve("wire.jsonl").toString(),
                "--output", out.toString()));
        assertThat(wire.documents()).isEqualTo(3);
        long wireMentions = goldenCounts().entrySet().stream().filter(count -> count.getKey().startsWith("wire-"))
                .mapToLong(Map.Entry::getValue).sum();
        assertThat(wire.mentions()).isEqualTo(wireMentions);
        assertThat(wire.failures()).isZero();
        Row accords = spark.read().parquet(out.resolve("documents").toString())
                .where("doc_id = 'wire-2020-09-15-abraham-accords'").first();
        assertThat(accords.<String>getAs("origin")).endsWith("samples/wire.jsonl@0");
        assertThat(accords.<String>getAs("source")).isEqualTo("Parley sample wire");
        assertThat(accords.<java.sql.Date>getAs("published").toLocalDate()).hasToString("2020-09-15");
    }

    @Test
    void aBadLineIsAFailureAndTheOthersGoThrough() throws java.io.IOException {
        Path input = temp.resolve("bad.jsonl");
        Files.writeString(input, "{\"id\": \"x\", \"text\": 3}\n\n{\"id\": \"ok\", \"date\": \"2020-01-02\","
                + " \"text\": \"Israel condemned Iran.\"}\n");
        Path out = temp.resolve("bad");
        JobSummary bad = CodeJob.run(spark, JobOptions.parse("--input", input.toString(), "--output", out.toString()));
        assertThat(bad.documents()).isEqualTo(1);
        assertThat(bad.failures()).isEqualTo(1);
        Row failure = spark.read().parquet(out.resolve("failures").toString()).first();
        assertThat(failure.<String>getAs("origin")).endsWith("bad.jsonl@0");
        assertThat(failure.<String>getAs("reason")).isEqualTo("\"text\" is not a string");
    }

    private static List<String> columns(Statement sql, String describe) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery(describe)) {
            while (rows.next()) {
                columns.add(rows.getString("column_name") + " " + rows.getString("column_type"));
            }
        }
        return columns;
    }

    private static List<String> strings(Statement sql, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
