package org.parley.eval;

import java.util.List;
import java.util.Objects;
import org.parley.model.EventMention;

/**
 * A gold coding Parley got wrong, with what Parley coded in that record, for developers.
 *
 * @param record     the gold record
 * @param coding     the gold coding
 * @param kind       whether the pair was missed or typed wrongly
 * @param goldType   the gold coding's comparison type, or {@code null} when unknown
 * @param parleyType the type Parley gave the pair, or {@code null} when it missed the pair
 * @param events     every event Parley coded in the record
 */
public record Miss(GoldRecord record, GoldCoding coding, Kind kind, String goldType, String parleyType,
                   List<EventMention> events) {

    /** What went wrong. */
    public enum Kind {
        /** Parley coded no event between the gold coding's actors. */
        MISSED,
        /** Parley coded the pair, but with another type. */
        WRONG_TYPE
    }

    public Miss {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(coding, "coding");
        Objects.requireNonNull(kind, "kind");
        events = List.copyOf(events);
    }
}
