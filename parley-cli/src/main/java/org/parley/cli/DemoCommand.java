package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.model.EventMention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley demo}: codes the sample articles that come with Parley and shows a table. */
@Command(name = "demo",
        description = "Code the sample articles in samples/ and show their events as a table.",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class)
final class DemoCommand implements Callable<Integer> {

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
        EventTable table = new EventTable();
        CodingRun run = new CodingRun(stages, null, io, !quiet);
        boolean allCoded = run.code(List.of(samples.toString()), (document, events) -> {
            for (EventMention event : events) {
                table.add(event);
            }
        });
        io.out().println("Parley coded " + run.documents() + " sample articles in " + samples + ":");
        io.out().println();
        if (table.isEmpty()) {
            io.out().println("(no events found)");
        } else {
            io.out().print(table.render());
        }
        io.out().println();
        io.out().println("The same events with every field (actors, spans, mood, attribution, evidence) as JSON Lines:");
        io.out().println("  ./parley code samples/");
        io.out().flush();
        return allCoded ? 0 : 1;
    }
}
