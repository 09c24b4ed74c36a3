package org.parley.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.dedup.Dedup;
import org.parley.store.DedupSummary;
import org.parley.store.EventStore;
import org.parley.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley dedup}: recomputes events and merges from the stored mentions. */
@Command(name = "dedup",
        description = {
            "Group the stored event mentions into events again, with other settings:",
            "replaces the events and merges tables (mentions are never changed)."},
        footer = {"", "Example:", "  parley dedup --window-days 3"},
        mixinStandardHelpOptions = true,
        versionProvider = Version.class)
final class DedupCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "PATH", description = "The event database (default: ${DEFAULT-VALUE}).")
    private Path db = IngestCommand.DEFAULT_DB;

    @Option(names = "--window-days", paramLabel = "N", defaultValue = "" + Dedup.DEFAULT_WINDOW_DAYS,
            description = "Days apart two day-precise mentions of one event may be (default: ${DEFAULT-VALUE}).")
    private int windowDays;

    @Spec
    private CommandSpec spec;

    private final Io io;

    DedupCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        Dedup dedup = StoreCommands.dedup(spec, windowDays);
        if (!StoreCommands.exists(db, io)) {
            return 1;
        }
        try (EventStore store = EventStore.open(db)) {
            DedupSummary summary = store.dedup(dedup);
            io.out().println(summary.mentions() + " mentions form " + summary.events()
                    + IngestCommand.plural(summary.events(), " event") + " (window " + windowDays
                    + IngestCommand.plural(windowDays, " day") + ") in " + db);
            return 0;
        } catch (StoreException e) {
            io.err().println("parley: " + e.getMessage());
            return 1;
        }
    }
}
