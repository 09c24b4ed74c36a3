package org.parley.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Counts for {@link EventStore#stats()}. */
final class StatsQuery {

    private StatsQuery() {
    }

    static StoreStats run(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            long documents;
            long sentences;
            try (ResultSet r = s.executeQuery("SELECT count(*), coalesce(sum(sentences), 0) FROM documents")) {
                r.next();
                documents = r.getLong(1);
                sentences = r.getLong(2);
            }
            long mentions = count(s, "mentions");
            long events = count(s, "events");
            long failures = count(s, "failures");
            List<StoreStats.SourceCount> bySource = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT source, count(*), sum(mentions) FROM documents"
                    + " GROUP BY source ORDER BY count(*) DESC, source NULLS LAST")) {
                while (r.next()) {
                    bySource.add(new StoreStats.SourceCount(r.getString(1), r.getLong(2), r.getLong(3)));
                }
            }
            List<StoreStats.MonthCount> byMonth = new ArrayList<>();
            try (ResultSet r = s.executeQuery("WITH d AS (SELECT strftime(published, '%Y-%m') AS month,"
                    + " count(*) AS documents, sum(mentions) AS mentions FROM documents GROUP BY ALL),"
                    + " e AS (SELECT strftime(date_start, '%Y-%m') AS month, count(*) AS events FROM events GROUP BY ALL)"
                    + " SELECT coalesce(d.month, e.month), coalesce(d.documents, 0), coalesce(d.mentions, 0),"
                    + " coalesce(e.events, 0) FROM d FULL OUTER JOIN e ON d.month IS NOT DISTINCT FROM e.month"
                    + " ORDER BY 1 NULLS LAST")) {
                while (r.next()) {
                    byMonth.add(new StoreStats.MonthCount(r.getString(1), r.getLong(2), r.getLong(3), r.getLong(4)));
                }
            }
            return new StoreStats(documents, sentences, mentions, events, failures, bySource, byMonth);
        }
    }

    private static long count(Statement s, String table) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }
}
