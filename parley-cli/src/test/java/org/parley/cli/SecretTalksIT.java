package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The acceptance article of the foundation issue, read from the team's shared corpus beside the
 * repository ({@code ../shared}, never copied in): what a careful reader finds in it. Skipped
 * where the shared corpus is not present.
 */
class SecretTalksIT {
    private static final Path ARTICLE = Path.of("..", "..", "shared", "corpus", "2017-08-10-israel-russia-us-secret-talks.txt");
    private static final List<JsonNode> events = new ArrayList<>();

    @BeforeAll
    static void code() throws IOException {
        assumeTrue(Files.isRegularFile(ARTICLE), "shared corpus not present at " + ARTICLE.toAbsolutePath());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Io io = new Io(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false, Path.of(".."));
        assertThat(Parley.execute(new String[] {"code", ARTICLE.toString()}, Stages.production(), io)).isZero();
        ObjectMapper mapper = new ObjectMapper();
        for (String line : out.toString(StandardCharsets.UTF_8).lines().toList()) {
            events.add(mapper.readTree(line));
        }
    }

    private static List<JsonNode> withCode(String prefix) {
        return events.stream().filter(e -> e.get("code").asText().startsWith(prefix)).toList();
    }

    private static String code(JsonNode actor) {
        return actor.isNull() ? null : actor.get("code").asText();
    }

    @Test
    void theSecretTalksAreAConsultationBetweenEveryPairInAmmanInJuly() {
        List<JsonNode> talks = withCode("04");
        // A symmetric event among coordinated subjects is reported both ways.
        assertThat(talks).extracting(e -> List.of(code(e.get("source")), code(e.get("target"))))
                .containsExactlyInAnyOrder(List.of("ISR", "USA"), List.of("USA", "ISR"), List.of("ISR", "RUS"),
                        List.of("RUS", "ISR"), List.of("USA", "RUS"), List.of("RUS", "USA"));
        assertThat(talks).allSatisfy(e -> {
            assertThat(e.get("plover").asText()).isEqualTo("CONSULT");
            assertThat(e.get("date").asText()).isEqualTo("2017-07");
            assertThat(e.at("/place/name").asText()).isEqualTo("Amman");
            assertThat(e.at("/place/country").asText()).isEqualTo("JOR");
            assertThat(e.at("/place/lat").asDouble()).isCloseTo(31.95, within(0.05));
            assertThat(e.at("/place/lon").asDouble()).isCloseTo(35.93, within(0.05));
            assertThat(e.at("/attribution/text").asText()).isEqualTo("Israeli officials and Russian diplomats");
            assertThat(e.at("/trigger/text").asText()).isEqualTo("held secret discussions");
        });
    }

    @Test
    void israelOpposedTheDealAtThoseMeetings() {
        JsonNode opposed = withCode("12").get(0);
        assertThat(opposed.get("code").asText()).isEqualTo("120");
        assertThat(opposed.get("plover").asText()).isEqualTo("REJECT");
        assertThat(code(opposed.get("source"))).isEqualTo("ISR");
        assertThat(opposed.at("/trigger/text").asText()).isEqualTo("opposed");
        assertThat(opposed.get("date").asText()).isEqualTo("2017-07");
        assertThat(opposed.at("/place/name").asText()).isEqualTo("Amman");
    }

    @Test
    void israelUrgedRussiaToDemandThatIranianForcesAndHezbollahLeave() {
        JsonNode urged = withCode("02").get(0);
        assertThat(urged.get("plover").asText()).isEqualTo("REQUEST");
        assertThat(code(urged.get("source"))).isEqualTo("ISRGOV");
        assertThat(code(urged.get("target"))).isEqualTo("RUSGOV");
        assertThat(urged.at("/trigger/text").asText()).isEqualTo("urged");

        List<JsonNode> demands = withCode("10").stream().filter(e -> e.get("sentence").asInt() == urged.get("sentence").asInt()).toList();
        assertThat(demands).extracting(e -> code(e.get("target"))).contains("IRNMIL", "LBNREB");
        assertThat(demands).allSatisfy(e -> {
            assertThat(code(e.get("source"))).isEqualTo("RUSGOV");
            assertThat(e.get("mood").asText()).isEqualTo("requested");
        });
    }

    @Test
    void tillersonMadeTheRemovalOfIranianForcesACondition() {
        assertThat(withCode("10")).anySatisfy(e -> {
            assertThat(e.at("/source/text").asText()).isEqualTo("US Secretary of State Rex Tillerson");
            assertThat(code(e.get("source"))).isEqualTo("USAGOV");
            assertThat(code(e.get("target"))).isEqualTo("IRNMIL");
        });
    }

    @Test
    void lavrovSaidMoscowWouldEnsureIsraelsConcernsAreConsidered() {
        JsonNode assurance = withCode("03").get(0);
        assertThat(assurance.get("plover").asText()).isEqualTo("AGREE");
        assertThat(code(assurance.get("source"))).isEqualTo("RUSGOV");
        assertThat(code(assurance.get("target"))).isEqualTo("ISR");
        assertThat(assurance.get("mood").asText()).isEqualTo("intended");
        assertThat(assurance.at("/attribution/code").asText()).isEqualTo("RUSGOV");
    }

    @Test
    void noHeapOfSpuriousEvents() {
        assertThat(events).hasSizeLessThanOrEqualTo(18);
        assertThat(events).noneSatisfy(e -> assertThat(e.get("root").asText()).isIn("14", "15", "16", "17", "18", "19", "20"));
    }
}
