package org.parley.code;

import java.util.List;
import java.util.Set;
import org.parley.model.Arc;

/**
 * The actor of an act done through measures: "X has taken several steps to enhance political
 * freedoms", "X took measures to ease access" make X the one who enhances or eases, though the
 * parser gives the infinitive the measures ("steps") as its controlled subject, or hangs it on the
 * measure noun as a clause of its own. Applies to a verb trigger that is the infinitive
 * complement of a verb whose object is a measure noun, or an infinitive clause of such a noun that
 * is the object of a verb; that verb's subject comes first. Stateless.
 */
final class MeasuresTaken {
    private static final Set<String> MEASURES = Set.of("step", "measure", "action", "move", "initiative", "effort");
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass");

    private MeasuresTaken() {
    }

    /** {@code tiers} with the subject of the verb taking the measures put first; unchanged when absent. */
    static List<List<Integer>> sourceTiers(DependencyGraph graph, TriggerMatch m, List<List<Integer>> tiers) {
        if (m.isNoun()) {
            return tiers;
        }
        Arc up = graph.head(m.token());
        if (up == null || up.governor() < 0) {
            return tiers;
        }
        int verb = -1;
        if (up.relation().equals("xcomp") && measureObject(graph, up.governor())) {
            verb = up.governor(); // "took steps to enhance": xcomp of "took", its object the steps
        } else if (up.relation().startsWith("acl") && MEASURES.contains(graph.lemma(up.governor()))) {
            verb = graph.clauseOf(up.governor()); // "took steps to enhance": clause of "steps"
        }
        List<Integer> subjects = verb < 0 ? List.of() : graph.dependents(verb, SUBJECTS);
        if (subjects.isEmpty()) {
            return tiers;
        }
        return ArgumentTiers.prepend(subjects, tiers);
    }

    private static boolean measureObject(DependencyGraph graph, int verb) {
        for (int object : graph.dependents(verb, Set.of("obj"))) {
            if (MEASURES.contains(graph.lemma(object))) {
                return true;
            }
        }
        return false;
    }
}
