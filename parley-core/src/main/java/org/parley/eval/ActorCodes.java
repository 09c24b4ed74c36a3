package org.parley.eval;

import java.util.Locale;
import java.util.Map;
import org.parley.model.Actor;

/**
 * How gold actor codes are compared with Parley's actors.
 *
 * <p>The <em>primary code</em> of an actor code is its first three letters: the ISO 3166 country
 * ("ISR" of "ISRGOV") or the generic international code ("IGO" of "IGOUNOIAE", "NGO", "IMG").
 * The gold files' older CAMEO country codes are read as their ISO ones (JAP is JPN, ITL is ITA,
 * VTN is VNM). A gold code whose country is {@code ---} (unknown country) agrees with any actor.
 * Parley's primary code is taken from the actor's country, so an actor Parley knows only by its
 * sector ("GOV") has none and agrees with nothing.
 */
final class ActorCodes {

    static final String UNKNOWN_COUNTRY = "---";

    private static final Map<String, String> OLDER = Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM");

    private ActorCodes() {
    }

    /** Whether Parley's actor has the gold code's primary code. */
    static boolean agree(String gold, Actor actor) {
        if (actor == null) {
            return false;
        }
        String primary = primary(gold);
        return UNKNOWN_COUNTRY.equals(primary) || (primary != null && primary.equals(primary(actor.country())));
    }

    /** Whether Parley's actor has exactly the gold code, country and sectors. */
    static boolean same(String gold, Actor actor) {
        return actor != null && actor.code() != null && normal(gold).equals(normal(actor.code()));
    }

    static String primary(String code) {
        if (code == null || code.length() < 3) {
            return null;
        }
        return normal(code).substring(0, 3);
    }

    private static String normal(String code) {
        String upper = code.toUpperCase(Locale.ROOT);
        if (upper.length() < 3) {
            return upper;
        }
        String country = upper.substring(0, 3);
        return OLDER.getOrDefault(country, country) + upper.substring(3);
    }
}
