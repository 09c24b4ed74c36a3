package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parley eval} on the real pipeline and the team's gold sets beside the repository
 * ({@code ../shared/gold}, never copied in). Skipped where they are not present. The figures
 * themselves move as the coder improves; the gold-side counts do not.
 */
class EvalIT {

    private static final Path GOLD = Path.of("..", "..", "shared", "gold");
    private static final List<String> METRICS = List.of("pairRecall", "typedRecall", "ploverAccuracy",
            "cameoRootAccuracy", "precision", "typedPrecision", "sourceCode", "targetCode", "placeName", "placeCountry");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void reportsTheFirstTenUniversalPetrarchRecordsAsOneJsonObject() throws IOException {
        assumeTrue(Files.isDirectory(GOLD), "shared gold sets not present at " + GOLD.toAbsolutePath());
        Path misses = dir.resolve("misses.jsonl");
        Path extras = dir.resolve("extras.jsonl");
        Io io = new Io(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, dir);

        int status = Parley.execute(new String[] {"eval", "--gold", GOLD.toString(), "--set", "upetr", "--limit", "10",
            "--json", "--misses", misses.toString(), "--extras", extras.toString()}, Stages.production(), io);

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode report = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(report.get("gold").asText()).isEqualTo(GOLD.toAbsolutePath().normalize().toString());
        assertThat(report.get("sets")).hasSize(1);
        JsonNode upetr = report.get("sets").get(0);
        assertThat(upetr.get("set").asText()).isEqualTo("upetr");
        assertThat(upetr.get("records").asInt()).isEqualTo(10);
        // Of the first ten records, four expect no event and six carry eight codings, all of known CAMEO codes.
        assertThat(upetr.get("codings").asInt()).isEqualTo(8);
        for (String metric : METRICS) {
            assertThat(upetr.get(metric).get("numerator").asInt()).as(metric)
                    .isLessThanOrEqualTo(upetr.get(metric).get("denominator").asInt());
        }
        assertThat(upetr.get("pairRecall").get("denominator").asInt()).isEqualTo(8);
        assertThat(upetr.get("typedRecall").get("denominator").asInt()).isEqualTo(8);
        assertThat(upetr.get("precision").get("denominator").asInt()).isEqualTo(upetr.get("events").asInt());
        assertThat(upetr.get("placeName").get("denominator").asInt()).isZero();
        assertThat(upetr.get("placeName").get("value").isNull()).isTrue();
        assertThat(upetr.get("ploverAccuracy").get("denominator").asInt())
                .isEqualTo(upetr.get("pairRecall").get("numerator").asInt());
        int wrong = upetr.get("pairRecall").get("denominator").asInt() - upetr.get("typedRecall").get("numerator").asInt();
        assertThat(Files.readAllLines(misses)).hasSize(wrong);
        JsonNode precision = upetr.get("precision");
        List<String> extraLines = Files.readAllLines(extras);
        assertThat(extraLines).hasSize(precision.get("denominator").asInt() - precision.get("numerator").asInt());
        for (String line : extraLines) {
            JsonNode extra = new ObjectMapper().readTree(line);
            assertThat(extra.get("set").asText()).isEqualTo("upetr");
            assertThat(extra.get("parley").get("code").asText()).matches("\\d{3,4}");
            assertThat(extra.get("gold").isArray()).isTrue();
        }
    }

    @Test
    void writesOneLinePerGoldPlaceWithParleysPlacesAndTheCause() throws IOException {
        assumeTrue(Files.isDirectory(GOLD), "shared gold sets not present at " + GOLD.toAbsolutePath());
        Path places = dir.resolve("places.jsonl");
        Io io = new Io(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, dir);

        int status = Parley.execute(new String[] {"eval", "--gold", GOLD.toString(), "--set", "plover", "--limit", "75",
            "--json", "--place-misses", places.toString()}, Stages.production(), io);

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode plover = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("sets").get(0);
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = Files.readAllLines(places).stream().map(l -> {
            try {
                return json.readTree(l);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
        // The first 75 plover records carry four gold places; the figures count the same records.
        assertThat(lines).extracting(l -> l.get("id").asText() + " " + l.get("gold").get("name").asText()).containsExactly(
                "PLOVER-GSR01-CONSULT-0007 Geneva", "PLOVER-GSR01-COOPERATE-0004 Britain",
                "PLOVER-GSR01-AID-0005 Bam", "PLOVER-GSR01-AID-0007 Gorazde");
        assertThat(plover.get("placeName").get("denominator").asInt()).isEqualTo(4);
        assertThat(plover.get("placeName").get("numerator").asInt())
                .isEqualTo((int) lines.stream().filter(l -> l.get("nameRight").asBoolean()).count());
        JsonNode bam = lines.get(2);
        assertThat(bam.get("cause").asText()).isEqualTo("right");
        assertThat(bam.get("gold").get("country").asText()).isEqualTo("IRN");
        assertThat(bam.get("countryRight").asBoolean()).isTrue();
        assertThat(bam.get("scored").asText()).isEqualTo("Bam, IRN (CITY)");
        assertThat(lines.get(1).has("countryRight")).isFalse();
    }

    @Test
    void saysWhereItLookedWhenThereIsNoGoldDirectory() {
        Io io = new Io(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, dir);
        Path nowhere = dir.resolve("no-gold");

        int status = Parley.execute(new String[] {"eval", "--gold", nowhere.toString()}, Stages.production(), io);

        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("parley: " + nowhere.toAbsolutePath().normalize()
                + ": no gold directory there (from --gold); give one with --gold DIR or set PARLEY_GOLD"
                + System.lineSeparator());
    }
}
