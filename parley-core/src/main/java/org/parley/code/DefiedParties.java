package org.parley.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.model.Arc;

/**
 * The party a protest or demand is aimed at when the sentence names it in an adjunct rather than
 * as an object: "blocked streets in defiance of the authorities" (the party defied), "rioted
 * after a demonstration calling for the removal of the president" and "demanded the resignation
 * of the minister" (the party whose removal is called for: CAMEO's demand for a change in
 * leadership is aimed at that leader).
 *
 * <p>Contract: {@link #targetTiers} puts one tier of such heads before the given tiers for a
 * protest (CAMEO 14) or a demand (10) trigger, and returns the tiers unchanged when there is none.
 * The defied party is the "of" complement of an "in defiance" oblique of the trigger or its clause
 * head; the removed party is the "of" complement of a removal noun that is the trigger's object,
 * or the "for" oblique of a participle of calling or demanding ("calling for", "demanding")
 * attached to the clause head, to its object or obliques, or to an oblique's noun. Stateless.
 */
final class DefiedParties {
    /** Nouns for taking a leader or body out of office. */
    private static final Set<String> REMOVALS = Set.of("removal", "resignation", "ouster", "overthrow", "dismissal",
            "departure", "downfall", "impeachment", "sacking", "firing", "fall");
    /** Participles whose "for" phrase or object is what a protest calls for. */
    private static final Set<String> CALLS = Set.of("call", "demand", "urge", "seek");

    private DefiedParties() {
    }

    static List<List<Integer>> targetTiers(DependencyGraph graph, TriggerMatch m, List<List<Integer>> tiers) {
        String code = m.entry().code();
        boolean protest = code.startsWith("14");
        if (!protest && !code.startsWith("10")) {
            return tiers;
        }
        List<Integer> found = new ArrayList<>(1);
        for (int anchor : m.token() == m.clauseHead() ? List.of(m.token()) : List.of(m.token(), m.clauseHead())) {
            for (Arc arc : graph.dependents(anchor)) {
                boolean oblique = arc.baseRelation().equals("obl") || arc.baseRelation().equals("nmod");
                if (oblique && arc.subtype().equals("in") && graph.lemma(arc.dependent()).equals("defiance")) {
                    addOf(graph, found, arc.dependent());
                }
            }
        }
        if (m.object() >= 0 && REMOVALS.contains(graph.lemma(m.object()))) {
            addOf(graph, found, m.object()); // "demanded the removal of X"
        }
        if (protest) {
            List<Integer> holders = new ArrayList<>(List.of(m.clauseHead()));
            for (Arc arc : graph.dependents(m.clauseHead())) {
                String base = arc.baseRelation();
                if (base.equals("obj") || base.equals("obl") || base.equals("nsubj")) {
                    holders.add(arc.dependent()); // "following a demonstration calling for ..."
                }
            }
            for (int holder : holders) {
                for (Arc arc : graph.dependents(holder)) {
                    String base = arc.baseRelation();
                    if ((base.equals("acl") || base.equals("advcl") || base.equals("xcomp"))
                            && CALLS.contains(graph.lemma(arc.dependent()))) {
                        removedBy(graph, found, arc.dependent());
                    }
                }
            }
        }
        if (found.isEmpty()) {
            return tiers;
        }
        return ArgumentTiers.prepend(found, tiers);
    }

    /** The removed party of what a participle of calling asks for: "calling for the removal of X", "demanding the resignation of X". */
    private static void removedBy(DependencyGraph graph, List<Integer> found, int call) {
        for (Arc arc : graph.dependents(call)) {
            boolean asked = arc.relation().equals("obl:for") || arc.baseRelation().equals("obj");
            if (asked && REMOVALS.contains(graph.lemma(arc.dependent()))) {
                addOf(graph, found, arc.dependent());
            }
        }
    }

    private static void addOf(DependencyGraph graph, List<Integer> found, int noun) {
        for (int of : graph.dependents(noun, Set.of("nmod:of"))) {
            if (!found.contains(of)) {
                found.add(of);
            }
        }
    }
}
