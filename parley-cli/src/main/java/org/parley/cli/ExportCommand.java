package org.parley.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.store.EventStore;
import org.parley.store.ExportFormat;
import org.parley.store.ExportQuery;
import org.parley.store.ExportSummary;
import org.parley.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code parley export}: events (and mentions) of the event database as a dataset file. */
@Command(name = "export",
        description = {
            "Write the events of the event database as a dataset: gdelt (the 61 tab-separated",
            "columns of the GDELT 2.0 event table, no header), csv, jsonl or parquet.",
            "With --mentions, the events' mentions go to a file beside it (events.mentions.csv)."},
        footer = {
            "",
            "Examples:",
            "  parley export --format parquet --out events.parquet",
            "  parley export --format gdelt --out parley.export.tsv --mentions",
            "  parley export --format csv --out isr.csv --actor ISR --code 04 --from 2017-07-01"},
        mixinStandardHelpOptions = true,
        versionProvider = Version.class)
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "PATH", description = "The event database (default: ${DEFAULT-VALUE}).")
    private Path db = IngestCommand.DEFAULT_DB;

    @Option(names = "--format", required = true, paramLabel = "gdelt|csv|jsonl|parquet", converter = FormatName.class,
            description = "The file format.")
    private ExportFormat format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "The file to write.")
    private Path out;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = IsoDate.class,
            description = "Only events whose dates reach this day or later.")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = IsoDate.class,
            description = "Only events whose dates start on this day or earlier.")
    private LocalDate to;

    @Option(names = "--actor", paramLabel = "CODE",
            description = "Only events whose source or target actor code starts with CODE (ISR matches ISRGOV).")
    private String actor;

    @Option(names = "--code", paramLabel = "PREFIX", description = "Only events whose CAMEO code starts with PREFIX.")
    private String code;

    @Option(names = "--mentions", description = "Also write the events' mentions beside the events file.")
    private boolean mentions;

    @Spec
    private CommandSpec spec;

    private final Io io;

    ExportCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        if (from != null && to != null && to.isBefore(from)) {
            throw new ParameterException(spec.commandLine(), "--to " + to + " is before --from " + from);
        }
        if (!StoreCommands.exists(db, io)) {
            return 1;
        }
        try (EventStore store = EventStore.open(db)) {
            ExportSummary summary = store.export(new ExportQuery(format, from, to, actor, code, mentions), out);
            io.out().println("wrote " + summary.events() + IngestCommand.plural(summary.events(), " event") + " to "
                    + summary.eventsFile() + (summary.mentionsFile() == null ? "" : " and " + summary.mentions()
                    + IngestCommand.plural(summary.mentions(), " mention") + " to " + summary.mentionsFile()));
            return 0;
        } catch (StoreException e) {
            io.err().println("parley: " + e.getMessage());
            return 1;
        }
    }

    /** Reads a format name in any case. */
    static final class FormatName implements ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            try {
                return ExportFormat.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not one of gdelt, csv, jsonl, parquet");
            }
        }
    }
}
