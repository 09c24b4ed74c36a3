package org.parley.cli;

import java.util.concurrent.CountDownLatch;
import org.duckdb.DuckDBConnection;
import org.parley.dedup.Dedup;
import org.parley.ontology.Cameo;
import org.parley.serve.ParleyServer;
import org.parley.store.EventStore;

/**
 * Serves an open event store until the process is asked to stop: the web page and REST API read
 * through the store's own database instance, and posted documents are coded and stored by the
 * real pipeline ({@link StoreIntake}). Shared by {@code parley serve} and {@code parley demo}.
 */
final class Serving {

    private Serving() {
    }

    /**
     * Starts the server, prints its address and blocks until shutdown (Ctrl-C or SIGTERM), then
     * stops it and closes the store.
     */
    static void serveUntilStopped(EventStore store, Stages stages, Io io, int port, String token, boolean privateReads) {
        DuckDBConnection readers = store.readerConnection();
        ParleyServer server = ParleyServer.builder(readers).token(token).privateReads(privateReads)
                .intake(new StoreIntake(store, stages, Dedup.of(Cameo.builtIn(), Dedup.DEFAULT_WINDOW_DAYS)))
                .build();
        int bound = server.start(port);
        io.out().println("Parley serves " + store.file() + " at http://localhost:" + bound + "/"
                + " (API: http://localhost:" + bound + "/api/events; Ctrl-C stops it)");
        if (token == null || token.isBlank()) {
            io.out().println("Posting documents (POST /api/documents) needs a token: start with --token or PARLEY_TOKEN.");
        }
        io.out().flush();
        untilStopped(() -> {
            server.stop();
            closeQuietly(readers);
            store.close();
        });
    }

    /** Blocks until the process is asked to stop (Ctrl-C, SIGTERM), then runs {@code stop}. */
    static void untilStopped(Runnable stop) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.run();
            stopped.countDown();
        }, "parley-serve-stop"));
        try {
            stopped.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(DuckDBConnection connection) {
        try {
            connection.close();
        } catch (java.sql.SQLException ignored) {
            // The process is stopping; the store's own connection is closed next.
        }
    }
}
