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
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "csubj");
    /** The phrases by which a noun of dealings names the parties to them ("a dispute with X", "a meeting of X"). */
    private static final Set<String> PARTY_RELATIONS = Set.of("nmod:of", "nmod:with", "nmod:between", "nmod:against",
            "nmod:from");

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

    /**
     * Target tiers one step inside the object of the verb trigger {@code m}, for an object that names
     * no party itself: the clause that completes the object noun ("accepted a formula for ending its
     * dispute with X", "approved a plan that will not allow candidates from X"), its objects and
     * then the parties of those objects (their of, with, between, against and from phrases). The object is the one the trigger consumed, else the
     * verb's own objects. Empty for a noun trigger or a verb without object or such a clause.
     */
    List<List<Integer>> insideObject(TriggerMatch m) {
        if (m.isNoun()) {
            return List.of();
        }
        List<Integer> objects = m.object() >= 0 ? List.of(m.object()) : graph.dependents(m.token(), Set.of("obj"));
        List<List<Integer>> tiers = new ArrayList<>();
        for (int object : objects) {
            if (namesOwnParty(object)) {
                continue; // "give permission to X to help Y": X, which the coder finds in the object
            }
            for (Arc arc : graph.dependents(object)) {
                if (isNounComplement(arc) && !hasOwnSubject(arc.dependent(), object)) {
                    // A clause with its own subject ("permission for X to help Y", "a call for troops
                    // to be deployed") is the subject's act: the coder reads that subject elsewhere.
                    List<Integer> innerObjects = graph.dependents(arc.dependent(), Set.of("obj"));
                    tiers.add(innerObjects);
                    List<Integer> parties = new ArrayList<>(2);
                    for (int innerObject : innerObjects) {
                        parties.addAll(graph.dependents(innerObject, PARTY_RELATIONS));
                    }
                    tiers.add(parties);
                }
            }
        }
        return tiers;
    }

    /**
     * Whether the clause names a subject other than the object: in "a plan that will allow" the
     * relative pronoun (and, in enhanced parses, the noun it stands for) is the object itself.
     */
    private boolean hasOwnSubject(int verb, int object) {
        for (int subject : graph.dependents(verb, SUBJECTS)) {
            if (subject != object && !graph.token(subject).pos().startsWith("W")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a noun phrase of the object's own ("permission to Russia", "a plan of Egypt's") follows it. */
    private boolean namesOwnParty(int object) {
        for (Arc arc : graph.dependents(object)) {
            if (arc.baseRelation().equals("nmod") && arc.dependent() > object && graph.token(arc.dependent()).pos().startsWith("NN")) {
                return true;
            }
        }
        return false;
    }

    /** "a formula for ending", "an invitation to attend": a clause, not a noun, completes the object. */
    private boolean isNounComplement(Arc arc) {
        String pos = graph.token(arc.dependent()).pos();
        return pos.startsWith("VB") && (arc.baseRelation().equals("acl")
                || arc.baseRelation().equals("nmod") || arc.baseRelation().equals("advcl"));
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
