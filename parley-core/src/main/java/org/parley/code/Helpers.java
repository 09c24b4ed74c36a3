package org.parley.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A party named as the help an act is done with is on the actor's side, never the act's other
 * party: in "will tighten the blockade of Serbia with Albania's help" and "attacked the town with
 * the support of Russian jets" Albania and Russia help; the blockade and the attack are aimed
 * elsewhere.
 *
 * <p>Contract: removes from the target tiers every "with" phrase of the trigger or of its object
 * whose head is a noun of help ("help", "assistance", "support", "backing", "aid"); the tiers are
 * otherwise unchanged, so a party found elsewhere ("of Serbia") is the target. Stateless.
 */
final class Helpers {
    private static final Set<String> HELP = Set.of("help", "assistance", "support", "backing", "aid");
    private static final Set<String> WITH = Set.of("obl:with", "nmod:with");

    private Helpers() {
    }

    /** {@code tiers} without the phrases of help the act is done with. */
    static List<List<Integer>> without(DependencyGraph graph, TriggerMatch m, List<List<Integer>> tiers) {
        List<Integer> help = new ArrayList<>(1);
        for (int head : new int[] {m.token(), m.object()}) {
            if (head >= 0) {
                for (int with : graph.dependents(head, WITH)) {
                    if (HELP.contains(graph.lemma(with))) {
                        help.add(with);
                    }
                }
            }
        }
        if (help.isEmpty()) {
            return tiers;
        }
        List<List<Integer>> out = new ArrayList<>(tiers.size());
        for (List<Integer> tier : tiers) {
            List<Integer> kept = new ArrayList<>(tier);
            kept.removeAll(help);
            out.add(kept);
        }
        return out;
    }
}
