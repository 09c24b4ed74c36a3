package org.parley.model;

import java.util.Locale;

/** How exactly a {@link Place} is known, from the coarsest to the finest. */
public enum PlacePrecision {
    COUNTRY, REGION, CITY;

    /** The lower-case name used in JSON and in the store ("city"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
