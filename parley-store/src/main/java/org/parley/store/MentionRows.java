package org.parley.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Locale;
import org.parley.dedup.DateRange;
import org.parley.dedup.StoredMention;
import org.parley.model.Actor;
import org.parley.model.Attribution;
import org.parley.model.EventMention;
import org.parley.model.Mood;
import org.parley.model.Place;
import org.parley.model.PlacePrecision;
import org.parley.model.Span;
import org.parley.model.Trigger;

/** Event mentions to and from rows of the {@code mentions} table. */
final class MentionRows {

    static final String INSERT = "INSERT INTO mentions (mention_id, doc_id, sentence, ordinal, code, root, plover, quad,"
            + " goldstein, source_text, source_code, source_country, source_sector, source_start, source_end,"
            + " target_text, target_code, target_country, target_sector, target_start, target_end,"
            + " trigger_text, trigger_start, trigger_end, date, date_start, date_end, place_name, place_country,"
            + " place_region, place_lat, place_lon, place_geonames_id, place_precision, negated, mood,"
            + " attribution_text, attribution_code, evidence, evidence_start, evidence_end, confidence)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

    /** Mentions with their document's publisher and url, in blocks that dedup can cut. */
    static final String SELECT_FOR_DEDUP = "SELECT m.*, d.source AS publisher, d.url AS url FROM mentions m"
            + " JOIN documents d USING (doc_id)"
            + " ORDER BY m.root, m.negated, m.mood,"
            + " least(coalesce(m.source_code, '~' || m.source_text), coalesce(m.target_code, '~' || m.target_text, '-')),"
            + " greatest(coalesce(m.source_code, '~' || m.source_text), coalesce(m.target_code, '~' || m.target_text, '-')),"
            + " m.doc_id, m.ordinal";

    private MentionRows() {
    }

    static void bind(PreparedStatement s, EventMention m, int ordinal) throws SQLException {
        int i = 1;
        s.setString(i++, StoredMention.idOf(m, ordinal));
        s.setString(i++, m.doc());
        s.setInt(i++, m.sentence());
        s.setInt(i++, ordinal);
        s.setString(i++, m.code());
        s.setString(i++, m.root());
        s.setString(i++, m.plover());
        s.setInt(i++, m.quad());
        s.setDouble(i++, m.goldstein());
        i = actor(s, i, m.source());
        i = actor(s, i, m.target());
        s.setString(i++, m.trigger().text());
        i = span(s, i, m.trigger().span());
        s.setString(i++, m.date());
        DateRange range = DateRange.parse(m.date()).orElse(null);
        i = dates(s, i, range);
        Place p = m.place();
        s.setString(i++, p == null ? null : p.name());
        s.setString(i++, p == null ? null : p.country());
        s.setString(i++, p == null ? null : p.region());
        setDouble(s, i++, p == null ? null : p.lat());
        setDouble(s, i++, p == null ? null : p.lon());
        setLong(s, i++, p == null ? null : p.geonamesId());
        s.setString(i++, p == null || p.precision() == null ? null : p.precision().label());
        s.setBoolean(i++, m.negated());
        s.setString(i++, m.mood().label());
        s.setString(i++, m.attribution() == null ? null : m.attribution().text());
        s.setString(i++, m.attribution() == null ? null : m.attribution().code());
        s.setString(i++, m.evidence() == null ? "" : m.evidence());
        i = span(s, i, m.evidenceSpan());
        s.setDouble(i, m.confidence());
    }

    /** The mention of a row of {@link #SELECT_FOR_DEDUP}. */
    static StoredMention read(ResultSet r) throws SQLException {
        Place place = r.getString("place_name") == null ? null : new Place(r.getString("place_name"),
                r.getString("place_country"), r.getString("place_region"), getDouble(r, "place_lat"),
                getDouble(r, "place_lon"), getLong(r, "place_geonames_id"), precision(r.getString("place_precision")));
        Attribution attribution = r.getString("attribution_text") == null ? null
                : new Attribution(r.getString("attribution_text"), r.getString("attribution_code"));
        EventMention m = new EventMention(r.getString("doc_id"), r.getInt("sentence"), r.getString("code"),
                r.getString("root"), r.getString("plover"), r.getInt("quad"), r.getDouble("goldstein"),
                actor(r, "source"), actor(r, "target"),
                new Trigger(r.getString("trigger_text"), span(r, "trigger")), r.getString("date"), place,
                r.getBoolean("negated"), Mood.valueOf(r.getString("mood").toUpperCase(Locale.ROOT)), attribution,
                r.getString("evidence"), span(r, "evidence"), r.getDouble("confidence"));
        return new StoredMention(r.getString("mention_id"), r.getInt("ordinal"), r.getString("publisher"),
                r.getString("url"), m);
    }

    static int dates(PreparedStatement s, int i, DateRange range) throws SQLException {
        setDate(s, i++, range == null ? null : range.start());
        setDate(s, i++, range == null ? null : range.end());
        return i;
    }

    static void setDate(PreparedStatement s, int i, java.time.LocalDate day) throws SQLException {
        if (day == null) {
            s.setNull(i, Types.DATE);
        } else {
            s.setDate(i, Date.valueOf(day));
        }
    }

    static int actor(PreparedStatement s, int i, Actor a) throws SQLException {
        s.setString(i++, a == null ? null : a.text());
        s.setString(i++, a == null ? null : a.code());
        s.setString(i++, a == null ? null : a.country());
        s.setString(i++, a == null ? null : a.sector());
        return span(s, i, a == null ? null : a.span());
    }

    private static int span(PreparedStatement s, int i, Span span) throws SQLException {
        if (span == null) {
            s.setNull(i++, Types.INTEGER);
            s.setNull(i++, Types.INTEGER);
        } else {
            s.setInt(i++, span.start());
            s.setInt(i++, span.end());
        }
        return i;
    }

    static void setDouble(PreparedStatement s, int i, Double value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.DOUBLE);
        } else {
            s.setDouble(i, value);
        }
    }

    static void setLong(PreparedStatement s, int i, Long value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.BIGINT);
        } else {
            s.setLong(i, value);
        }
    }

    private static Actor actor(ResultSet r, String side) throws SQLException {
        String text = r.getString(side + "_text");
        if (text == null) {
            return null;
        }
        return new Actor(text, r.getString(side + "_code"), r.getString(side + "_country"),
                r.getString(side + "_sector"), span(r, side));
    }

    private static Span span(ResultSet r, String prefix) throws SQLException {
        int start = r.getInt(prefix + "_start");
        if (r.wasNull()) {
            return null;
        }
        return new Span(start, r.getInt(prefix + "_end"));
    }

    private static Double getDouble(ResultSet r, String column) throws SQLException {
        double value = r.getDouble(column);
        return r.wasNull() ? null : value;
    }

    private static Long getLong(ResultSet r, String column) throws SQLException {
        long value = r.getLong(column);
        return r.wasNull() ? null : value;
    }

    private static PlacePrecision precision(String label) {
        return label == null ? null : PlacePrecision.valueOf(label.toUpperCase(Locale.ROOT));
    }
}
