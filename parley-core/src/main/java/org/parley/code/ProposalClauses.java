package org.parley.code;

import java.util.Set;
import org.parley.model.Arc;

/**
 * The clause that spells out a proposal an event accepts or rejects: "rejected a call for its
 * peacekeepers to be deployed in East Timor", "accepted an offer to hold talks with X". The party
 * such a proposal concerns is the other party of its acceptance or rejection when the clause names
 * no other: the UN rejected a call concerning East Timor.
 *
 * <p>Contract: {@link #of} gives, for a verb trigger of agreement or rejection (03, 12) with a
 * consumed or direct object, the verb of an infinitive clause modifying that object ({@code acl}
 * marked "to"); -1 when there is none. Open complements the parser gives the verb instead are the
 * caller's ({@link Embeddings}), so they are not returned here.
 */
final class ProposalClauses {
    private ProposalClauses() {
    }

    static int of(DependencyGraph graph, TriggerMatch m) {
        String code = m.entry().code();
        if (m.isNoun() || !(code.startsWith("03") || code.startsWith("12"))) {
            return -1;
        }
        int object = m.object() >= 0 ? m.object()
                : graph.dependents(m.token(), Set.of("obj")).stream().findFirst().orElse(-1);
        if (object < 0) {
            return -1;
        }
        for (Arc arc : graph.dependents(object)) {
            if (arc.baseRelation().equals("acl") && graph.hasDependent(arc.dependent(), "mark", Set.of("to"))) {
                return arc.dependent();
            }
        }
        return -1;
    }
}
