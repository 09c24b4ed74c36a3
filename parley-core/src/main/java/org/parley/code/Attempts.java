package org.parley.code;

import java.util.Set;
import org.parley.model.Arc;

/**
 * An attempted assassination told with a verb or noun of attempting: "militants attempted to
 * assassinate the prime minister", "an attempt to assassinate the governor was thwarted". The
 * codebook codes the attempt (185), not the assassination (186) the words name; its lexicon entry
 * "assassination attempt" covers the compound noun only. Stateless.
 */
final class Attempts {
    private static final Set<String> ATTEMPTING = Set.of("attempt", "try", "bid");

    private Attempts() {
    }

    /** 185 for an assassination (186) in the infinitive of a verb or noun of attempting, else {@code code}. */
    static String refine(DependencyGraph graph, TriggerMatch m, String code) {
        if (!code.equals("186") || m.isNoun()) {
            return code;
        }
        Arc up = graph.head(m.token());
        boolean attempted = up != null && up.governor() >= 0 && ATTEMPTING.contains(graph.lemma(up.governor()))
                && (up.relation().equals("xcomp") || up.relation().equals("acl:to"));
        return attempted ? "185" : code;
    }
}
