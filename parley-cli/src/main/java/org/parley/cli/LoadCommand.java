package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.store.EventStore;
import org.parley.store.LoadSummary;
import org.parley.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley load}: the Parquet output of the Spark job into the embedded store. */
@Command(name = "load",
        description = {
            "Load the Parquet output of the parley-spark job (documents/ mentions/ events/ merges/ failures/)",
            "into the embedded database, creating it when it does not exist. Documents already in the",
            "database are skipped with their mentions, so loading the same output twice adds nothing."},
        footer = {
            "",
            "Example:",
            "  parley load --db parley.duckdb spark-out/",
            "",
            "Exit status: 0 when loaded; 1 when the output or the database cannot be read or written",
            "(nothing of the output is then loaded); 2 for usage errors."},
        mixinStandardHelpOptions = true,
        versionProvider = Version.class)
final class LoadCommand implements Callable<Integer> {

    @Option(names = "--db", required = true, paramLabel = "PATH", description = "The database file.")
    private Path database;

    @Parameters(paramLabel = "DIR", description = "The directory the Spark job wrote (its --output).")
    private Path output;

    private final Io io;

    LoadCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        if (!Files.isDirectory(output)) {
            io.err().println("parley: " + output + ": no such directory");
            return 1;
        }
        try (EventStore store = EventStore.open(database)) {
            LoadSummary loaded = store.load(output);
            io.out().printf("Loaded %s into %s: %d documents, %d mentions, %d events, %d merges, %d failures%n",
                    output, database, loaded.documents(), loaded.mentions(), loaded.events(), loaded.merges(),
                    loaded.failures());
            io.out().flush();
            return 0;
        } catch (StoreException e) {
            io.err().println("parley: " + e.getMessage());
            return 1;
        }
    }
}
