package org.parley.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Objects;
import org.duckdb.DuckDBConnection;

/**
 * The front door of Parley's server: the REST API ({@code /api/...}, described by
 * {@code /api/openapi.json}), full-text search and the web page ({@code /}) over an event
 * database of schema v1. See {@code docs/SERVE.md}.
 *
 * <pre>{@code
 * ParleyServer server = ParleyServer.builder(Path.of("events.duckdb")).token("s3cret").build();
 * int port = server.start(7070);   // 0 picks a free port
 * ...
 * server.stop();
 * }</pre>
 *
 * <p>Read endpoints are open unless {@link Builder#privateReads} is set; posting a document needs
 * the token as {@code Authorization: Bearer TOKEN} (401 without it, 403 with a wrong one or when
 * the server has no token). Errors are JSON: {@code {"error": "...", "status": 400}}.
 *
 * <p>The search index is held in memory, built from the database at start and updated for every
 * posted document. Thread-safe; one server serves one database.
 */
public final class ParleyServer {

    private final Database database;
    private final EventReader reader;
    private final SearchIndex index;
    private final Javalin app;
    private final String token;
    private final boolean privateReads;

    private ParleyServer(Builder builder) {
        this.database = builder.connection != null ? Database.shared(builder.connection)
                : Database.open(builder.file, builder.readOnly);
        this.reader = new EventReader(database);
        this.index = new SearchIndex(reader);
        this.token = builder.token;
        this.privateReads = builder.privateReads;
        ObjectMapper json = new ObjectMapper();
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.jsonMapper(new JavalinJackson(json, false));
            config.staticFiles.add("/public", Location.CLASSPATH);
            config.staticFiles.enableWebjars();
        });
        Routes routes = new Routes(reader, index, builder.intake, json);
        app.before("/api/*", this::authorize);
        app.get("/api/events", routes::events);
        app.get("/api/events/{id}", routes::event);
        app.get("/api/documents/{id}", routes::document);
        app.post("/api/documents", routes::post);
        app.get("/api/dyads", routes::dyads);
        app.get("/api/timeline", routes::timeline);
        app.get("/api/search", routes::search);
        app.get("/api/openapi.json", ParleyServer::openApi);
        app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        app.exception(IntakeUnavailableException.class, (e, ctx) -> error(ctx, 503, e.getMessage()));
        app.exception(Database.DatabaseException.class, (e, ctx) -> error(ctx, 500, e.getMessage()));
        app.exception(UncheckedIOException.class, (e, ctx) -> error(ctx, 500, e.getMessage()));
        app.exception(RuntimeException.class, (e, ctx) -> error(ctx, 500, "internal error: " + e));
        app.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && !String.valueOf(ctx.res().getContentType()).startsWith("application/json")) {
                error(ctx, 404, "no endpoint " + ctx.method() + " " + ctx.path());
            }
        });
    }

    /** A server over the database file at {@code file}. */
    public static Builder builder(Path file) {
        return new Builder(Objects.requireNonNull(file, "file"), null);
    }

    /**
     * A server over a database connection the caller owns and closes after {@link #stop}; the
     * intake writes through the same database instance, as DuckDB allows one writer per file.
     */
    public static Builder builder(DuckDBConnection connection) {
        return new Builder(null, Objects.requireNonNull(connection, "connection"));
    }

    /** Starts serving on {@code port} (0 picks a free one) on all interfaces; returns the port. */
    public int start(int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be from 0 to 65535, got " + port);
        }
        app.start(port);
        return app.port();
    }

    /** The port served on, once started. */
    public int port() {
        return app.port();
    }

    /** Stops serving and closes the index and the database (unless the caller owns the connection). */
    public void stop() {
        app.stop();
        index.close();
        database.close();
    }

    private void authorize(Context ctx) {
        boolean write = ctx.method() == HandlerType.POST;
        if (!write && !(privateReads && ctx.method() == HandlerType.GET && !ctx.path().equals("/api/openapi.json"))) {
            return;
        }
        if (token == null) {
            throw new ApiException(403, write ? "posting documents is disabled: the server was started without an API token"
                    : "reading is disabled: the server was started without an API token");
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "an API token is required: send 'Authorization: Bearer TOKEN'");
        }
        byte[] given = header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(403, "the API token is not valid");
        }
    }

    private static void openApi(Context ctx) {
        try (InputStream in = ParleyServer.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new ApiException(500, "openapi.json is missing from the jar");
            }
            ctx.contentType("application/json").result(in.readAllBytes());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).json(new ErrorBody(message, status));
    }

    /** The body of every error answer. */
    record ErrorBody(String error, int status) {
    }

    /** Configuration of a server, with named defaults: open reads, no token, no coding. */
    public static final class Builder {
        private final Path file;
        private final DuckDBConnection connection;
        private String token;
        private boolean privateReads;
        private boolean readOnly = true;
        private DocumentIntake intake = DocumentIntake.unavailable("coding is not configured in this server");

        private Builder(Path file, DuckDBConnection connection) {
            this.file = file;
            this.connection = connection;
        }

        /** The API token that posting (and, with {@link #privateReads}, reading) needs; null for none. */
        public Builder token(String token) {
            this.token = token == null || token.isBlank() ? null : token;
            return this;
        }

        /** Whether reads need the token too (default false: reads are open). */
        public Builder privateReads(boolean privateReads) {
            this.privateReads = privateReads;
            return this;
        }

        /** Whether the database file is opened read-only (default true; ignored for a shared connection). */
        public Builder readOnly(boolean readOnly) {
            this.readOnly = readOnly;
            return this;
        }

        /** What codes and stores posted documents (default: answers 503, coding not configured). */
        public Builder intake(DocumentIntake intake) {
            this.intake = Objects.requireNonNull(intake, "intake");
            return this;
        }

        /** Opens the database and builds the search index; the server is not yet started. */
        public ParleyServer build() {
            return new ParleyServer(this);
        }
    }
}
