package org.parley.code;

import java.util.ArrayList;
import java.util.List;
import org.parley.model.Arc;

/**
 * Whose proposal a rejection turns down: in "Yemen rejected a U.S. request to question detainees"
 * the target is the United States, the owner of the request, before any party inside the
 * request's own phrase (its addressee, or a party the parser wrongly hangs on it).
 *
 * <p>Design decision: the codebook's rejections (12) are coded against the party whose demand,
 * offer or plan is rejected; the rejecter is usually the request's addressee, so the owner is the
 * other party. Applies to verb triggers of root 12 that consumed an object with a possessor
 * ("Israel's offer") or a proper-noun modifier ("a U.S. request", "the Annan plan"). Stateless.
 */
final class RejectedProposals {
    private RejectedProposals() {
    }

    /** {@code tiers} with the owners of a rejected object as a first tier, or {@code tiers} as they are. */
    static List<List<Integer>> targetTiers(DependencyGraph graph, TriggerMatch m, List<List<Integer>> tiers) {
        if (m.isNoun() || m.object() < 0 || !m.entry().code().startsWith("12")) {
            return tiers;
        }
        List<Integer> owners = new ArrayList<>(1);
        for (Arc arc : graph.dependents(m.object())) {
            boolean possessor = arc.relation().equals("nmod:poss") && !graph.token(arc.dependent()).pos().equals("PRP$");
            boolean named = arc.relation().equals("compound") && graph.token(arc.dependent()).isProperNoun();
            if (possessor || named) {
                owners.add(arc.dependent());
            }
        }
        if (owners.isEmpty()) {
            return tiers;
        }
        return ArgumentTiers.prepend(owners, tiers);
    }
}
