package org.parley.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The party a yielding event allows to act, when its object names the permission and the act: "gave
 * permission to (for) Russia to help Israel" allows Russia, "granted approval for the company to
 * build" the company. The parser hangs the act on the object as an infinitive clause ({@code acl})
 * whose subject is the party allowed; that subject is the event's target. Only for yielding (root
 * 08: "gave permission" is 080 as "allowed"), whose object is a licence to someone else; a noun's
 * infinitive clause elsewhere is a purpose or content, not a party ("made an offer to help").
 * Stateless; safe to share.
 */
final class Permissions {
    private static final Set<String> CLAUSES = Set.of("acl", "acl:to", "acl:for");

    private Permissions() {
    }

    /** The subjects of the infinitive clauses of the event's consumed object, for a yielding event; else none. */
    static List<Integer> allowed(DependencyGraph graph, TriggerMatch m, String code) {
        List<Integer> parties = new ArrayList<>(1);
        if (!code.startsWith("08") || m.object() < 0) {
            return parties;
        }
        for (int clause : graph.dependents(m.object(), CLAUSES)) {
            parties.addAll(graph.dependents(clause, Set.of("nsubj")));
        }
        return parties;
    }
}
