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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parley code} with the PETRARCH validation dictionaries read from the team's shared
 * folder beside the repository ({@code ../../shared}, never copied in), on a story of our own in
 * the style of PETRARCH's unit tests. Skipped where the shared folder is absent.
 */
class PetrarchDictionariesIT {
    private static final Path DIR = Path.of("..", "..", "shared", "gold", "petrarch2");
    private static final String STORY = "Gollum attacked the Rohan army near Osgiliath.\n\n"
            + "Frodo met Gandalf in Bree on Tuesday.\n";

    @TempDir
    Path dir;

    @Test
    void codesWithTheValidationDictionaries() throws IOException {
        Path actors = DIR.resolve("PETR.Validate.actors.txt");
        assumeTrue(Files.isRegularFile(actors), "PETRARCH dictionaries not present at " + DIR.toAbsolutePath());
        Path story = Files.writeString(dir.resolve("shire.txt"), STORY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io io = new Io(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, dir);

        int status = Parley.execute(new String[] {"code", "--date", "1997-03-04",
            "--actors", actors.toString(), "--agents", DIR.resolve("PETR.Validate.agents.txt").toString(),
            "--verbs", DIR.resolve("PETR.Validate.verbs.txt").toString(), story.toString()},
                Stages.production(), io);

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<String> events = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        for (String line : out.toString(StandardCharsets.UTF_8).lines().toList()) {
            JsonNode e = mapper.readTree(line);
            events.add(e.get("code").asText() + " " + e.get("source").get("code").asText() + " "
                    + (e.get("target").isNull() ? "-" : e.get("target").get("code").asText()));
        }
        // The meeting is mutual and took place: coded both ways (docs/CODER.md, reciprocal events).
        assertThat(events).containsExactly("190 HOBGOV ROHMIL", "040 HOB WIZ", "040 WIZ HOB");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(DIR.resolve("PETR.Validate.verbs.txt")
                + ": 268 lexicon entries, 475 lines skipped (patterns the lexicon cannot express)");
    }
}
