package org.parley.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.model.Arc;

/**
 * Event nouns used as an adjunct of manner or cause of another act: "staged a strike in protest
 * against abuses by the police", "shelled the town in retaliation for raids by X". Such a noun
 * restates what the clause's subject does, which the clause's own trigger codes already; a "by"
 * phrase the parser hangs on the noun belongs to the wrong it answers ("abuses by the police"), so it
 * is never the noun's source: only the noun's possessor is ("in their protest"), and a "by" phrase
 * names the party the act is aimed at. (Giving such nouns the clause's subject as source was
 * measured: it mostly repeats the clause's event with other actors, so it is not done.)
 *
 * <p>An adjunct event noun is a noun trigger attached by {@code obl:in} to a verb. Stateless.
 */
final class AdjunctEvents {
    private static final Set<String> AGENTS = Set.of("nmod:by", "nmod:agent");

    private AdjunctEvents() {
    }

    /** Whether {@code m} is an event noun in an "in ..." adjunct of a verb ("in protest against X"). */
    static boolean isAdjunct(DependencyGraph graph, TriggerMatch m) {
        if (!m.isNoun()) {
            return false;
        }
        Arc up = graph.head(m.token());
        return up != null && up.relation().equals("obl:in") && up.governor() >= 0
                && graph.token(up.governor()).isVerb();
    }

    /**
     * Source tiers of {@code m}: for an adjunct event noun only its possessor ("in their protest"),
     * otherwise {@code tiers} unchanged.
     */
    static List<List<Integer>> sources(DependencyGraph graph, TriggerMatch m, List<List<Integer>> tiers) {
        if (!isAdjunct(graph, m)) {
            return tiers;
        }
        return List.of(graph.dependents(m.token(), Set.of("nmod:poss")));
    }

    /**
     * Target tiers of {@code m}: for an adjunct event noun with a "by" phrase, that phrase's heads (with
     * their conjuncts) first, then {@code tiers}; otherwise {@code tiers} unchanged.
     */
    static List<List<Integer>> targets(DependencyGraph graph, TriggerMatch m, List<List<Integer>> tiers) {
        if (!isAdjunct(graph, m)) {
            return tiers;
        }
        List<Integer> agents = new ArrayList<>(1);
        for (int agent : graph.dependents(m.token(), AGENTS)) {
            agents.add(agent);
            for (Arc arc : graph.dependents(agent)) {
                if (arc.baseRelation().equals("conj")) {
                    agents.add(arc.dependent());
                }
            }
        }
        if (agents.isEmpty()) {
            return tiers;
        }
        return ArgumentTiers.prepend(agents, tiers);
    }
}
