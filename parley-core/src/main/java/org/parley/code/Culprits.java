package org.parley.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.model.Arc;

/**
 * Whom an investigation, a complaint or an accusation is aimed at when it names a wrong rather than
 * a party: the wrong's agent. "investigating war crimes by Croatian extremists against Serb
 * civilians" investigates the extremists, not the civilians; "condemned the attack by X on Y"
 * criticises X; "launched an investigation into crimes committed by X" investigates X.
 *
 * <p>Applies to investigations (CAMEO 09) and disapproval (11: criticise, accuse, complain). The
 * wrong is the trigger's object (consumed by the trigger or not), or the phrase a noun trigger or the
 * event noun the trigger consumed governs through "into", "of", "over" or "about"; its agent is its own "by" phrase or the "by"
 * phrase of a participle describing it ("crimes committed by X"), with the agent's conjuncts. Other
 * events are left alone: victims of a wrong are the party of aid or protest, not of blame. Stateless.
 */
final class Culprits {
    private static final Set<String> AGENT_RELATIONS = Set.of("obl:agent", "obl:by", "nmod:by", "nmod:agent");
    private static final Set<String> NOUN_TOPICS = Set.of("nmod:into", "nmod:of", "nmod:over", "nmod:about");

    private Culprits() {
    }

    /**
     * The target tiers {@code tiers} of {@code m} with the agents of the wrong it is about put first,
     * as a tier of their own; {@code tiers} unchanged when the event is no investigation or
     * disapproval or its wrong names no agent.
     */
    static List<List<Integer>> first(DependencyGraph graph, TriggerMatch m, List<List<Integer>> tiers) {
        String code = m.entry().code();
        if (!code.startsWith("09") && !code.startsWith("11")) {
            return tiers;
        }
        List<Integer> agents = agents(graph, wrongs(graph, m));
        if (agents.isEmpty()) {
            return tiers;
        }
        return ArgumentTiers.prepend(agents, tiers);
    }

    /** The phrases naming the wrong: the object, or a noun trigger's topic ("an investigation into X"). */
    private static List<Integer> wrongs(DependencyGraph graph, TriggerMatch m) {
        List<Integer> wrongs = new ArrayList<>(2);
        if (m.object() >= 0) {
            wrongs.add(m.object());
        }
        Set<String> relations = m.isNoun() ? NOUN_TOPICS : Set.of("obj");
        for (int w : graph.dependents(m.token(), relations)) {
            if (!wrongs.contains(w)) {
                wrongs.add(w);
            }
        }
        if (m.object() >= 0) { // "launched an investigation into X": the topic of the event noun consumed
            for (int w : graph.dependents(m.object(), NOUN_TOPICS)) {
                if (!wrongs.contains(w)) {
                    wrongs.add(w);
                }
            }
        }
        return wrongs;
    }

    /** The "by" agents of the wrongs and of participles describing them, with their conjuncts. */
    private static List<Integer> agents(DependencyGraph graph, List<Integer> wrongs) {
        List<Integer> agents = new ArrayList<>(1);
        for (int w : wrongs) {
            addAgents(graph, w, agents);
            for (int participle : graph.dependents(w, Set.of("acl"))) {
                addAgents(graph, participle, agents);
            }
        }
        return agents;
    }

    private static void addAgents(DependencyGraph graph, int head, List<Integer> agents) {
        for (int agent : graph.dependents(head, AGENT_RELATIONS)) {
            if (!agents.contains(agent)) {
                agents.add(agent);
            }
            for (Arc arc : graph.dependents(agent)) {
                if (arc.baseRelation().equals("conj") && !agents.contains(arc.dependent())) {
                    agents.add(arc.dependent());
                }
            }
        }
    }
}
