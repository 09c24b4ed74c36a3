package org.parley.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code parley} command. Its subcommands are small classes of their own; this class only
 * wires them to the pipeline and to the process's streams.
 *
 * <p>Exit status: 0 on success, 1 when some input or document failed, 2 for usage errors.
 *
 * <p>The {@code ./parley} launcher sets the system properties {@code parley.home} (the Parley
 * directory, where {@code samples/} is) and {@code parley.stderr.tty} (whether standard error is
 * a terminal, which Java cannot tell by itself).
 */
@Command(name = "parley",
        versionProvider = Version.class,
        mixinStandardHelpOptions = true,
        synopsisSubcommandLabel = "COMMAND",
        description = "Political event data from news text: who did what to whom, when, where, "
                + "according to whom, with the evidence.",
        footer = {
            "",
            "Examples:",
            "  parley demo                    code the sample articles, show a table",
            "  parley code samples/           the same events as JSON Lines",
            "  parley code --date 2017-08-10 story.txt",
            "                                 resolve \"last month\" against that date",
            "  parley ingest samples/         code into the event database, group events",
            "  parley export --format parquet --out events.parquet",
            "  parley code --help             all options of code"})
public final class Parley {

    /** Exit status for usage errors. */
    static final int USAGE = 2;

    private Parley() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Io io = new Io(System.in, out, err, Boolean.getBoolean("parley.stderr.tty"), home());
        int status = execute(args, Stages.production(), io);
        out.flush();
        System.exit(status);
    }

    /** Runs one command line against the given pipeline and streams; returns the exit status. */
    static int execute(String[] args, Stages stages, Io io) {
        CommandLine commandLine = new CommandLine(new Parley())
                .addSubcommand(new CodeCommand(stages, io))
                .addSubcommand(new BenchCommand(stages, io))
                .addSubcommand(new DemoCommand(stages, io))
                .addSubcommand(new EvalCommand(stages, io))
                .addSubcommand(new IngestCommand(stages, io))
                .addSubcommand(new DedupCommand(io))
                .addSubcommand(new ExportCommand(io))
                .addSubcommand(new StatsCommand(io))
                .addSubcommand(new ServeCommand(stages, io))
                .addSubcommand(new LoadCommand(io));
        commandLine.setOut(new PrintWriter(io.out(), true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(io.err(), true, StandardCharsets.UTF_8));
        commandLine.setParameterExceptionHandler(Parley::usageError);
        commandLine.setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println("parley: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        });
        return commandLine.execute(args);
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("parley: " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        return USAGE;
    }

    private static Path home() {
        String home = System.getProperty("parley.home");
        if (home == null || home.isBlank()) {
            home = System.getenv("PARLEY_HOME");
        }
        return Path.of(home == null || home.isBlank() ? "." : home).toAbsolutePath().normalize();
    }
}
