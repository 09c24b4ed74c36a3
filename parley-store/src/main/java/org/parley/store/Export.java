package org.parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * One export: selects the events that pass the query into a temporary table, then writes them
 * (and their mentions) in the format asked for. CSV, JSON Lines and Parquet are written by DuckDB's
 * {@code COPY}; GDELT by {@link GdeltRows}.
 */
final class Export {

    private final Connection connection;
    private final ExportQuery query;

    Export(Connection connection, ExportQuery query) {
        this.connection = connection;
        this.query = query;
    }

    ExportSummary write(Path out) throws SQLException, IOException {
        Path absolute = out.toAbsolutePath();
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        selectEvents();
        // GDELT's event table goes with its mentions table, so gdelt always writes both.
        boolean withMentions = query.mentions() || query.format() == ExportFormat.GDELT;
        Path mentionsFile = withMentions ? mentionsFileOf(absolute) : null;
        long events;
        long mentions = 0;
        if (query.format() == ExportFormat.GDELT) {
            events = GdeltRows.writeEvents(connection, absolute);
            if (mentionsFile != null) {
                mentions = GdeltRows.writeMentions(connection, mentionsFile);
            }
        } else {
            events = copy("SELECT * EXCLUDE (event_order) FROM export_events ORDER BY event_order", absolute);
            if (mentionsFile != null) {
                mentions = copy("SELECT m.* FROM mentions m JOIN export_events e USING (event_id)"
                        + " ORDER BY e.event_order, m.doc_id, m.ordinal", mentionsFile);
            }
        }
        try (Statement s = connection.createStatement()) {
            s.execute("DROP TABLE IF EXISTS export_events");
        }
        return new ExportSummary(events, mentions, out, mentionsFile == null ? null : mentionsFile);
    }

    /** {@code events.csv} → {@code events.mentions.csv}; {@code events} → {@code events.mentions}. */
    static Path mentionsFileOf(Path out) {
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String mentions = dot <= 0 ? name + ".mentions" : name.substring(0, dot) + ".mentions" + name.substring(dot);
        return out.resolveSibling(mentions);
    }

    private void selectEvents() throws SQLException {
        List<Object> values = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE true");
        if (query.from() != null) {
            where.append(" AND date_end >= ?");
            values.add(Date.valueOf(query.from()));
        }
        if (query.to() != null) {
            where.append(" AND date_start <= ?");
            values.add(Date.valueOf(query.to()));
        }
        if (query.actor() != null) {
            where.append(" AND (starts_with(source_code, ?) OR starts_with(target_code, ?))");
            values.add(query.actor());
            values.add(query.actor());
        }
        if (query.codePrefix() != null) {
            where.append(" AND starts_with(code, ?)");
            values.add(query.codePrefix());
        }
        try (PreparedStatement s = connection.prepareStatement("CREATE OR REPLACE TEMP TABLE export_events AS"
                + " SELECT *, row_number() OVER (ORDER BY date_start NULLS LAST, first_mention) AS event_order"
                + " FROM events" + where)) {
            for (int i = 0; i < values.size(); i++) {
                s.setObject(i + 1, values.get(i));
            }
            s.execute();
        }
    }

    private long copy(String select, Path file) throws SQLException {
        String options = switch (query.format()) {
            case CSV -> "FORMAT CSV, HEADER";
            case JSONL -> "FORMAT JSON";
            case PARQUET -> "FORMAT PARQUET";
            case GDELT -> throw new IllegalStateException("GDELT is not written by COPY");
        };
        try (Statement s = connection.createStatement()) {
            s.execute("COPY (" + select + ") TO " + literal(file.toString()) + " (" + options + ")");
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM (" + select + ")")) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** A SQL string literal: COPY takes no parameters, so the path is quoted here. */
    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
