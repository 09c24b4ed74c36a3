package org.parley.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.model.Arc;

/**
 * The party a protest is against when it is named only inside what is protested: "protested at
 * the settlement of X", "staged a strike in protest of the government's refusal", "in protest
 * against violations by X". What is protested is an "at", "over" or "about" phrase of the protest
 * verb, the "of", "against", "at", "over" complement of an "in protest" adjunct, or the "against",
 * "at", "over" complement of an "in", "during" or "at" adjunct naming a protest ("in a strike over X",
 * "during demonstrations against X"), of the trigger,
 * its support verb, its consumed object, the noun its clause describes, or a relative clause of
 * these ("a strike that shut down the city in protest of X").
 *
 * <p>Contract: {@link #of} returns head tiers in order of preference: the protested phrases
 * themselves; their possessors ("the government's refusal"); their agents ("violations by X",
 * "crimes committed by X"); their "of" complements ("the arrest of activists"). Empty for a trigger
 * that is no protest (CAMEO 14), and when nothing is protested.
 */
final class ProtestedParties {
    private static final Set<String> VERB_PREPS = Set.of("at", "over", "about");
    private static final Set<String> PROTEST_PREPS = Set.of("of", "against", "at", "over");
    /** Protest nouns a protest act is done in or during; their aim is an "against", "over" or "at" phrase. */
    private static final Set<String> PROTEST_NOUNS = Set.of("strike", "demonstration", "rally", "march", "boycott",
            "sit-in", "walkout", "hunger-strike", "protest");
    private static final Set<String> ADJUNCT_PREPS = Set.of("in", "during", "at");
    private static final Set<String> AIM_PREPS = Set.of("against", "at", "over");

    private final DependencyGraph graph;

    ProtestedParties(DependencyGraph graph) {
        this.graph = graph;
    }

    List<List<Integer>> of(TriggerMatch m) {
        if (!m.entry().code().startsWith("14")) {
            return List.of();
        }
        List<Integer> protested = new ArrayList<>(2);
        if (!m.isNoun()) {
            addObliques(protested, m.token(), VERB_PREPS);
        }
        List<Integer> anchors = new ArrayList<>(List.of(m.token(), m.clauseHead()));
        if (m.object() >= 0) {
            anchors.add(m.object());
        }
        Arc up = graph.head(m.clauseHead());
        if (up != null && up.baseRelation().equals("acl")) {
            anchors.add(up.governor()); // "a rally held in protest of X": the noun the clause describes
        }
        for (int anchor : List.copyOf(anchors)) {
            for (Arc arc : graph.dependents(anchor)) {
                if (arc.relation().equals("acl:relcl") && !anchors.contains(arc.dependent())) {
                    anchors.add(arc.dependent()); // "a strike that shut down the city in protest of X"
                }
            }
        }
        for (int anchor : anchors) {
            for (Arc arc : graph.dependents(anchor)) {
                int d = arc.dependent();
                boolean oblique = arc.baseRelation().equals("obl") || arc.baseRelation().equals("nmod");
                if (oblique && arc.subtype().equals("in") && graph.lemma(d).equals("protest")) {
                    addObliques(protested, d, PROTEST_PREPS);
                } else if (oblique && ADJUNCT_PREPS.contains(arc.subtype()) && PROTEST_NOUNS.contains(graph.lemma(d))) {
                    addObliques(protested, d, AIM_PREPS); // "stopped work in a strike over X", "during rallies against X"
                }
            }
        }
        List<Integer> owners = new ArrayList<>(1);
        List<Integer> agents = new ArrayList<>(1);
        for (int phrase : protested) {
            owners.addAll(graph.dependents(phrase, Set.of("nmod:poss")));
            addObliques(agents, phrase, Set.of("by", "agent"));
            for (int participle : graph.dependents(phrase, Set.of("acl"))) {
                addObliques(agents, participle, Set.of("by", "agent"));
            }
        }
        return List.of(protested, owners, agents);
    }

    private void addObliques(List<Integer> heads, int governor, Set<String> preps) {
        for (Arc arc : graph.dependents(governor)) {
            String base = arc.baseRelation();
            if ((base.equals("obl") || base.equals("nmod")) && preps.contains(arc.subtype())
                    && !heads.contains(arc.dependent())) {
                heads.add(arc.dependent());
            }
        }
    }
}
