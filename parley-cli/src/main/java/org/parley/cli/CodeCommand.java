package org.parley.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.model.EventMention;
import org.parley.output.EventJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley code}: event mentions of news text as JSON Lines on standard output. */
@Command(name = "code",
        description = {
            "Print the political events reported in news text as JSON Lines, one event mention per line.",
            "Reads plain text, HTML, JSON Lines and directories of these; - reads standard input.",
            "JSON Lines input: {\"id\",\"url\",\"source\",\"date\",\"title\",\"text\"} per line."},
        footer = {
            "",
            "Examples:",
            "  parley code article.txt",
            "  parley code --date 2017-08-10 article.html",
            "  parley code news/ > events.jsonl",
            "  cat feed.jsonl | parley code -",
            "  parley code --actors my.actors.txt --agents my.agents.txt news/",
            "  parley code --threads 4 news/",
            "",
            "Exit status: 0 when every document was coded; 1 when some input or document",
            "failed (each is reported on standard error as 'parley: PATH: reason', and the",
            "others still go through); 2 for usage errors."},
        mixinStandardHelpOptions = true,
        versionProvider = Version.class)
final class CodeCommand implements Callable<Integer> {

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = IsoDate.class,
            description = "Publication date of every document, overriding the one found in it; "
                    + "relative dates (\"last month\") are resolved against it.")
    private LocalDate date;

    @Option(names = {"-q", "--quiet"}, description = "No progress line on standard error.")
    private boolean quiet;

    @Option(names = "--threads", paramLabel = "N",
            description = "Documents annotated and coded at once, one CoreNLP pipeline each "
                    + "(default: the number of processors, ${DEFAULT-VALUE}). The output is the same for any N.")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Spec
    private CommandSpec spec;

    @Mixin
    private DictionaryOptions dictionaries = new DictionaryOptions();

    @Mixin
    private TimesOption times = new TimesOption();

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|-", description = "What to read; - for standard input.")
    private List<String> inputs;

    private final Stages stages;
    private final Io io;

    CodeCommand(Stages stages, Io io) {
        this.stages = stages;
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--threads': " + threads + " is not a number of threads of 1 or more");
        }
        Optional<Stages> withDictionaries = dictionaries.applyTo(times.applyTo(stages), io.err(), quiet);
        if (withDictionaries.isEmpty()) {
            return Parley.USAGE;
        }
        Stages effective = withDictionaries.get();
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(io.out(), StandardCharsets.UTF_8));
        try (EventJson json = EventJson.to(out)) {
            CodingRun run = new CodingRun(effective, date, io, !quiet, threads);
            boolean allCoded = run.code(inputs, (document, events) -> {
                for (EventMention event : events) {
                    json.write(event);
                }
                // Each document's events reach a reader of the pipe as soon as it is coded.
                json.flush();
            });
            return allCoded ? 0 : 1;
        } catch (UncheckedIOException e) {
            io.err().println("parley: cannot write to standard output: " + e.getCause().getMessage());
            return 1;
        }
    }
}
