package org.parley.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.model.Arc;

/**
 * Victims a trailing participle only counts are among the party the clause before it acted on:
 * in "police opened fire to disperse the demonstrators, killing one person and arresting 12" the
 * one killed and the twelve arrested are demonstrators; in "troops shelled the rebels, wounding
 * 50" the fifty wounded are rebels. English states the toll of an act of force in such a clause
 * and names the people again only by a number.
 *
 * <p>Contract: for a verb trigger of coercion or force (CAMEO 17–20) that is a present participle
 * ({@code VBG}) whose objects are all counts (a number, or a noun with a number: "12", "one
 * person", "at least eight people"), the targets of the clauses it elaborates (the verb it is a
 * conjunct, open complement, adverbial clause or loose dependent of, and theirs, nearest first, at
 * most {@value #DEPTH} steps up, only clauses before it) come after every other tier, so they count
 * only when nothing the participle itself names is a party. Other triggers keep their tiers.
 * Stateless.
 */
final class CountedVictims {
    private static final int DEPTH = 3;
    /** The ways a participle clause hangs from the clause it elaborates. */
    private static final Set<String> ELABORATES = Set.of("conj", "xcomp", "advcl", "dep");

    private CountedVictims() {
    }

    /** {@code tiers} followed by the targets of the clauses a counting participle elaborates. */
    static List<List<Integer>> targetTiers(DependencyGraph graph, TriggerMatch m, ArgumentFinder arguments,
                                           List<List<Integer>> tiers) {
        if (!isCountingParticiple(graph, m)) {
            return tiers;
        }
        List<List<Integer>> all = new ArrayList<>(tiers);
        for (int clause : elaborated(graph, m.token())) {
            all.addAll(arguments.clauseTargets(clause));
        }
        return all;
    }

    private static boolean isCountingParticiple(DependencyGraph graph, TriggerMatch m) {
        String root = m.entry().code().substring(0, 2);
        if (m.isNoun() || !graph.token(m.token()).pos().equals("VBG")
                || !Set.of("17", "18", "19", "20").contains(root)) {
            return false;
        }
        List<Integer> objects = graph.dependents(m.token(), Set.of("obj"));
        if (objects.isEmpty()) {
            return false;
        }
        for (int object : objects) {
            if (!isCount(graph, object)) {
                return false;
            }
        }
        return true;
    }

    /** "12", "one person", "at least eight people": a number, or a noun counted by one. */
    private static boolean isCount(DependencyGraph graph, int noun) {
        return graph.token(noun).pos().equals("CD") || !graph.dependents(noun, Set.of("nummod")).isEmpty();
    }

    /** The verbs before the participle whose act it elaborates, nearest first. */
    private static List<Integer> elaborated(DependencyGraph graph, int participle) {
        List<Integer> clauses = new ArrayList<>(2);
        List<Integer> frontier = new ArrayList<>(List.of(participle));
        for (int step = 0; step < DEPTH && !frontier.isEmpty(); step++) {
            List<Integer> next = new ArrayList<>(2);
            for (int verb : frontier) {
                for (Arc arc : conjunctsFirst(graph.governors(verb))) {
                    int governor = arc.governor();
                    if (governor >= 0 && governor < participle && ELABORATES.contains(arc.baseRelation())
                            && graph.token(governor).isVerb() && !clauses.contains(governor)) {
                        clauses.add(governor);
                        next.add(governor);
                    }
                }
            }
            frontier = next;
        }
        return clauses;
    }

    /** A conjunct's first verb did the act it continues, so it comes before the verb both hang from. */
    private static List<Arc> conjunctsFirst(List<Arc> arcs) {
        List<Arc> ordered = new ArrayList<>(arcs.size());
        arcs.stream().filter(a -> a.baseRelation().equals("conj")).forEach(ordered::add);
        arcs.stream().filter(a -> !a.baseRelation().equals("conj")).forEach(ordered::add);
        return ordered;
    }
}
