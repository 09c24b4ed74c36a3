package org.parley.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Going back on an undertaking rejects the party it was given to: "reneged on his commitment to
 * the Zambian people", "went back on its promise to the unions", "backed out of its deal with
 * Iran". The verb names the undertaking in an oblique; the party is that noun's own "to" or "with"
 * phrase, which no ordinary argument of the verb reaches.
 *
 * <p>Contract: for a verb trigger of rejection (CAMEO 12), the "to" and "with" phrases of its
 * "on", "from" and "out of" obliques come after every other tier, so they count only when nothing
 * nearer names a party; other triggers keep their tiers. Stateless.
 */
final class BrokenUndertakings {
    private static final Set<String> UNDERTAKING = Set.of("obl:on", "obl:from", "obl:out_of");
    private static final Set<String> GIVEN_TO = Set.of("nmod:to", "nmod:with");

    private BrokenUndertakings() {
    }

    /** {@code tiers} followed by the parties of the undertaking a rejection goes back on. */
    static List<List<Integer>> targetTiers(DependencyGraph graph, TriggerMatch m, List<List<Integer>> tiers) {
        if (m.isNoun() || !m.entry().code().startsWith("12")) {
            return tiers;
        }
        List<Integer> parties = new ArrayList<>(1);
        for (int undertaking : graph.dependents(m.token(), UNDERTAKING)) {
            parties.addAll(graph.dependents(undertaking, GIVEN_TO));
        }
        if (parties.isEmpty()) {
            return tiers;
        }
        List<List<Integer>> all = new ArrayList<>(tiers);
        all.add(parties);
        return all;
    }
}
