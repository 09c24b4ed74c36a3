package org.parley.code;

import java.util.Set;

/**
 * Verbs that expel: "expel" itself and the phrasal verbs of putting out ("forced the agency out",
 * "drove the inspectors out", "ordered the peacekeepers out"). Their object is the party expelled,
 * not the source's own people, as it is for "withdrew its peacekeepers" or "pulled out its
 * inspectors" under the same codes (166x). Stateless.
 */
final class Expulsions {
    private static final Set<String> PUTTING_OUT = Set.of("force", "drive", "kick", "push", "order");

    private Expulsions() {
    }

    /** Whether the entry's verb expels its object. */
    static boolean expels(LexiconEntry entry) {
        return entry.lemma().equals("expel") || "out".equals(entry.particle()) && PUTTING_OUT.contains(entry.lemma());
    }
}
