package org.parley.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Arming oneself against a named party is a threat of force against it (CAMEO 138; 1385 for
 * weapons of mass destruction): "claims to be manufacturing chemical weapons to use against X",
 * "is building bombs for use against X", "developed missiles against X". Making or stockpiling
 * weapons with no party they are meant for is no event, so the lexicon's weapon-making entries
 * (a verb of making with a weapon object, coded 138 or 1385) hold only when such a party is named.
 *
 * <p>Contract: the aim is the "against" phrase of the verb, of its weapon object, or of a clause of
 * using ("to use", "for use") under either. {@link #unaimed} is true for a weapon-making trigger
 * without an aim; {@link #targetTiers} puts the aim first for one with it. Stateless.
 */
final class WeaponsForUse {
    private static final Set<String> MAKING = Set.of("manufacture", "produce", "develop", "build", "make", "stockpile",
            "amass", "assemble");
    private static final Set<String> AGAINST = Set.of("obl:against", "nmod:against");
    private static final Set<String> USES = Set.of("xcomp", "acl", "acl:to", "advcl", "advcl:to", "nmod:for", "obl:for",
            "acl:for", "advcl:for");

    private WeaponsForUse() {
    }

    /** Whether {@code m} is a weapon-making trigger that names no party the weapons are for. */
    static boolean unaimed(DependencyGraph graph, TriggerMatch m) {
        return isMaking(graph, m) && aim(graph, m).isEmpty();
    }

    /** {@code tiers} with the party the weapons are for put first; unchanged for other triggers. */
    static List<List<Integer>> targetTiers(DependencyGraph graph, TriggerMatch m, List<List<Integer>> tiers) {
        if (!isMaking(graph, m)) {
            return tiers;
        }
        List<Integer> aim = aim(graph, m);
        if (aim.isEmpty()) {
            return tiers;
        }
        return ArgumentTiers.prepend(aim, tiers);
    }

    private static boolean isMaking(DependencyGraph graph, TriggerMatch m) {
        return !m.isNoun() && m.entry().code().startsWith("138") && MAKING.contains(graph.lemma(m.token()));
    }

    private static List<Integer> aim(DependencyGraph graph, TriggerMatch m) {
        List<Integer> heads = new ArrayList<>(List.of(m.token()));
        if (m.object() >= 0 && m.object() != m.token()) {
            heads.add(m.object());
        }
        List<Integer> parties = new ArrayList<>(2);
        for (int head : heads) {
            parties.addAll(graph.dependents(head, AGAINST));
            for (int use : graph.dependents(head, USES)) {
                if (graph.lemma(use).equals("use")) {
                    parties.addAll(graph.dependents(use, AGAINST));
                }
            }
        }
        return parties;
    }
}
