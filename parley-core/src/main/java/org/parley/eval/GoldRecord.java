package org.parley.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One sentence of a gold set with the events its human coders found in it.
 *
 * @param set     the set it belongs to ("plover", "upetr", "petr2")
 * @param id      the record's id in its file
 * @param text    the sentence (sometimes two), whitespace runs folded to one space
 * @param date    the date the record carries, or {@code null}
 * @param codings the gold event codings; empty when the coders found no event
 * @param place   where the event happened according to the coders, or {@code null}
 */
public record GoldRecord(String set, String id, String text, LocalDate date, List<GoldCoding> codings,
                         GoldPlace place) {
    public GoldRecord {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        codings = List.copyOf(codings);
    }
}
