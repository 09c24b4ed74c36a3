package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.EventMention;

/** The worker pool of a coding run, on the fake stages with a slow, uneven annotator. */
class CodingRunTest {

    private static final int DOCUMENTS = 60;

    @TempDir
    Path dir;

    @BeforeEach
    void writeInputs() throws IOException {
        for (int i = 0; i < DOCUMENTS; i++) {
            String text = i == 17 ? "CRASH in document 17" : "Country" + i + " met Neighbour" + i;
            Files.writeString(dir.resolve(name(i)), text);
        }
        // Read between the first 30 documents and the last 30.
        Files.writeString(dir.resolve("bad-middle.txt"), "x");
    }

    private static String name(int i) {
        return String.format("%s-%03d.txt", i < 30 ? "a" : "c", i);
    }

    private record Result(boolean allCoded, List<String> sources, String err, int documents, int failures,
                          List<String> sinkThreads) {
    }

    private Result run(int threads) {
        Fakes fakes = new Fakes();
        fakes.slow = true;
        CodingRun run = new CodingRun(fakes.stages(), null, fakes.io(dir, false, ""), false, threads);
        List<String> sources = new ArrayList<>();
        List<String> sinkThreads = new ArrayList<>();
        boolean allCoded = run.code(List.of(dir.toString()), (document, events) -> {
            sinkThreads.add(Thread.currentThread().getName());
            for (EventMention event : events) {
                sources.add(document.id() + " " + event.source().text());
            }
        });
        return new Result(allCoded, sources, fakes.err(), run.documents(), run.failures(),
                sinkThreads.stream().distinct().toList());
    }

    @Test
    void fourThreadsDeliverInInputOrderOnTheCallingThread() {
        Result result = run(4);

        List<String> expected = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            if (i != 17) {
                expected.add(name(i) + " Country" + i);
            }
        }
        assertThat(result.sources()).containsExactlyElementsOf(expected);
        assertThat(result.sinkThreads()).containsExactly(Thread.currentThread().getName());
        assertThat(result.documents()).isEqualTo(DOCUMENTS - 1);
    }

    @Test
    void failuresAreReportedInInputOrderAndTheOthersGoOn() {
        Result result = run(4);

        assertThat(result.allCoded()).isFalse();
        assertThat(result.failures()).isEqualTo(2);
        assertThat(result.err()).isEqualTo(
                "parley: " + dir.resolve("a-017.txt") + ": cannot code: parse graph has a cycle\n"
                + "parley: " + dir.resolve("bad-middle.txt") + ": not UTF-8 text\n");
    }

    @Test
    void oneThreadAndFourThreadsGiveTheSameRun() {
        assertThat(run(4)).isEqualTo(run(1));
    }
}
