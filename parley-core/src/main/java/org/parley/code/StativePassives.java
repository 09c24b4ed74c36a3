package org.parley.code;

import java.util.List;
import java.util.Set;

/**
 * Passive participles that state the subject's own stance, not something done to it: "Vietnam is
 * committed to opening its economy", "the government is dedicated to the peace process". Without
 * an agent ("committed by X" would be an ordinary passive) the passive subject is the one who
 * commits, so it is the source before the (empty) agent tier. Stateless.
 */
final class StativePassives {
    private static final Set<String> STANCES = Set.of("commit", "dedicate", "devote");

    private StativePassives() {
    }

    /** {@code tiers} with the passive subjects first when {@code m} is such a participle without an agent. */
    static List<List<Integer>> sourceTiers(DependencyGraph graph, TriggerMatch m, List<List<Integer>> tiers) {
        int verb = m.token();
        if (m.isNoun() || !STANCES.contains(graph.lemma(verb)) || !graph.isPassive(verb)
                || !graph.dependents(verb, Set.of("obl:agent", "obl:by")).isEmpty()) {
            return tiers;
        }
        List<Integer> subjects = graph.dependents(verb, Set.of("nsubj:pass"));
        if (subjects.isEmpty()) {
            return tiers;
        }
        return ArgumentTiers.prepend(subjects, tiers);
    }
}
