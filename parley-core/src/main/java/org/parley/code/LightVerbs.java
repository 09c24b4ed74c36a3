package org.parley.code;

import java.util.List;
import java.util.Set;
import org.parley.model.Arc;

/**
 * Verbs of taking part that carry an event noun in their "in" phrase, as support verbs carry one in
 * their object: "Serb forces were engaged in ethnic cleansing", "the army engaged in looting",
 * "militias involved in the massacre". Whoever engages in the event performs it, whether the verb
 * is active ("engaged in") or a passive form used as an adjective ("were engaged in", "are involved
 * in"), so the verb's subject, passive or not, is the event's source. Verbs of being in a state
 * carry a state noun in their "on" phrase the same way ("Israeli troops remained on alert": the
 * codebook's own example of 152), their active subject its source; for "were put on alert" the
 * passive subject is the troops, not who alerted them, so the ordinary tiers (the agent) stay.
 * Stateless.
 */
final class LightVerbs {
    private static final Set<String> ENGAGING = Set.of("engage", "involve", "indulge");
    /** Verbs of being, staying or putting in a state, with the state in an "on" phrase ("remained on alert"). */
    private static final Set<String> STATING = Set.of("be", "remain", "stay", "go", "put", "place", "keep");

    private LightVerbs() {
    }

    /**
     * Whether {@code arc} puts an event noun in the "in" phrase of a verb of taking part without an
     * object, or in the
     * "on" phrase of a verb of being or putting in a state ("troops remained on alert", "were put on
     * alert", "workers stayed on strike"): a state one is in is one the subject keeps up.
     */
    static boolean carries(DependencyGraph graph, Arc arc) {
        if (arc.governor() < 0) {
            return false;
        }
        String verb = graph.lemma(arc.governor());
        // "rebels engaged Turkish troops in a firefight": a transitive verb of engaging names the other party
        return arc.relation().equals("obl:in") && ENGAGING.contains(verb) && graph.dependents(arc.governor(), Set.of("obj")).isEmpty()
                || arc.relation().equals("obl:on") && STATING.contains(verb);
    }

    /**
     * {@code tiers} with the subjects of the verb of taking part that carries the noun trigger
     * {@code m} put first; {@code tiers} unchanged when {@code m} is not so carried.
     */
    static List<List<Integer>> sourceTiers(DependencyGraph graph, TriggerMatch m, List<List<Integer>> tiers) {
        int verb = m.supportVerb();
        if (!m.isNoun() || verb < 0 || !ENGAGING.contains(graph.lemma(verb))
                || !graph.dependents(verb, Set.of("obl:in")).contains(m.token())) {
            return tiers;
        }
        List<Integer> subjects = graph.dependents(verb, Set.of("nsubj", "nsubj:pass"));
        if (subjects.isEmpty()) {
            return tiers;
        }
        return ArgumentTiers.prepend(subjects, tiers);
    }
}
