package org.parley.code;

import java.util.Set;
import org.parley.model.Arc;

/**
 * Whether a verb has a phrasal-verb particle. Besides the parser's {@code compound:prt}, "out"
 * counts for a verb with an object when the parser read "out of" as one preposition: "forced the
 * agency out of the country" is "forced out", with the place left as the phrase's object. Stateless.
 */
final class Particles {
    private Particles() {
    }

    static boolean has(DependencyGraph graph, int verb, String particle) {
        if (graph.hasDependent(verb, "compound:prt", Set.of(particle))) {
            return true;
        }
        if (!particle.equals("out") || graph.dependents(verb, Set.of("obj")).isEmpty()) {
            return false; // "walked out of the talks", "pulled out of Iraq": the parser keeps those particles
        }
        for (Arc arc : graph.dependents(verb)) {
            if (arc.relation().equals("obl:out_of")) {
                return true;
            }
        }
        return false;
    }
}
