package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.serve.DocumentIntake;
import org.parley.serve.ParleyServer;
import org.parley.store.EventStore;
import org.parley.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parley serve}: the REST API and web page over an event database, until Ctrl-C.
 *
 * <p>Posted documents are coded by the real pipeline and stored, as {@code parley ingest} does;
 * the pipeline loads on the first post. With {@code --read-only} the database is opened read-only
 * (other processes may read it too) and posts are refused.
 */
@Command(name = "serve",
        description = "Serve the REST API and the web page over an event database (Ctrl-C stops it).",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class)
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "PATH", defaultValue = "parley-data/parley.duckdb",
            description = "The event database (default: ${DEFAULT-VALUE}).")
    private Path db;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070",
            description = "The port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:PARLEY_TOKEN}",
            description = "The API token that posting documents needs (default: $PARLEY_TOKEN).")
    private String token;

    @Option(names = "--private", description = "Reading needs the token too.")
    private boolean privateReads;

    @Option(names = "--read-only", description = {
            "Open the database read-only, so that other processes may read it too;",
            "posted documents are then refused (503)."})
    private boolean readOnly;

    private final Stages stages;
    private final Io io;

    ServeCommand(Stages stages, Io io) {
        this.stages = stages;
        this.io = io;
    }

    private int serveReadOnly() {
        ParleyServer server = ParleyServer.builder(db).readOnly(true).token(token).privateReads(privateReads)
                .intake(DocumentIntake.unavailable("this server was started with --read-only: it does not store posted documents"))
                .build();
        int bound = server.start(port);
        io.out().println("Parley serves " + db + " read-only at http://localhost:" + bound + "/ (Ctrl-C stops it)");
        io.out().flush();
        Serving.untilStopped(server::stop);
        return 0;
    }

    @Override
    public Integer call() {
        if (port < 0 || port > 65_535) {
            io.err().println("parley: --port " + port + ": a port is from 0 to 65535");
            return Parley.USAGE;
        }
        if (privateReads && (token == null || token.isBlank())) {
            io.err().println("parley: --private needs a token (--token or PARLEY_TOKEN)");
            return Parley.USAGE;
        }
        if (!Files.isRegularFile(db)) {
            io.err().println("parley: " + db + ": no event database there (make one with 'parley ingest', or give --db PATH)");
            return 1;
        }
        if (readOnly) {
            return serveReadOnly();
        }
        EventStore store;
        try {
            store = EventStore.open(db);
        } catch (StoreException e) {
            io.err().println("parley: " + e.getMessage() + " (another parley process may hold it: try --read-only)");
            return 1;
        }
        Serving.serveUntilStopped(store, stages, io, port, token, privateReads);
        return 0;
    }
}
