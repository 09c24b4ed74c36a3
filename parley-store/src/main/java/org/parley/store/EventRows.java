package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.parley.dedup.DedupEvent;
import org.parley.dedup.Merge;
import org.parley.model.Actor;
import org.parley.model.Place;

/** Writes deduplicated events and their merges, replacing what an earlier deduplication wrote. */
final class EventRows {

    private static final String INSERT_EVENT = "INSERT INTO events (event_id, code, root, plover, quad, goldstein,"
            + " source_code, source_country, source_sector, source_text, target_code, target_country, target_sector,"
            + " target_text, date, date_start, date_end, place_name, place_country, place_region, place_lat, place_lon,"
            + " place_geonames_id, place_precision, mentions, sources, documents, first_mention, source_url,"
            + " negated, mood) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String INSERT_MERGE = "INSERT INTO merges (event_id, mention_id, reason) VALUES (?,?,?)";
    private static final int BATCH = 1000;

    private EventRows() {
    }

    /** Replaces events and merges with these, and points every mention at its event. The caller commits. */
    static void replace(Connection c, List<DedupEvent> events) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM merges");
            s.execute("DELETE FROM events");
        }
        try (PreparedStatement event = c.prepareStatement(INSERT_EVENT);
             PreparedStatement merge = c.prepareStatement(INSERT_MERGE)) {
            int pending = 0;
            for (DedupEvent e : events) {
                bind(event, e);
                event.addBatch();
                for (Merge m : e.merges()) {
                    merge.setString(1, e.eventId());
                    merge.setString(2, m.mentionId());
                    merge.setString(3, m.reason());
                    merge.addBatch();
                    pending++;
                }
                if (++pending >= BATCH) {
                    event.executeBatch();
                    merge.executeBatch();
                    pending = 0;
                }
            }
            event.executeBatch();
            merge.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.execute("UPDATE mentions SET event_id = NULL WHERE event_id IS NOT NULL");
            s.execute("UPDATE mentions SET event_id = merges.event_id FROM merges"
                    + " WHERE merges.mention_id = mentions.mention_id");
        }
    }

    private static void bind(PreparedStatement s, DedupEvent e) throws SQLException {
        int i = 1;
        s.setString(i++, e.eventId());
        s.setString(i++, e.code());
        s.setString(i++, e.root());
        s.setString(i++, e.plover());
        s.setInt(i++, e.quad());
        s.setDouble(i++, e.goldstein());
        i = actor(s, i, e.source());
        i = actor(s, i, e.target());
        s.setString(i++, e.date());
        i = MentionRows.dates(s, i, e.dateRange());
        Place p = e.place();
        s.setString(i++, p == null ? null : p.name());
        s.setString(i++, p == null ? null : p.country());
        s.setString(i++, p == null ? null : p.region());
        MentionRows.setDouble(s, i++, p == null ? null : p.lat());
        MentionRows.setDouble(s, i++, p == null ? null : p.lon());
        MentionRows.setLong(s, i++, p == null ? null : p.geonamesId());
        s.setString(i++, p == null || p.precision() == null ? null : p.precision().label());
        s.setInt(i++, e.mentions());
        s.setInt(i++, e.sources());
        s.setInt(i++, e.documents());
        s.setString(i++, e.firstMention());
        s.setString(i++, e.sourceUrl());
        s.setBoolean(i++, e.negated());
        s.setString(i, e.mood().label());
    }

    private static int actor(PreparedStatement s, int i, Actor a) throws SQLException {
        s.setString(i++, a == null ? null : a.code());
        s.setString(i++, a == null ? null : a.country());
        s.setString(i++, a == null ? null : a.sector());
        s.setString(i++, a == null ? null : a.text());
        return i;
    }
}
