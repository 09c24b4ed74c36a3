package org.parley.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.parley.model.Place;

/**
 * How Parley's place compares with a gold record's event location, for developers: why a place is
 * missed. It is what the place figures of {@link Evaluation} count, one record at a time.
 *
 * @param record       the gold record, which has a place
 * @param scored       the place the figures judge (of the first matched event with one, else of the
 *                     first event with one), or {@code null} when no event has a place
 * @param eventPlaces  the place of every event Parley coded in the record, in order, {@code null}
 *                     for an event without one
 * @param nameRight    whether {@code scored} has the gold place's name
 * @param countryRight whether {@code scored} is in the gold place's country; {@code null} when the
 *                     gold place has no country
 */
public record PlaceCheck(GoldRecord record, Place scored, List<Place> eventPlaces, boolean nameRight,
                         Boolean countryRight) {

    /** Why the place is right or wrong. */
    public enum Cause {
        /** The name is right. */
        RIGHT,
        /** Parley coded no event in the record: a matter of coding coverage, not of places. */
        NO_EVENT,
        /** Events were coded, but none has a place. */
        NO_PLACE,
        /** An event has a place, and it is not the gold one. */
        WRONG_PLACE
    }

    public PlaceCheck {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(record.place(), "record.place");
        eventPlaces = Collections.unmodifiableList(new ArrayList<>(eventPlaces));
    }

    /** The cause, judged on the name. */
    public Cause cause() {
        if (nameRight) {
            return Cause.RIGHT;
        }
        if (eventPlaces.isEmpty()) {
            return Cause.NO_EVENT;
        }
        return scored == null ? Cause.NO_PLACE : Cause.WRONG_PLACE;
    }
}
