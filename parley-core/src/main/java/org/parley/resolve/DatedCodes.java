package org.parley.resolve;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The codes of a PETRARCH dictionary entry: an undated default and codes valid between dates. On a
 * day the narrowest range holding it wins (a short override inside a longer period, as PETRARCH's
 * own validation entries expect); with no range holding it, the default; with no date, the
 * default or else the latest range. A null entry is a null code: the phrase names no actor.
 */
final class DatedCodes implements ActorMeaning {

    /** One code and the days it holds; {@code from}/{@code to} null for an open end. */
    record Dated(ActorEntry entry, LocalDate from, LocalDate to) {
        boolean undated() {
            return from == null && to == null;
        }

        boolean holds(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        }

        long width() {
            LocalDate a = from == null ? LocalDate.MIN : from;
            LocalDate b = to == null ? LocalDate.MAX : to;
            return b.toEpochDay() - a.toEpochDay();
        }
    }

    private final List<Dated> codes;

    private DatedCodes(List<Dated> codes) {
        this.codes = List.copyOf(codes);
    }

    /** A constant meaning for one undated code, else a dated one. */
    static ActorMeaning of(List<Dated> codes) {
        if (codes.size() == 1 && codes.get(0).undated()) {
            ActorEntry only = codes.get(0).entry();
            return when -> only;
        }
        return new DatedCodes(codes);
    }

    @Override
    public ActorEntry on(LocalDate when) {
        Optional<Dated> fallback = codes.stream().filter(Dated::undated).findFirst();
        if (when == null) {
            return fallback.or(() -> codes.stream().max(Comparator.comparing(
                    d -> d.from() == null ? LocalDate.MIN : d.from()))).map(Dated::entry).orElse(null);
        }
        return codes.stream().filter(d -> !d.undated() && d.holds(when))
                .min(Comparator.comparingLong(Dated::width))
                .or(() -> fallback).map(Dated::entry).orElse(null);
    }
}
