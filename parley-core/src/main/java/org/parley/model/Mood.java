package org.parley.model;

import java.util.Locale;

/** Whether an event is said to have happened, to be intended, to be asked for, or only supposed. */
public enum Mood {
    /** Said to have happened or to be happening. */
    ASSERTED,
    /** Announced, promised or planned by its source ("will", "plans to", "vowed to"). */
    INTENDED,
    /** Asked or demanded of its source by someone else ("urged X to ..."). */
    REQUESTED,
    /** Conditional or possible ("could", "if", "may"). */
    HYPOTHETICAL;

    /** The lower-case name used in JSON. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
