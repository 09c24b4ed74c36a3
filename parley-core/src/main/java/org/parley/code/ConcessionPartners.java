package org.parley.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The party a concession is made to when the sentence names it only as the other side of the
 * talks that led to it: "called off the strike after talks with the government", "lifted the
 * curfew following negotiations with X" yield to X. Applies to CAMEO 08 (yield); the talks are an
 * "after"/"following" adjunct of the trigger or of its object whose head is a noun of talking, and
 * the party is that noun's "with" phrase, or a "with" phrase the parser hung beside it on the
 * same head ("a strike after deliberations with X" read as "a strike ... with X"). Stateless.
 */
final class ConcessionPartners {
    private static final Set<String> AFTER = Set.of("nmod:after", "obl:after", "nmod:following", "obl:following");
    private static final Set<String> WITH = Set.of("nmod:with", "obl:with");
    private static final Set<String> TALKS = Set.of("talk", "negotiation", "deliberation", "consultation", "discussion",
            "meeting", "dialogue", "dialog", "agreement", "deal", "accord", "mediation");

    private ConcessionPartners() {
    }

    /** {@code tiers} with the party of the preceding talks put first; unchanged when there are none. */
    static List<List<Integer>> targetTiers(DependencyGraph graph, TriggerMatch m, List<List<Integer>> tiers) {
        if (!m.entry().code().startsWith("08")) {
            return tiers;
        }
        List<Integer> heads = new ArrayList<>(List.of(m.token()));
        if (m.object() >= 0 && m.object() != m.token()) {
            heads.add(m.object());
        }
        for (int head : heads) {
            for (int talks : graph.dependents(head, AFTER)) {
                if (!TALKS.contains(graph.lemma(talks))) {
                    continue;
                }
                List<Integer> parties = graph.dependents(talks, WITH);
                if (parties.isEmpty()) {
                    parties = graph.dependents(head, WITH);
                }
                if (!parties.isEmpty()) {
                    return ArgumentTiers.prepend(parties, tiers);
                }
            }
        }
        return tiers;
    }
}
