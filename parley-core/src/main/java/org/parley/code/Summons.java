package org.parley.code;

import java.util.List;
import java.util.Set;
import org.parley.model.Arc;

/**
 * A complaint, demand or protest made by summoning its addressee: in "the minister summoned X's
 * ambassador to complain of inaction" the parser controls "complain" by the object, but the one who
 * summons is the one who complains (CAMEO codes the summoning of an envoy as the summoner's
 * complaint to the envoy's government), and the summoned envoy is the addressee.
 *
 * <p>Contract: {@link #summoner} is non-empty only for a verb trigger of a complaint, disapproval,
 * demand or protest (10, 11, 14) heading an open complement or infinitive of purpose of "summon" or
 * "call in"; it then holds the subjects of that verb, and {@link #summoned} its objects.
 */
final class Summons {
    private static final Set<String> SUMMONING = Set.of("summon", "convoke");

    private Summons() {
    }

    /** The subjects of the summoning verb whose purpose the trigger states; empty when there is none. */
    static List<Integer> summoner(DependencyGraph graph, TriggerMatch m) {
        int verb = summoningVerb(graph, m);
        return verb < 0 ? List.of() : graph.dependents(verb, Set.of("nsubj"));
    }

    /** The objects of that summoning verb: the envoys summoned; empty when there is none. */
    static List<Integer> summoned(DependencyGraph graph, TriggerMatch m) {
        int verb = summoningVerb(graph, m);
        return verb < 0 ? List.of() : graph.dependents(verb, Set.of("obj"));
    }

    private static int summoningVerb(DependencyGraph graph, TriggerMatch m) {
        String code = m.entry().code();
        if (m.isNoun() || !(code.startsWith("10") || code.startsWith("11") || code.startsWith("14"))) {
            return -1;
        }
        Arc up = graph.head(m.token());
        if (up == null || !(up.baseRelation().equals("xcomp") || up.baseRelation().equals("advcl"))
                || !graph.hasDependent(m.token(), "mark", Set.of("to"))) {
            return -1;
        }
        int verb = up.governor();
        boolean summons = SUMMONING.contains(graph.lemma(verb))
                || graph.lemma(verb).equals("call") && graph.hasDependent(verb, "compound:prt", Set.of("in"));
        return summons && !graph.dependents(verb, Set.of("obj")).isEmpty() ? verb : -1;
    }
}
