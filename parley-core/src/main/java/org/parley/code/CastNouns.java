package org.parley.code;

import java.util.List;
import java.util.Set;
import org.parley.model.Arc;

/**
 * Event nouns that a verb casts its object as: "used villagers <em>as human shields</em>", "held
 * refugees <em>as human shields</em>". The verb's subject performs the event (the verb carries the
 * noun as a support verb would) and the verb's object undergoes it. Only verbs of using or holding
 * cast: "described the raid as an attack" reports no attack by the describer. Stateless.
 */
final class CastNouns {
    private static final Set<String> CASTING_VERBS = Set.of("use", "hold", "keep", "exploit");

    private CastNouns() {
    }

    /** Whether this arc puts an event noun in the "as" phrase of a casting verb. */
    static boolean casts(DependencyGraph graph, Arc arc) {
        return arc.relation().equals("obl:as") && arc.governor() >= 0 && CASTING_VERBS.contains(graph.lemma(arc.governor()));
    }

    /**
     * The object of the verb that casts the noun trigger {@code m}, as one tier of target heads ("villagers"
     * in "used villagers as human shields"); empty when the noun is not cast by its carrying verb.
     */
    static List<List<Integer>> castObject(DependencyGraph graph, TriggerMatch m) {
        int verb = m.supportVerb();
        if (!m.isNoun() || verb < 0 || !graph.hasDependent(verb, "obl:as", Set.of(graph.lemma(m.token())))) {
            return List.of();
        }
        List<Integer> objects = graph.dependents(verb, Set.of("obj"));
        return objects.isEmpty() ? List.of() : List.of(objects);
    }
}
