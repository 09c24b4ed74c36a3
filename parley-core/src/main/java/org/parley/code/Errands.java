package org.parley.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.model.Arc;

/**
 * The errand a sender gives the people it sends: "the UN sent inspectors to Bosnia to investigate",
 * "Egypt dispatched a team to Gaza to monitor the truce". The purpose clause is the sender's act
 * (CAMEO codes the sender of inspectors as the investigator, as it codes "sent inspectors"), so
 * the sender is its source, before any subject the parser gave the infinitive (often a misread
 * date: "on Wednesday to investigate"); the place sent to is its target when the act names no
 * party of its own, and stands for its country as any place target does. Stateless.
 */
final class Errands {
    private static final Set<String> SENDING = Set.of("send", "dispatch", "despatch");

    private Errands() {
    }

    /** {@code tiers} with the sender's subjects first when {@code m} is the purpose of a sending. */
    static List<List<Integer>> sourceTiers(DependencyGraph graph, TriggerMatch m, List<List<Integer>> tiers) {
        int sending = sending(graph, m);
        if (sending < 0) {
            return tiers;
        }
        List<Integer> senders = graph.dependents(sending, Set.of("nsubj"));
        return senders.isEmpty() ? tiers : prepend(senders, tiers);
    }

    /** {@code tiers} with the destination of the sending last when {@code m} is its purpose. */
    static List<List<Integer>> targetTiers(DependencyGraph graph, TriggerMatch m, List<List<Integer>> tiers) {
        int sending = sending(graph, m);
        if (sending < 0) {
            return tiers;
        }
        List<Integer> destinations = graph.dependents(sending, Set.of("obl:to"));
        if (destinations.isEmpty()) {
            return tiers;
        }
        List<List<Integer>> out = new ArrayList<>(tiers);
        out.add(destinations);
        return out;
    }

    /** The active verb of sending whose infinitive of purpose {@code m} is, or -1. */
    private static int sending(DependencyGraph graph, TriggerMatch m) {
        if (m.isNoun()) {
            return -1;
        }
        Arc up = graph.head(m.token());
        if (up == null || up.governor() < 0 || !up.baseRelation().equals("advcl")
                || !graph.hasDependent(m.token(), "mark", Set.of("to"))
                || !SENDING.contains(graph.lemma(up.governor())) || graph.isPassive(up.governor())) {
            return -1;
        }
        return up.governor();
    }

    private static List<List<Integer>> prepend(List<Integer> first, List<List<Integer>> tiers) {
        return ArgumentTiers.prepend(first, tiers);
    }
}
