package org.parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.duckdb.DuckDBConnection;
import org.parley.dedup.Dedup;
import org.parley.dedup.DedupEvent;
import org.parley.dedup.StoredMention;
import org.parley.model.Document;
import org.parley.model.EventMention;

/**
 * The event database, one DuckDB file: the front door of the store. Its tables are in
 * {@code schema.sql}; {@code docs/STORE.md} explains them.
 *
 * <p>Ingest is resumable and idempotent: {@link #add} stores a document with all its mentions in
 * one transaction, so a document is either wholly stored or not at all, and a document already
 * stored is never stored again. Events are derived data: {@link #dedup} recomputes them, with
 * {@code merges}, from the mentions.
 *
 * <p>Not thread-safe: one thread uses one store. DuckDB lets one process at a time open a file
 * for writing.
 */
public final class EventStore implements AutoCloseable {

    private final Path file;
    private final Connection connection;
    private final PreparedStatement containsDocument;

    private EventStore(Path file, Connection connection) throws SQLException {
        this.file = file;
        this.connection = connection;
        this.containsDocument = connection.prepareStatement("SELECT 1 FROM documents WHERE doc_id = ?");
    }

    /**
     * Opens the database file, creating it and its directory when missing, and applies the schema.
     *
     * @throws StoreException naming the file when it cannot be created or opened (another process
     *                        holds it, it is not a DuckDB file, the directory is not writable)
     */
    public static EventStore open(Path file) {
        Objects.requireNonNull(file, "file");
        Path absolute = file.toAbsolutePath();
        Connection connection = null;
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
            connection = DriverManager.getConnection("jdbc:duckdb:" + absolute);
            Schema.apply(connection);
            connection.setAutoCommit(false);
            return new EventStore(file, connection);
        } catch (IOException | SQLException e) {
            closeQuietly(connection);
            throw new StoreException("cannot open the event database " + file + ": " + firstLine(e), e);
        }
    }

    /**
     * A new connection to this store's database instance, for readers in the same process (the
     * web server): DuckDB lets one process open a file once, so readers share the instance. The
     * caller closes it; it sees what {@link #add} has committed.
     */
    public DuckDBConnection readerConnection() {
        try {
            return (DuckDBConnection) connection.unwrap(DuckDBConnection.class).duplicate();
        } catch (SQLException e) {
            throw new StoreException("cannot open a reader on the event database " + file + ": " + firstLine(e), e);
        }
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    /** Whether a document with this id is stored (coded, with its mentions). */
    public boolean contains(String docId) {
        try {
            containsDocument.setString(1, docId);
            try (ResultSet r = containsDocument.executeQuery()) {
                return r.next();
            }
        } catch (SQLException e) {
            throw failure("cannot look up document " + docId, e);
        }
    }

    /**
     * Stores a coded document and its mentions in one transaction, and forgets earlier failures of
     * its origin. A document already stored is left as it is.
     *
     * @param sentences how many sentences the annotator found
     * @param tokens    how many tokens
     * @param mentions  its event mentions, in the coder's order (their ordinal)
     * @return whether it was stored, false when it already was
     */
    public boolean add(Document document, int sentences, int tokens, List<EventMention> mentions) {
        try {
            if (contains(document.id())) {
                return false;
            }
            try (PreparedStatement doc = connection.prepareStatement(
                    "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?)");
                 PreparedStatement mention = connection.prepareStatement(MentionRows.INSERT);
                 PreparedStatement forget = connection.prepareStatement("DELETE FROM failures WHERE origin = ?")) {
                doc.setString(1, document.id());
                doc.setString(2, document.origin());
                doc.setString(3, document.source());
                doc.setString(4, document.url());
                doc.setString(5, document.title());
                MentionRows.setDate(doc, 6, document.published());
                doc.setString(7, document.text());
                doc.setInt(8, sentences);
                doc.setInt(9, tokens);
                doc.setInt(10, mentions.size());
                doc.setTimestamp(11, Timestamp.from(Instant.now()));
                doc.executeUpdate();
                for (int ordinal = 0; ordinal < mentions.size(); ordinal++) {
                    MentionRows.bind(mention, mentions.get(ordinal), ordinal);
                    mention.addBatch();
                }
                mention.executeBatch();
                forget.setString(1, document.origin());
                forget.executeUpdate();
            }
            connection.commit();
            return true;
        } catch (SQLException | RuntimeException e) {
            rollback();
            if (e instanceof StoreException se) {
                throw se;
            }
            throw failure("cannot store document " + document.id() + " (" + document.origin() + ")", e);
        }
    }

    /**
     * Records that an input or document could not be read or coded. A failure already recorded
     * with the same origin and reason is recorded once.
     *
     * @param docId the document's id when it is known, else {@code null}
     */
    public void fail(String origin, String docId, String reason) {
        try (PreparedStatement forget = connection.prepareStatement(
                "DELETE FROM failures WHERE origin = ? AND reason = ?");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO failures VALUES (?,?,?,?)")) {
            forget.setString(1, origin);
            forget.setString(2, reason);
            forget.executeUpdate();
            insert.setString(1, origin);
            insert.setString(2, docId);
            insert.setString(3, reason);
            insert.setTimestamp(4, Timestamp.from(Instant.now()));
            insert.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            rollback();
            throw failure("cannot record the failure of " + origin, e);
        }
    }

    /**
     * Recomputes every event, and the merges that explain them, from the stored mentions, in one
     * transaction: events of an earlier deduplication are replaced.
     *
     * @return the events, in the order of their first mention within each block
     */
    public DedupSummary dedup(Dedup dedup) {
        List<DedupEvent> events = new ArrayList<>();
        int mentions = 0;
        try {
            try (Statement s = connection.createStatement();
                 ResultSet r = s.executeQuery(MentionRows.SELECT_FOR_DEDUP)) {
                List<StoredMention> block = new ArrayList<>();
                String key = null;
                while (r.next()) {
                    StoredMention m = MentionRows.read(r);
                    String k = dedup.blockKey(m);
                    if (!k.equals(key) && !block.isEmpty()) {
                        events.addAll(dedup.group(block));
                        block.clear();
                    }
                    key = k;
                    block.add(m);
                    mentions++;
                }
                events.addAll(dedup.group(block));
            }
            EventRows.replace(connection, events);
            try (PreparedStatement meta = connection.prepareStatement("INSERT OR REPLACE INTO meta VALUES (?, ?)")) {
                meta.setString(1, "dedup_window_days");
                meta.setString(2, Integer.toString(dedup.windowDays()));
                meta.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            rollback();
            throw failure("cannot deduplicate events", e);
        }
        return new DedupSummary(mentions, events.size());
    }

    /**
     * Writes the events that pass the filter, and with {@link ExportQuery#mentions()} their
     * mentions, to {@code out} in the format asked for. See {@code docs/STORE.md} for the columns.
     */
    public ExportSummary export(ExportQuery query, Path out) {
        try {
            ExportSummary summary = new Export(connection, query).write(out);
            connection.commit();
            return summary;
        } catch (SQLException e) {
            rollback();
            throw failure("cannot export to " + out, e);
        } catch (IOException e) {
            rollback();
            throw new StoreException("cannot write " + out + ": " + firstLine(e), e);
        }
    }

    /**
     * Loads the Parquet output of the Spark job ({@code documents/ mentions/ events/ merges/
     * failures/} under {@code sparkOutput}, see {@code docs/SPARK.md}) in one transaction. A
     * document already stored is skipped with its mentions, and events, merges and failures already
     * there are not added again, so loading the same output twice adds nothing.
     *
     * @throws StoreException naming the output when it has no {@code documents/} Parquet or cannot be read
     */
    public LoadSummary load(Path sparkOutput) {
        try {
            LoadSummary loaded = ParquetImport.load(connection, sparkOutput);
            connection.commit();
            return loaded;
        } catch (SQLException | RuntimeException e) {
            rollback();
            if (e instanceof StoreException se) {
                throw se;
            }
            throw failure("cannot load " + sparkOutput, e);
        }
    }

    /** Counts of what the store holds, in total, by publisher and by month of publication. */
    public StoreStats stats() {
        try {
            StoreStats stats = StatsQuery.run(connection);
            connection.commit();
            return stats;
        } catch (SQLException e) {
            rollback();
            throw failure("cannot count", e);
        }
    }

    /** Closes the database. */
    @Override
    public void close() {
        try {
            containsDocument.close();
            connection.close();
        } catch (SQLException e) {
            throw failure("cannot close", e);
        }
    }

    /** The connection, for tests of this package that check rows. */
    Connection connection() {
        return connection;
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The original failure is what the caller reports.
        }
    }

    private StoreException failure(String what, Exception e) {
        return new StoreException("event database " + file + ": " + what + ": " + firstLine(e), e);
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Opening failed already; that is the error to report.
            }
        }
    }
}
