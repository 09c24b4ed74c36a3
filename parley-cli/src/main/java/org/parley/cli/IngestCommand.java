package org.parley.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.dedup.Dedup;
import org.parley.model.Sentence;
import org.parley.store.DedupSummary;
import org.parley.store.EventStore;
import org.parley.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley ingest}: codes documents into the event database, then deduplicates events.
 * Resumable and idempotent: a document already stored is passed over before annotation, and each
 * document is stored with its mentions in one transaction.
 */
@Command(name = "ingest",
        description = {
            "Code news text into the event database: documents, event mentions, failures;",
            "then group the mentions into events (unless --no-dedup).",
            "Documents already stored are skipped, so an interrupted run can simply be started again."},
        footer = {
            "",
            "Examples:",
            "  parley ingest samples/",
            "  parley ingest --db news.duckdb --date 2017-08-10 article.txt",
            "",
            "Exit status: 0 when every document was stored; 1 when some input or document",
            "failed (each is reported as 'parley: PATH: reason' and recorded in the failures",
            "table, and the others still go through); 2 for usage errors."},
        mixinStandardHelpOptions = true,
        versionProvider = Version.class)
final class IngestCommand implements Callable<Integer> {

    /** Where the event database is unless {@code --db} says otherwise. */
    static final Path DEFAULT_DB = Path.of("parley-data", "parley.duckdb");

    @Option(names = "--db", paramLabel = "PATH", description = "The event database (default: ${DEFAULT-VALUE}).")
    private Path db = DEFAULT_DB;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = IsoDate.class,
            description = "Publication date of every document, overriding the one found in it.")
    private LocalDate date;

    @Option(names = "--no-dedup", description = "Store mentions only; group them into events later with parley dedup.")
    private boolean noDedup;

    @Option(names = "--window-days", paramLabel = "N", defaultValue = "" + Dedup.DEFAULT_WINDOW_DAYS,
            description = "Days apart two day-precise mentions of one event may be (default: ${DEFAULT-VALUE}).")
    private int windowDays;

    @Option(names = {"-q", "--quiet"}, description = "No progress line on standard error.")
    private boolean quiet;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|-", description = "What to read; - for standard input.")
    private List<String> inputs;

    @Spec
    private CommandSpec spec;

    @Mixin
    private TimesOption times = new TimesOption();

    private final Stages stages;
    private final Io io;

    IngestCommand(Stages stages, Io io) {
        this.stages = stages;
        this.io = io;
    }

    @Override
    public Integer call() {
        Dedup dedup = StoreCommands.dedup(spec, windowDays);
        try (EventStore store = EventStore.open(db)) {
            CodingRun run = new CodingRun(times.applyTo(stages), date, io, !quiet)
                    .skipping(document -> store.contains(document.id()))
                    .onProblem(problem -> store.fail(problem.origin(), null, problem.reason()));
            int expected = DocumentCount.of(inputs);
            if (expected >= 0) {
                run.expecting(expected);
            }
            int[] mentions = {0};
            boolean allStored = run.codeAnnotated(inputs, (annotated, events) -> {
                store.add(annotated.document(), annotated.sentences().size(), tokens(annotated.sentences()), events);
                mentions[0] += events.size();
            });
            String summary = "stored " + run.documents() + plural(run.documents(), " document") + " with "
                    + mentions[0] + plural(mentions[0], " mention") + " (" + run.skipped() + " already stored, "
                    + run.failures() + plural(run.failures(), " failure") + ") in " + db;
            if (!noDedup) {
                DedupSummary grouped = store.dedup(dedup);
                summary += "; " + grouped.mentions() + " mentions form " + grouped.events()
                        + plural(grouped.events(), " event");
            }
            io.out().println(summary);
            return allStored ? 0 : 1;
        } catch (StoreException e) {
            io.err().println("parley: " + e.getMessage());
            return 1;
        }
    }

    static String plural(long n, String word) {
        return n == 1 ? word : word + "s";
    }

    private static int tokens(List<Sentence> sentences) {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
