package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.cli.IngestCommandTest.rows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill a running ingest and start it again: nothing is lost, nothing is doubled, and the database
 * equals that of a run that was never interrupted.
 */
class IngestResumeTest {

    private static final int DOCUMENTS = 30;
    private static final int KILL_AFTER = 8;

    @TempDir
    Path dir;

    @Test
    void aKilledIngestResumesToTheSameDatabaseAsACleanRun() throws IOException, InterruptedException, SQLException {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        String[] names = {"Israel", "Russia", "Egypt", "Jordan", "Syria", "Iran"};
        for (int i = 0; i < DOCUMENTS; i++) {
            Files.writeString(inputs.resolve(String.format("doc-%02d.txt", i)),
                    names[i % names.length] + " met " + names[(i + 1) % names.length] + " " + i);
        }
        Path clean = dir.resolve("clean.duckdb");
        assertThat(new Fakes().run(dir, "ingest", "--db", clean.toString(), inputs.toString())).isZero();

        Path killed = dir.resolve("killed.duckdb");
        int announced = runAndKill(killed, inputs);
        long storedBeforeKill = Long.parseLong(rows(killed, "SELECT count(*) FROM documents").get(0));
        Fakes resume = new Fakes();
        int status = resume.run(dir, "ingest", "--db", killed.toString(), inputs.toString());

        assertThat(announced).isEqualTo(KILL_AFTER);
        assertThat(storedBeforeKill).as("documents finished before the kill").isBetween(KILL_AFTER - 1L, DOCUMENTS - 1L);
        assertThat(status).isZero();
        assertThat(resume.annotated).hasSize(DOCUMENTS - (int) storedBeforeKill);
        for (String query : List.of(
                "SELECT doc_id, origin, text, sentences, tokens, mentions FROM documents ORDER BY ALL",
                "SELECT * EXCLUDE (event_id) FROM mentions ORDER BY mention_id",
                "SELECT event_id, mention_id FROM mentions ORDER BY mention_id",
                "SELECT * FROM events ORDER BY event_id",
                "SELECT * FROM merges ORDER BY ALL",
                "SELECT count(*) FROM failures")) {
            assertThat(rows(killed, query)).as(query).isEqualTo(rows(clean, query));
        }
        assertThat(rows(killed, "SELECT count(*), count(DISTINCT mention_id) FROM mentions"))
                .containsExactly(DOCUMENTS + "|" + DOCUMENTS);
    }

    /** Starts {@link SlowIngest} in a child JVM and kills it forcibly once it announced {@link #KILL_AFTER} documents. */
    private static int runAndKill(Path db, Path inputs) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                SlowIngest.class.getName(), db.toString(), inputs.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int announced = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null && announced < KILL_AFTER; line = out.readLine()) {
                if (line.startsWith("annotating ")) {
                    announced++;
                }
            }
            child.destroyForcibly();
            child.waitFor();
        }
        return announced;
    }
}
