package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.cli.IngestCommandTest.rows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley ingest samples/} on the real pipeline: exact counts and one known event. */
class IngestSamplesIT {

    @TempDir
    Path dir;

    @Test
    void theSamplesBecomeDocumentsMentionsAndEvents() throws SQLException {
        Path db = dir.resolve("parley.duckdb");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io io = new Io(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, Path.of(".."));

        int status = Parley.execute(new String[] {"ingest", "--db", db.toString(), "../samples"},
                Stages.production(), io);

        // What "parley code samples" gives is kept in GoldenSamplesIT's golden files, one line a mention.
        long mentions = goldenMentions();
        assertThat(status).as("stderr: %s", err).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("stored 7 documents with " + mentions + " mentions"
                + " (0 already stored, 0 failures) in " + db + "; " + mentions + " mentions form 52 events\n");
        assertThat(rows(db, "SELECT count(*), sum(mentions) FROM documents")).containsExactly("7|" + mentions);
        assertThat(rows(db, "SELECT code, source_code, target_code, date, place_name, mentions, documents"
                + " FROM events WHERE source_code = 'USAGOV' AND target_code = 'PRKGOV'"))
                .containsExactly("040|USAGOV|PRKGOV|2018-06-12|Singapore|4|1");
        assertThat(rows(db, "SELECT mg.reason FROM merges mg JOIN mentions m USING (mention_id)"
                + " WHERE m.code = '046' AND m.source_code = 'USAGOV'"))
                .containsExactly("same dyad USAGOV→PRKGOV, root 04, dates 2018-06-12/2018-06-12 within 1 day,"
                        + " place unknown");
        // "Kyiv refused to sign any agreement directly with Moscow" is stored as the refusal, not as a
        // negated signing as well.
        assertThat(rows(db, "SELECT count(*) FROM events WHERE negated")).containsExactly("0");
        assertThat(rows(db, "SELECT code, source_code, target_code, date FROM events WHERE code = '120'"
                + " AND source_code = 'UKRGOV'")).containsExactly("120|UKRGOV|RUSGOV|2022-07-23");
    }

    private static long goldenMentions() {
        Path golden = Path.of("src", "test", "resources", "golden");
        try (Stream<Path> files = Files.list(golden)) {
            long lines = 0;
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).toList()) {
                lines += Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).count();
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the golden files in " + golden.toAbsolutePath(), e);
        }
    }
}
