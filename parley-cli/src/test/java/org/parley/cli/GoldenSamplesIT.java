package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files: {@code parley code samples/} on the real stages, compared line by line with
 * {@code src/test/resources/golden/DOC.jsonl}, one file per document. A change in coding shows
 * here as a diff to review, not as a silent drift.
 *
 * <p>To accept new output after reviewing it: {@code mvn -B verify -pl parley-cli -am
 * -Dparley.golden.update=true}, then {@code git diff parley-cli/src/test/resources/golden}.
 */
class GoldenSamplesIT {
    private static final Path SAMPLES = Path.of("..", "samples");
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final boolean UPDATE = Boolean.getBoolean("parley.golden.update");

    private static final Map<String, List<String>> byDocument = new LinkedHashMap<>();
    private static String errors;
    private static int status;

    @BeforeAll
    static void codeTheSamples() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io io = new Io(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, Path.of(".."));
        status = Parley.execute(new String[] {"code", SAMPLES.toString()}, Stages.production(), io);
        errors = err.toString(StandardCharsets.UTF_8);
        ObjectMapper mapper = new ObjectMapper();
        for (String line : out.toString(StandardCharsets.UTF_8).lines().toList()) {
            String doc = mapper.readTree(line).get("doc").asText();
            byDocument.computeIfAbsent(doc, d -> new ArrayList<>()).add(line);
        }
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            try (Stream<Path> old = Files.list(GOLDEN)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
            for (Map.Entry<String, List<String>> e : byDocument.entrySet()) {
                Files.write(GOLDEN.resolve(e.getKey() + ".jsonl"), e.getValue());
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everySampleCodesAsItsGoldenFile() throws IOException {
        assertThat(status).as("exit status; stderr: %s", errors).isZero();
        List<Path> golden;
        try (Stream<Path> files = Files.list(GOLDEN)) {
            golden = files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
        assertThat(golden).as("golden files").isNotEmpty();
        assertThat(byDocument.keySet()).as("documents with events")
                .containsExactlyInAnyOrderElementsOf(golden.stream()
                        .map(p -> p.getFileName().toString().replace(".jsonl", "")).toList());
        return golden.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String doc = file.getFileName().toString().replace(".jsonl", "");
            assertThat(byDocument.get(doc)).containsExactlyElementsOf(Files.readAllLines(file));
        }));
    }
}
