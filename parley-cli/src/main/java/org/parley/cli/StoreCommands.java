package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.dedup.Dedup;
import org.parley.ontology.Cameo;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** What the commands on the event database share: checking their options. */
final class StoreCommands {

    private StoreCommands() {
    }

    /** The deduplication of {@code --window-days}; a negative window is a usage error. */
    static Dedup dedup(CommandSpec spec, int windowDays) {
        if (windowDays < 0) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--window-days': " + windowDays + " is negative");
        }
        return Dedup.of(Cameo.builtIn(), windowDays);
    }

    /** Whether the database exists; when not, says so on standard error (commands that only read it do not create it). */
    static boolean exists(Path db, Io io) {
        if (Files.isRegularFile(db)) {
            return true;
        }
        io.err().println("parley: " + db + ": no event database here (parley ingest makes one)");
        return false;
    }
}
