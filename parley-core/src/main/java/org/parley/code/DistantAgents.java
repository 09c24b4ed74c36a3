package org.parley.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.model.Arc;

/**
 * The accuser of a passive accusation whose "by" phrase the parser hung inside the wrong: "X has
 * been accused of misusing public funds, much of it embezzled, by officials" parses "by officials"
 * as the agent of "embezzled" (or a modifier of "funds"), yet it names who accuses X. Applies to a
 * passive verb trigger of CAMEO 11 (disapproval, accusation) that has a passive subject and no
 * agent of its own; the agent is the first {@code by} phrase inside the trigger's {@code of}
 * complement that is set off by a comma or hangs on a plain noun (a noun's "by" in "funds by
 * officials" cannot be the noun's agent). Stateless.
 */
final class DistantAgents {
    private static final Set<String> AGENTS = Set.of("obl:agent", "nmod:by", "obl:by", "nmod:agent");
    private static final Set<String> COMPLEMENTS = Set.of("obl:of", "advcl:of", "nmod:of");

    private DistantAgents() {
    }

    /** {@code tiers} with the distant accuser put first; {@code tiers} unchanged when there is none. */
    static List<List<Integer>> sourceTiers(DependencyGraph graph, TriggerMatch m, List<List<Integer>> tiers) {
        int verb = m.token();
        if (m.isNoun() || !m.entry().code().startsWith("11") || !graph.isPassive(verb)
                || graph.dependents(verb, Set.of("nsubj:pass")).isEmpty() || !graph.dependents(verb, AGENTS).isEmpty()) {
            return tiers;
        }
        for (int wrong : graph.dependents(verb, COMPLEMENTS)) {
            int agent = agentWithin(graph, wrong, verb);
            if (agent >= 0) {
                return ArgumentTiers.prepend(List.of(agent), tiers);
            }
        }
        return tiers;
    }

    /** The first qualifying "by" party in the subtree of {@code top}, or -1; {@code trigger} bounds the walk. */
    private static int agentWithin(DependencyGraph graph, int top, int trigger) {
        List<Integer> frontier = new ArrayList<>(List.of(top));
        boolean[] seen = new boolean[graph.size()];
        int best = -1;
        while (!frontier.isEmpty()) {
            int node = frontier.remove(0);
            if (node == trigger || seen[node]) {
                continue;
            }
            seen[node] = true;
            for (Arc arc : graph.dependents(node)) {
                int d = arc.dependent();
                if (arc.relation().endsWith(":xsubj") || arc.relation().startsWith("ref")) {
                    continue;
                }
                if (AGENTS.contains(arc.relation()) && (setOff(graph, d) || isPlainNoun(graph, node))
                        && (best < 0 || d < best)) {
                    best = d;
                }
                frontier.add(d);
            }
        }
        return best;
    }

    /** Whether the phrase of {@code party} begins right after a comma (", by officials"). */
    private static boolean setOff(DependencyGraph graph, int party) {
        for (int i = party - 1; i > 0; i--) {
            if (graph.token(i).word().equalsIgnoreCase("by")) {
                return graph.token(i - 1).word().equals(",");
            }
        }
        return false;
    }

    private static boolean isPlainNoun(DependencyGraph graph, int i) {
        String pos = graph.token(i).pos();
        return pos.equals("NN") || pos.equals("NNS");
    }
}
