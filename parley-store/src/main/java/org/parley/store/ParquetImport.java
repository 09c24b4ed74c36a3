package org.parley.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Inserts the Parquet output of the Spark job ({@code documents/ mentions/ events/ merges/
 * failures/}, the columns of {@code schema.sql}) into the store's tables, skipping what is there.
 *
 * <p>Design decision: DuckDB reads Parquet itself ({@code read_parquet}), so rows never pass
 * through Java, and columns are matched by name ({@code INSERT ... BY NAME}).
 */
final class ParquetImport {

    /** The tables of an output, in the order they are loaded. */
    private static final String[] TABLES = {"documents", "mentions", "events", "merges", "failures"};

    private ParquetImport() {
    }

    /** Inserts the rows not yet in the store; the caller commits. */
    static LoadSummary load(Connection connection, Path output) throws SQLException {
        if (parquet(output, "documents") == null) {
            throw new StoreException(output + ": not a parley-spark output (no documents/*.parquet)");
        }
        long[] added = new long[TABLES.length];
        try (Statement sql = connection.createStatement()) {
            for (int i = 0; i < TABLES.length; i++) {
                String files = parquet(output, TABLES[i]);
                added[i] = files == null ? 0 : sql.executeUpdate(insert(TABLES[i], files));
            }
        }
        return new LoadSummary(added[0], added[1], added[2], added[3], added[4]);
    }

    /** Rows of {@code table} not yet in the store. */
    private static String insert(String table, String files) {
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
        return "INSERT INTO " + table + " BY NAME SELECT p.* FROM read_parquet('" + files.replace("'", "''")
                + "') AS p WHERE " + absent;
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
}
