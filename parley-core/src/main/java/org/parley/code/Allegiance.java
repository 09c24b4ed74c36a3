package org.parley.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.model.Arc;

/**
 * The party a group's phrase declares it loyal to: "troops loyal to President X", "militants loyal
 * to Iraq's Al-Qaeda frontman", "forces faithful to the king". News names the sides of a civil war
 * so, and the group is on that party's side of the war, so of its country ({@link ActorLocator}).
 * Stateless.
 */
final class Allegiance {
    private static final Set<String> LOYAL = Set.of("loyal", "faithful", "allegiant");

    private Allegiance() {
    }

    /** Heads of the phrases the phrase headed by {@code head} is loyal to, in sentence order; empty when none. */
    static List<Integer> sides(DependencyGraph graph, int head) {
        List<Integer> sides = new ArrayList<>(1);
        for (Arc arc : graph.dependents(head)) {
            if (arc.relation().equals("amod") && LOYAL.contains(graph.lemma(arc.dependent()))) {
                sides.addAll(graph.dependents(arc.dependent(), Set.of("obl:to", "nmod:to")));
            }
        }
        return sides;
    }
}
