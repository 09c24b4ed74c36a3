package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParleyTest {

    @TempDir
    Path dir;

    private final Fakes fakes = new Fakes();

    @Test
    void versionNamesParleyCoreNlpAndTheLicence() {
        assertThat(fakes.run(dir, "--version")).isZero();

        assertThat(fakes.out()).startsWith("parley 0.1.0-SNAPSHOT\n")
                .contains("Stanford CoreNLP 4.5.10").contains("GPL-3.0-or-later");
    }

    @Test
    void helpListsTheCommandsWithExamples() {
        assertThat(fakes.run(dir, "--help")).isZero();

        assertThat(fakes.out()).startsWith("Usage: parley [-hV] COMMAND")
                .contains("  code  ", "  demo  ", "Examples:", "parley code --date 2017-08-10 story.txt");
    }

    @Test
    void noCommandIsAUsageError() {
        assertThat(fakes.run(dir)).isEqualTo(2);

        assertThat(fakes.err()).isEqualTo("parley: Missing required subcommand\nTry 'parley --help' for more information.\n");
    }

    @Test
    void anUnknownCommandIsAUsageErrorWithASuggestion() {
        assertThat(fakes.run(dir, "cod")).isEqualTo(2);

        assertThat(fakes.err()).contains("parley: Unmatched argument at index 0: 'cod'", "Did you mean: parley code?");
    }
}
