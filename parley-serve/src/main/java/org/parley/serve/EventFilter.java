package org.parley.serve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code /api/events}, {@code /api/dyads} and {@code /api/timeline} select: every field is
 * optional ({@code null} selects all). Actor, source and target are code prefixes ("ISR" selects
 * ISR, ISRGOV, ISRMIL); country matches the source's, the target's or the place's country; the
 * date range selects events whose date interval overlaps [from, to].
 */
record EventFilter(String actor, String source, String target, String code, String root,
                   String plover, String country, LocalDate from, LocalDate to, String q) {

    static EventFilter of(Params params) {
        LocalDate from = params.firstDay("from");
        LocalDate to = params.lastDay("to");
        if (from != null && to != null && to.isBefore(from)) {
            throw new ApiException(400, "parameter 'to': " + to + " is before 'from' " + from);
        }
        return new EventFilter(params.actor("actor"), params.actor("source"), params.actor("target"),
                params.cameoCode("code"), params.cameoRoot("root"), params.plover("plover"),
                params.country("country"), from, to, params.text("q"));
    }

    /**
     * The SQL condition over the events table (aliased {@code e}) and its parameters, in order.
     * The text query is not part of it: the caller narrows by the search index's event ids.
     */
    Condition condition() {
        List<String> terms = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (actor != null) {
            terms.add("(starts_with(e.source_code, ?) OR starts_with(e.target_code, ?))");
            values.add(actor);
            values.add(actor);
        }
        if (source != null) {
            terms.add("starts_with(e.source_code, ?)");
            values.add(source);
        }
        if (target != null) {
            terms.add("starts_with(e.target_code, ?)");
            values.add(target);
        }
        add(terms, values, "e.code = ?", code);
        add(terms, values, "e.root = ?", root);
        add(terms, values, "e.plover = ?", plover);
        if (country != null) {
            terms.add("(e.source_country = ? OR e.target_country = ? OR e.place_country = ?)");
            values.add(country);
            values.add(country);
            values.add(country);
        }
        add(terms, values, "e.date_end >= ?", from);
        add(terms, values, "e.date_start <= ?", to);
        return new Condition(terms.isEmpty() ? "TRUE" : String.join(" AND ", terms), values);
    }

    private static void add(List<String> terms, List<Object> values, String term, Object value) {
        if (value != null) {
            terms.add(term);
            values.add(value);
        }
    }

    /** A SQL boolean expression with {@code ?} placeholders and the values that fill them. */
    record Condition(String sql, List<Object> values) {
        Condition and(String moreSql, List<?> moreValues) {
            List<Object> all = new ArrayList<>(values);
            all.addAll(moreValues);
            return new Condition("(" + sql + ") AND " + moreSql, List.copyOf(all));
        }
    }
}
