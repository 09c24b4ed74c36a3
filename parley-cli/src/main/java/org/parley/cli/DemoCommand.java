package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.dedup.Dedup;
import org.parley.ontology.Cameo;
import org.parley.store.DedupSummary;
import org.parley.store.EventStore;
import org.parley.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parley demo}: codes the sample articles that come with Parley into the event database,
 * shows their events as a table, and serves the web page over them (unless {@code --no-serve}).
 */
@Command(name = "demo",
        description = {
            "Code the sample articles in samples/ into the event database, show their events",
            "as a table, and serve the web page and REST API over them (Ctrl-C stops it)."},
        mixinStandardHelpOptions = true,
        versionProvider = Version.class)
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "PATH", description = "The event database (default: ${DEFAULT-VALUE}).")
    private Path db = IngestCommand.DEFAULT_DB;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070",
            description = "The port of the web page; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--no-serve", description = "Only code, store and show the table; do not serve the page.")
    private boolean noServe;

    @Option(names = {"-q", "--quiet"}, description = "No progress line on standard error.")
    private boolean quiet;

    private final Stages stages;
    private final Io io;

    DemoCommand(Stages stages, Io io) {
        this.stages = stages;
        this.io = io;
    }

    @Override
    public Integer call() {
        Path samples = io.home().resolve("samples");
        if (!Files.isDirectory(samples)) {
            io.err().println("parley: " + samples + ": no sample articles there"
                    + " (run Parley through the ./parley launcher, or set -Dparley.home to the Parley directory)");
            return 1;
        }
        if (port < 0 || port > 65_535) {
            io.err().println("parley: --port " + port + ": a port is from 0 to 65535");
            return Parley.USAGE;
        }
        EventStore store;
        try {
            store = EventStore.open(db);
        } catch (StoreException e) {
            io.err().println("parley: " + e.getMessage());
            return 1;
        }
        EventTable table = new EventTable();
        CodingRun run = new CodingRun(stages, null, io, !quiet);
        boolean allCoded;
        DedupSummary grouped;
        try {
            // Every sample is coded so the table is the same on every run; storing one already stored adds nothing.
            allCoded = run.codeAnnotated(List.of(samples.toString()), (annotated, events) -> {
                int tokens = annotated.sentences().stream().mapToInt(s -> s.tokens().size()).sum();
                store.add(annotated.document(), annotated.sentences().size(), tokens, events);
                events.forEach(table::add);
            });
            grouped = store.dedup(Dedup.of(Cameo.builtIn(), Dedup.DEFAULT_WINDOW_DAYS));
        } catch (StoreException e) {
            store.close();
            io.err().println("parley: " + e.getMessage());
            return 1;
        }
        io.out().println("Parley coded " + run.documents() + " sample articles in " + samples + ":");
        io.out().println();
        io.out().print(table.isEmpty() ? "(no events found)\n" : table.render());
        io.out().println();
        io.out().println("Stored in " + db + ": " + grouped.mentions() + " mentions form " + grouped.events()
                + " events. Every field as JSON Lines: ./parley code samples/");
        io.out().flush();
        if (noServe) {
            store.close();
            return allCoded ? 0 : 1;
        }
        Serving.serveUntilStopped(store, stages, io, port, System.getenv("PARLEY_TOKEN"), false);
        return allCoded ? 0 : 1;
    }
}
