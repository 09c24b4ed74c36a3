package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @TempDir
    Path home;

    private final Fakes fakes = new Fakes();

    @Test
    void codesTheSamplesAndPrintsATableAndWhereTheJsonIs() throws IOException {
        Path samples = Files.createDirectory(home.resolve("samples"));
        Files.writeString(samples.resolve("one.txt"), "Israel met Russia");
        Files.writeString(samples.resolve("two.txt"), "Egypt met Jordan");

        int status = fakes.run(home, "demo", "--no-serve", "--db", home.resolve("demo.duckdb").toString());

        assertThat(status).isZero();
        assertThat(fakes.out()).isEqualTo("Parley coded 2 sample articles in " + samples + ":\n"
                + "\n"
                + "doc      sent  event        source → target  date        place  mood      trigger\n"
                + "-------  ----  -----------  ---------------  ----------  -----  --------  -------\n"
                + "one.txt  0     040 CONSULT  ISRAEL → Russia  2020-01-02  -      asserted  met\n"
                + "two.txt  0     040 CONSULT  EGYPT → Jordan   2020-01-02  -      asserted  met\n"
                + "\n"
                + "Stored in " + home.resolve("demo.duckdb") + ": 2 mentions form 2 events."
                + " Every field as JSON Lines: ./parley code samples/\n");
        assertThat(fakes.err()).isEmpty();
    }

    @Test
    void withoutSamplesItSaysWhereItLooked() {
        assertThat(fakes.run(home, "demo", "--no-serve")).isEqualTo(1);

        assertThat(fakes.err()).startsWith("parley: " + home.resolve("samples") + ": no sample articles there");
    }
}
