package org.parley.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The country of a destination that names no party: "dispatched inspectors to a uranium plant in
 * central Iran" sends them to Iran, "shipped grain to camps in Sudan" to Sudan. A place a
 * destination lies in stands for its country, as any place target does.
 *
 * <p>Contract: for a verb trigger with a "to" or "into" oblique, the places of that oblique's own
 * "in" phrase, and the "in" obliques of the trigger that follow the destination (where parsers
 * hang a destination's "in" phrase), come after every other tier, so they count only when nothing
 * nearer names a party. Without a destination an "in" phrase is only where the act was done, and
 * the tiers are left alone. Stateless.
 */
final class Destinations {
    private static final Set<String> DESTINATION = Set.of("obl:to", "obl:into");

    private Destinations() {
    }

    /** {@code tiers} followed by the places the trigger's destinations lie in. */
    static List<List<Integer>> targetTiers(DependencyGraph graph, TriggerMatch m, List<List<Integer>> tiers) {
        if (m.isNoun()) {
            return tiers;
        }
        List<Integer> destinations = graph.dependents(m.token(), DESTINATION);
        if (destinations.isEmpty()) {
            return tiers;
        }
        int first = destinations.stream().mapToInt(Integer::intValue).min().orElseThrow();
        List<Integer> places = new ArrayList<>(1);
        for (int destination : destinations) {
            places.addAll(graph.dependents(destination, Set.of("nmod:in")));
        }
        for (int place : graph.dependents(m.token(), Set.of("obl:in"))) {
            if (place > first && !places.contains(place)) {
                places.add(place); // "to the plant in central Iran" misattached to the verb
            }
        }
        if (places.isEmpty()) {
            return tiers;
        }
        List<List<Integer>> all = new ArrayList<>(tiers);
        all.add(places);
        return all;
    }
}
