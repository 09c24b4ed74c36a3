package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley bench} on the fake stages: what it counts, not how fast (no timed assertions). */
class BenchCommandTest {

    @TempDir
    Path dir;

    private Fakes fakes;

    @BeforeEach
    void writeInputs() throws IOException {
        fakes = new Fakes();
        Files.writeString(dir.resolve("a-israel.txt"), "Israel met Russia");
        Files.writeString(dir.resolve("b-egypt.txt"), "Egypt met Jordan");
    }

    @Test
    void bothPhasesGoThroughEveryDocumentOncePerPass() throws IOException {
        int status = fakes.run(dir, "bench", "--docs", dir.toString(), "--repeat", "3", "--threads", "2", "--json");

        assertThat(status).isZero();
        JsonNode report = new ObjectMapper().readTree(fakes.out());
        assertThat(report.get("threads").asInt()).isEqualTo(2);
        assertThat(report.get("documents").asInt()).isEqualTo(2);
        assertThat(report.get("passes").asInt()).isEqualTo(3);
        for (String phase : new String[] {"corenlp", "parley"}) {
            // The fake annotator makes one sentence of one token per document.
            assertThat(report.get(phase).get("sentences").asInt()).as(phase).isEqualTo(6);
            assertThat(report.get(phase).get("tokens").asInt()).as(phase).isEqualTo(6);
            assertThat(report.get(phase).get("heap").get("max_mb").asLong()).as(phase)
                    .isEqualTo(Math.round(Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0)));
        }
        assertThat(report.get("corenlp_annotator_seconds").size()).isZero();
        // Two annotators, one per thread, serve the warm-up and both phases.
        assertThat(fakes.annotatorsBuilt).isEqualTo(2);
        assertThat(fakes.err()).isEmpty();
    }

    @Test
    void theTableNamesBothPhasesAndTheirCounts() {
        assertThat(fakes.run(dir, "bench", "--docs", dir.toString(), "--repeat", "2", "--threads", "1")).isZero();

        assertThat(fakes.out()).startsWith("parley bench: 2 documents x 2 passes, 1 thread, warm-up excluded\n")
                .containsPattern("\\(a\\) CoreNLP alone +[0-9.]+ +4 +4 ")
                .containsPattern("\\(b\\) Parley end to end +[0-9.]+ +4 +4 ")
                .contains("ratio (b)/(a)");
    }

    @Test
    void noDocumentsIsAnError() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));

        assertThat(fakes.run(dir, "bench", "--docs", empty.toString())).isEqualTo(1);

        assertThat(fakes.err()).isEqualTo("parley: no documents to run on in " + empty + "\n");
        assertThat(fakes.annotatorsBuilt).isZero();
    }

    @Test
    void zeroThreadsIsAUsageError() {
        assertThat(fakes.run(dir, "bench", "--threads", "0")).isEqualTo(2);

        assertThat(fakes.err()).startsWith(
                "parley: Invalid value for option '--threads': 0 is not a number of threads of 1 or more\n");
    }
}
