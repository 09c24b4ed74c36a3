package org.parley.code;

import java.util.List;
import java.util.Set;
import org.parley.model.Arc;

/**
 * Event nouns that a verb casts its object as, or puts it under: "used villagers <em>as human
 * shields</em>", "held refugees <em>as human shields</em>", "was put <em>under investigation</em> by
 * prosecutors". The verb's subject (or agent) performs the event (the verb carries the noun as a
 * support verb would) and the verb's object (or passive subject) undergoes it. Only verbs of using or
 * holding cast, and only "put" and "place" put under: "described the raid as an attack" reports no
 * attack by the describer. Stateless.
 */
final class CastNouns {
    private static final Set<String> CASTING_VERBS = Set.of("use", "hold", "keep", "exploit");
    /** Verbs that put their object under an event noun: "placed him under arrest", "was put under investigation". */
    private static final Set<String> PLACING_VERBS = Set.of("put", "place");

    private CastNouns() {
    }

    /**
     * Whether this arc puts an event noun in the "as" phrase of a casting verb, or in the "under"
     * phrase of a placing verb.
     */
    static boolean casts(DependencyGraph graph, Arc arc) {
        if (arc.governor() < 0) {
            return false;
        }
        String verb = graph.lemma(arc.governor());
        return arc.relation().equals("obl:as") && CASTING_VERBS.contains(verb)
                || arc.relation().equals("obl:under") && PLACING_VERBS.contains(verb);
    }

    /**
     * The object or passive subject of the verb that casts the noun trigger {@code m}, as one tier of
     * target heads ("villagers" in "used villagers as human shields"); empty when the noun is not cast
     * by its carrying verb.
     */
    static List<List<Integer>> castObject(DependencyGraph graph, TriggerMatch m) {
        int verb = m.supportVerb();
        Set<String> noun = Set.of(graph.lemma(m.token()));
        if (!m.isNoun() || verb < 0 || !graph.hasDependent(verb, "obl:as", noun) && !graph.hasDependent(verb, "obl:under", noun)) {
            return List.of();
        }
        List<Integer> objects = graph.dependents(verb, Set.of("obj", "nsubj:pass"));
        return objects.isEmpty() ? List.of() : List.of(objects);
    }
}
