package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks {@code parley serve} makes before it starts a server (the server is tested in parley-serve). */
class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void aMissingDatabaseIsReportedWithItsPath() {
        Fakes fakes = new Fakes();
        Path missing = dir.resolve("none.duckdb");
        assertThat(fakes.run(dir, "serve", "--db", missing.toString())).isEqualTo(1);
        assertThat(fakes.err()).isEqualTo("parley: " + missing
                + ": no event database there (make one with 'parley ingest', or give --db PATH)\n");
        assertThat(fakes.out()).isEmpty();
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        Fakes fakes = new Fakes();
        assertThat(fakes.run(dir, "serve", "--port", "70000")).isEqualTo(Parley.USAGE);
        assertThat(fakes.err()).isEqualTo("parley: --port 70000: a port is from 0 to 65535\n");
    }

    @Test
    void privateReadsNeedAToken() {
        Fakes fakes = new Fakes();
        assertThat(fakes.run(dir, "serve", "--private", "--token", "")).isEqualTo(Parley.USAGE);
        assertThat(fakes.err()).isEqualTo("parley: --private needs a token (--token or PARLEY_TOKEN)\n");
    }
}
