package org.parley.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.ontology.Cameo;
import org.parley.ontology.CameoCode;

/**
 * The event type labels that gold and Parley are compared on: PLOVER 2.0 types, with the older
 * PLOVER labels of the gold file folded in (DEMAND is REQUEST, FIGHT is ASSAULT, DISAPPROVE is
 * ACCUSE, INVESTIGATE is whatever CAMEO root 09 maps to) and CONCEDE, RETREAT and the older
 * YIELD counted as one type, {@value #CONCEDE_RETREAT}, because the older version did not tell
 * them apart.
 */
final class EventTypes {

    static final String CONCEDE_RETREAT = "CONCEDE/RETREAT";

    /** Labels in PLOVER order, for tables. */
    static final List<String> ORDER = List.of("AGREE", "CONSULT", "SUPPORT", CONCEDE_RETREAT, "COOPERATE", "AID",
            "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

    private static final Map<String, String> OLDER = Map.of(
            "DEMAND", "REQUEST",
            "FIGHT", "ASSAULT",
            "DISAPPROVE", "ACCUSE",
            "CONCEDE", CONCEDE_RETREAT,
            "RETREAT", CONCEDE_RETREAT,
            "YIELD", CONCEDE_RETREAT);

    private final Cameo cameo;

    EventTypes(Cameo cameo) {
        this.cameo = cameo;
    }

    /** The comparison label of a PLOVER label of any version, or {@code null} for none. */
    String fold(String plover) {
        if (plover == null || plover.isBlank()) {
            return null;
        }
        String label = plover.strip().toUpperCase(Locale.ROOT);
        if (label.equals("INVESTIGATE")) {
            return fold(cameo.get("09").plover().name());
        }
        return OLDER.getOrDefault(label, label);
    }

    /**
     * The comparison label of a gold coding: its PLOVER label, else the PLOVER type of its CAMEO
     * code, else of that code's root; {@code null} when neither is known (the PETRARCH unit tests
     * use made-up codes such as 903).
     */
    String of(GoldCoding coding) {
        if (coding.plover() != null) {
            return fold(coding.plover());
        }
        String root = cameoRoot(coding.cameo());
        if (root == null) {
            return null;
        }
        CameoCode code = cameo.find(coding.cameo()).orElseGet(() -> cameo.get(root));
        return fold(code.plover().name());
    }

    /** The two-digit root of a CAMEO code whose root exists ("19" for "1951"), or {@code null}. */
    String cameoRoot(String code) {
        if (code == null || code.length() < 2) {
            return null;
        }
        String root = code.substring(0, 2);
        return cameo.find(root).isPresent() ? root : null;
    }
}
