package org.parley.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

/**
 * Loads the Parquet output of the Spark job ({@code documents/ mentions/ events/ merges/
 * failures/} directories with the columns of {@code schema.sql}) into an embedded DuckDB store,
 * creating the store's tables when the file is new.
 *
 * <p>Idempotent: a document already in the store is skipped with its mentions; an event, merge or
 * failure already there is not added again; so loading the same output twice adds nothing. All of
 * one load is one transaction: it is in the store whole or not at all.
 *
 * <p>Design decision: DuckDB reads Parquet itself ({@code read_parquet}), so rows never pass
 * through Java, and columns are matched by name ({@code INSERT ... BY NAME}).
 */
public final class ParquetImport {

    /** The tables an output has, in the order they are loaded. */
    static final String[] TABLES = {"documents", "mentions", "events", "merges", "failures"};

    private ParquetImport() {
    }

    /** How many rows a load added to each table. */
    public record Loaded(long documents, long mentions, long events, long merges, long failures) {
    }

    /**
     * Loads {@code output} into the store at {@code database}.
     *
     * @throws StoreException naming the store or the output and the reason, when the output has no
     *                        {@code documents/} Parquet or the database cannot be opened or written
     */
    public static Loaded load(Path database, Path output) {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(output, "output");
        if (parquet(output, "documents") == null) {
            throw new StoreException(output + ": not a parley-spark output (no documents/*.parquet)");
        }
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + database.toAbsolutePath())) {
            try (Statement sql = db.createStatement()) {
                createTables(sql);
            }
            db.setAutoCommit(false);
            try (Statement sql = db.createStatement()) {
                long[] added = new long[TABLES.length];
                for (int i = 0; i < TABLES.length; i++) {
                    String files = parquet(output, TABLES[i]);
                    added[i] = files == null ? 0 : sql.executeUpdate(insert(TABLES[i], files));
                }
                db.commit();
                return new Loaded(added[0], added[1], added[2], added[3], added[4]);
            } catch (SQLException e) {
                db.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(database + ": cannot load " + output + ": " + e.getMessage(), e);
        }
    }

    /** Rows of {@code table} not yet in the store. */
    private static String insert(String table, String files) {
        String from = "read_parquet('" + files.replace("'", "''") + "') AS p";
        String absent = switch (table) {
            case "documents" -> "p.doc_id NOT IN (SELECT doc_id FROM documents)";
            case "mentions" -> "p.mention_id NOT IN (SELECT mention_id FROM mentions)";
            case "events" -> "p.event_id NOT IN (SELECT event_id FROM events)";
            case "merges" -> "NOT EXISTS (SELECT 1 FROM merges m WHERE m.event_id = p.event_id"
                    + " AND m.mention_id = p.mention_id)";
            case "failures" -> "NOT EXISTS (SELECT 1 FROM failures f WHERE f.origin = p.origin"
                    + " AND f.doc_id IS NOT DISTINCT FROM p.doc_id AND f.reason = p.reason)";
            default -> throw new IllegalArgumentException(table);
        };
        return "INSERT INTO " + table + " BY NAME SELECT p.* FROM " + from + " WHERE " + absent;
    }

    /** The glob of a table's Parquet files, or {@code null} when the output has none. */
    private static String parquet(Path output, String table) {
        Path directory = output.resolve(table);
        if (!Files.isDirectory(directory)) {
            return null;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.parquet")) {
            return files.iterator().hasNext() ? directory.toAbsolutePath() + "/*.parquet" : null;
        } catch (IOException e) {
            throw new StoreException(directory + ": cannot list: " + e.getMessage(), e);
        }
    }

    private static void createTables(Statement sql) throws SQLException {
        String schema;
        try (InputStream in = ParquetImport.class.getResourceAsStream("schema.sql")) {
            if (in == null) {
                throw new IllegalStateException("schema.sql is missing from the parley-store jar");
            }
            schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema.sql", e);
        }
        for (String statement : schema.split(";\\s*\\n")) {
            if (!statement.replaceAll("(?m)^\\s*--.*$", "").isBlank()) {
                sql.execute(statement);
            }
        }
    }
}
