package org.parley.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.parley.annotate.Annotator;
import org.parley.eval.Evaluation;
import org.parley.eval.GoldFormatException;
import org.parley.eval.GoldRecord;
import org.parley.eval.GoldSet;
import org.parley.eval.Miss;
import org.parley.eval.PlaceCheck;
import org.parley.eval.SetResult;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Document;
import org.parley.model.EventMention;
import org.parley.ontology.Cameo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parley eval}: Parley's measured accuracy on the gold sets. */
@Command(name = "eval",
        description = {
            "Code every sentence of the gold sets with the real pipeline and report Parley's",
            "accuracy: pair recall, PLOVER type and CAMEO root accuracy, precision, actor codes,",
            "places, and the confusion matrix of PLOVER types. Definitions: docs/ACCURACY.md."},
        footer = {
            "",
            "Examples:",
            "  parley eval                              all sets, tables on standard out",
            "  parley eval --set plover --misses m.jsonl",
            "  parley eval --set plover --extras x.jsonl",
            "  parley eval --set upetr --limit 10 --json"},
        mixinStandardHelpOptions = true,
        versionProvider = Version.class)
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", paramLabel = "DIR",
            description = "The gold directory (with plover/, universalpetrarch/, petrarch2/); "
                    + "default $PARLEY_GOLD, else ../shared/gold.")
    private Path gold;

    @Option(names = "--set", paramLabel = "SET", defaultValue = "all",
            description = "plover, upetr, petr2 or all (default: ${DEFAULT-VALUE}).")
    private String set;

    @Option(names = "--json", description = "One JSON object on standard out instead of tables.")
    private boolean json;

    @Option(names = "--limit", paramLabel = "N", description = "Only the first N records of each set.")
    private Integer limit;

    @Option(names = "--misses", paramLabel = "FILE",
            description = "Write missed and wrongly typed gold codings with Parley's events there, as JSON Lines.")
    private Path missesFile;

    @Option(names = "--extras", paramLabel = "FILE",
            description = "Write every Parley event that matches no gold coding there, with the record's gold codings, "
                    + "as JSON Lines.")
    private Path extrasFile;

    @Option(names = "--place-misses", paramLabel = "FILE",
            description = "Write one line per gold record with a place there, as JSON Lines: the gold place, "
                    + "Parley's event places, and why the place is missed (no_event, no_place, wrong_place) or right.")
    private Path placesFile;

    @Option(names = {"-q", "--quiet"}, description = "No progress line on standard error.")
    private boolean quiet;

    @Mixin
    private DictionaryOptions dictionaries = new DictionaryOptions();

    @Mixin
    private TimesOption times = new TimesOption();

    private final Stages stages;
    private final Io io;
    private final UnaryOperator<String> environment;
    private int failures;

    EvalCommand(Stages stages, Io io) {
        this(stages, io, System::getenv);
    }

    EvalCommand(Stages stages, Io io, UnaryOperator<String> environment) {
        this.stages = stages;
        this.io = io;
        this.environment = environment;
    }

    @Override
    public Integer call() {
        List<GoldSet> sets = sets();
        if (sets == null) {
            io.err().println("parley: --set must be plover, upetr, petr2 or all, not '" + set + "'");
            return Parley.USAGE;
        }
        if (limit != null && limit < 1) {
            io.err().println("parley: --limit must be at least 1, not " + limit);
            return Parley.USAGE;
        }
        Optional<Stages> withDictionaries = dictionaries.applyTo(times.applyTo(stages), io.err(), quiet);
        if (withDictionaries.isEmpty()) {
            return Parley.USAGE;
        }
        Stages effective = withDictionaries.get();
        Path directory = goldDirectory();
        if (directory == null) {
            return 1;
        }
        List<List<GoldRecord>> gold = new ArrayList<>();
        try {
            for (GoldSet s : sets) {
                List<GoldRecord> records = s.read(directory);
                gold.add(limit == null || records.size() <= limit ? records : records.subList(0, limit));
            }
        } catch (GoldFormatException e) {
            io.err().println("parley: " + e.getMessage());
            return 1;
        }
        Path writing = missesFile;
        try (LineWriter misses = LineWriter.open(missesFile)) {
            writing = placesFile;
            try (LineWriter places = LineWriter.open(placesFile)) {
                writing = extrasFile;
                try (LineWriter extras = LineWriter.open(extrasFile)) {
                    List<SetResult> results = score(effective, sets, gold, new Lines(misses, places, extras));
                    io.out().print(json ? EvalReport.json(directory, results) : EvalReport.tables(directory, results));
                    io.out().flush();
                    return failures == 0 ? 0 : 1;
                }
            }
        } catch (UncheckedIOException e) {
            io.err().println("parley: " + writing + ": cannot write: " + e.getCause().getMessage());
            return 1;
        }
    }

    private List<SetResult> score(Stages stages, List<GoldSet> sets, List<List<GoldRecord>> gold, Lines lines) {
        Progress progress = new Progress(io.err(), !quiet && io.errIsTerminal(), System::nanoTime);
        progress.loading();
        Annotator annotator = stages.annotator().get();
        Coder coder = stages.coder().get();
        Cameo cameo = Cameo.builtIn();
        progress.start();
        int documents = 0;
        int events = 0;
        int sentences = 0;
        List<SetResult> results = new ArrayList<>();
        for (int i = 0; i < sets.size(); i++) {
            Evaluation evaluation = new Evaluation(sets.get(i).key(), cameo);
            for (GoldRecord record : gold.get(i)) {
                Document document = new Document(record.id(), record.text(), record.date(), null, null, null,
                        sets.get(i).file() + "#" + record.id());
                List<EventMention> found;
                try {
                    AnnotatedDocument annotated = annotator.annotate(document);
                    found = coder.code(annotated);
                    sentences += annotated.sentences().size();
                } catch (RuntimeException e) {
                    // Scored as a record where Parley found nothing; the exit status says so.
                    failures++;
                    progress.clear();
                    io.err().println("parley: " + document.origin() + ": cannot code: " + e.getMessage());
                    found = List.of();
                }
                for (Miss miss : evaluation.add(record, found)) {
                    lines.misses().write(EvalReport.missLine(miss));
                }
                for (EventMention extra : Evaluation.extras(record, found)) {
                    lines.extras().write(EvalReport.extraLine(record, extra));
                }
                PlaceCheck place = Evaluation.checkPlace(record, found);
                if (place != null) {
                    lines.places().write(EvalReport.placeLine(place));
                }
                documents++;
                events += found.size();
                progress.update(documents, events, sentences);
            }
            results.add(evaluation.result());
        }
        progress.finish(documents, events, sentences);
        return results;
    }

    private List<GoldSet> sets() {
        if ("all".equalsIgnoreCase(set)) {
            return List.of(GoldSet.values());
        }
        return GoldSet.ofKey(set).map(List::of).orElse(null);
    }

    private Path goldDirectory() {
        String origin;
        Path directory;
        if (gold != null) {
            directory = gold;
            origin = "--gold";
        } else if (environment.apply("PARLEY_GOLD") != null && !environment.apply("PARLEY_GOLD").isBlank()) {
            directory = Path.of(environment.apply("PARLEY_GOLD"));
            origin = "PARLEY_GOLD";
        } else {
            directory = Path.of("..", "shared", "gold");
            origin = "the default";
        }
        if (!Files.isDirectory(directory)) {
            io.err().println("parley: " + directory.toAbsolutePath().normalize() + ": no gold directory there (from "
                    + origin + "); give one with --gold DIR or set PARLEY_GOLD");
            return null;
        }
        return directory;
    }

    /** The JSON Lines files of one run: missed gold codings, gold places, unmatched events. */
    private record Lines(LineWriter misses, LineWriter places, LineWriter extras) {
    }

    /** Where JSON Lines go: a file, or nowhere when no file is given. */
    interface LineWriter extends AutoCloseable {
        void write(String line);

        @Override
        void close();

        /** A writer to {@code file}, or one that drops every line when {@code file} is null. */
        static LineWriter open(Path file) {
            if (file == null) {
                return new LineWriter() {
                    @Override
                    public void write(String line) {
                    }

                    @Override
                    public void close() {
                    }
                };
            }
            try {
                BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                return new LineWriter() {
                    @Override
                    public void write(String line) {
                        try {
                            out.write(line);
                            out.write('\n');
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }

                    @Override
                    public void close() {
                        try {
                            out.close();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                };
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
