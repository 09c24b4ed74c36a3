package org.parley.eval;

import java.util.Locale;
import java.util.MissingResourceException;

/** ISO 3166 alpha-2 to alpha-3, as the JDK knows it ("CH" → "CHE"). */
final class Iso3 {

    private Iso3() {
    }

    /** The alpha-3 code of an alpha-2 code, or {@code null} when there is none or none is known. */
    static String ofAlpha2(String alpha2) {
        if (alpha2 == null || alpha2.length() != 2) {
            return null;
        }
        try {
            String alpha3 = new Locale("", alpha2.toUpperCase(Locale.ROOT)).getISO3Country();
            return alpha3.isEmpty() ? null : alpha3;
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
