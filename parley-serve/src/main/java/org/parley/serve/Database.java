package org.parley.serve;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.duckdb.DuckDBConnection;

/**
 * The event database as the server sees it: one DuckDB connection, duplicated for every request
 * because a DuckDB connection must not be used by two threads at once (duplicates share the
 * database instance, so they see what the intake writes).
 */
final class Database implements AutoCloseable {

    private final DuckDBConnection connection;
    private final boolean owned;

    private Database(DuckDBConnection connection, boolean owned) {
        this.connection = connection;
        this.owned = owned;
    }

    /** Opens the database file, read-only when nothing will be written through this process. */
    static Database open(Path file, boolean readOnly) {
        Properties properties = new Properties();
        if (readOnly) {
            properties.setProperty("duckdb.read_only", "true");
        }
        try {
            Connection opened = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), properties);
            return new Database(opened.unwrap(DuckDBConnection.class), true);
        } catch (SQLException failed) {
            throw new DatabaseException("cannot open the event database " + file + ": " + failed.getMessage(), failed);
        }
    }

    /** Shares a connection the caller owns (and closes). */
    static Database shared(DuckDBConnection connection) {
        return new Database(connection, false);
    }

    /** Runs a query with its parameters and hands each row to {@code rows}. */
    <T> T query(String sql, List<?> parameters, Rows<T> rows) {
        try (Connection duplicate = connection.duplicate();
             PreparedStatement statement = duplicate.prepareStatement(sql)) {
            int index = 1;
            for (Object parameter : parameters) {
                statement.setObject(index++, parameter instanceof LocalDate date ? java.sql.Date.valueOf(date) : parameter);
            }
            try (ResultSet result = statement.executeQuery()) {
                return rows.read(result);
            }
        } catch (SQLException failed) {
            throw new DatabaseException("cannot read the event database: " + failed.getMessage(), failed);
        }
    }

    @Override
    public void close() {
        if (owned) {
            try {
                connection.close();
            } catch (SQLException failed) {
                throw new DatabaseException("cannot close the event database: " + failed.getMessage(), failed);
            }
        }
    }

    /** Reads a whole result set into a value. */
    @FunctionalInterface
    interface Rows<T> {
        T read(ResultSet result) throws SQLException;
    }

    /** A database failure, answered with 500 and its message. */
    static final class DatabaseException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DatabaseException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
