package org.parley.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.store.EventStore;
import org.parley.store.StoreException;
import org.parley.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley stats}: what the event database holds. */
@Command(name = "stats",
        description = "Count documents, sentences, mentions, events and failures, by source and by month.",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class)
final class StatsCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "PATH", description = "The event database (default: ${DEFAULT-VALUE}).")
    private Path db = IngestCommand.DEFAULT_DB;

    @Option(names = "--json", description = "One JSON object instead of tables.")
    private boolean json;

    private final Io io;

    StatsCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        if (!StoreCommands.exists(db, io)) {
            return 1;
        }
        StoreStats stats;
        try (EventStore store = EventStore.open(db)) {
            stats = store.stats();
        } catch (StoreException e) {
            io.err().println("parley: " + e.getMessage());
            return 1;
        }
        if (json) {
            io.out().println(new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(stats));
        } else {
            io.out().print(table(stats));
        }
        return 0;
    }

    static String table(StoreStats stats) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "documents %10d%nsentences %10d%nmentions  %10d%nevents    %10d%n"
                + "failures  %10d%n", stats.documents(), stats.sentences(), stats.mentions(), stats.events(),
                stats.failures()));
        out.append(String.format(Locale.ROOT, "%nby source                       documents   mentions%n"));
        for (StoreStats.SourceCount s : stats.bySource()) {
            out.append(String.format(Locale.ROOT, "%-30s %10d %10d%n", cut(s.source() == null ? "(unknown)" : s.source()),
                    s.documents(), s.mentions()));
        }
        out.append(String.format(Locale.ROOT, "%nby month     documents   mentions     events%n"));
        for (StoreStats.MonthCount m : stats.byMonth()) {
            out.append(String.format(Locale.ROOT, "%-10s %11d %10d %10d%n", m.month() == null ? "(undated)" : m.month(),
                    m.documents(), m.mentions(), m.events()));
        }
        return out.toString();
    }

    private static String cut(String text) {
        return text.length() <= 30 ? text : text.substring(0, 29) + "…";
    }
}
