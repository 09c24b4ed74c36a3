package org.parley.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.model.Arc;

/**
 * The other party of an open complement when the complement's own arguments name none, looked for one
 * step deeper:
 *
 * <ol>
 *   <li>the arguments ({@link ArgumentFinder#clauseTargets}) of the open complements and clauses of
 *       purpose below the complement, nearest first ("willing to send material to help defend X":
 *       the object of "defend");</li>
 *   <li>the place a recipient phrase of the complement (or of those clauses) is in ("ready to
 *       contribute troops to an international force in X": the force names no country, its place
 *       does). Recipients are the objects and the to, into, toward(s) obliques.</li>
 * </ol>
 *
 * <p>Heads are returned in tiers of preference, as {@link ArgumentFinder} returns them; the caller
 * keeps only actors of a country. At most {@value #DEPTH} clauses deep.
 */
final class NestedParties {
    private static final int DEPTH = 3;
    private static final Set<String> RECIPIENT_PREPS = Set.of("to", "into", "toward", "towards");

    private final DependencyGraph graph;
    private final ArgumentFinder arguments;

    NestedParties(DependencyGraph graph, ArgumentFinder arguments) {
        this.graph = graph;
        this.arguments = arguments;
    }

    /** Target tiers below and inside the complement whose verb is {@code complement}; empty for -1. */
    List<List<Integer>> of(int complement) {
        if (complement < 0) {
            return List.of();
        }
        List<Integer> verbs = new ArrayList<>(4);
        verbs.add(complement);
        for (int i = 0; i < verbs.size() && verbs.size() <= DEPTH; i++) {
            for (Arc arc : graph.dependents(verbs.get(i))) {
                int d = arc.dependent();
                if (isOpenOrPurpose(arc) && !verbs.contains(d)) {
                    verbs.add(d);
                }
            }
        }
        List<List<Integer>> tiers = new ArrayList<>();
        for (int verb : verbs.subList(1, verbs.size())) {
            tiers.addAll(arguments.clauseTargets(verb));
        }
        List<Integer> places = new ArrayList<>(1);
        for (int verb : verbs) {
            for (Arc arc : graph.dependents(verb)) {
                if (isRecipient(arc)) {
                    places.addAll(graph.dependents(arc.dependent(), Set.of("nmod:in")));
                }
            }
        }
        tiers.add(places);
        return tiers;
    }

    private boolean isOpenOrPurpose(Arc arc) {
        String base = arc.baseRelation();
        return base.equals("xcomp")
                || base.equals("advcl") && graph.hasDependent(arc.dependent(), "mark", Set.of("to"));
    }

    private static boolean isRecipient(Arc arc) {
        return arc.relation().equals("obj") || arc.relation().equals("iobj")
                || arc.baseRelation().equals("obl") && RECIPIENT_PREPS.contains(arc.subtype());
    }
}
