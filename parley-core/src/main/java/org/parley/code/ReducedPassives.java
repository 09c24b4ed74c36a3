package org.parley.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.model.Arc;

/**
 * A past participle that describes a noun without an auxiliary ("two men <em>sought</em> in the
 * killing", "the civilians <em>imprisoned</em> for ...", "the men <em>sought</em> by police") is a
 * reduced passive relative: the noun is what the act is done to, its target, never its agent.
 * Its agent is only the participle's "by" phrase ({@code obl:agent}). A participle with an object
 * of its own, or coordinated with a verb that has one, is an active verb the parser misread. A present participle
 * ("demonstrators <em>protesting</em> the results") is active, and is no business of this class.
 *
 * <p>Stateless.
 */
final class ReducedPassives {
    /** Phrases that name what an event was done by or with. */
    private static final Set<String> MEANS = Set.of("obl:agent", "obl:by", "obl:with");

    private ReducedPassives() {
    }

    /** The noun the passive participle {@code verb} describes, or -1 if it is none. */
    static int describedNoun(DependencyGraph graph, int verb) {
        if (verb < 0 || !graph.token(verb).pos().equals("VBN")) {
            return -1;
        }
        Arc up = graph.head(verb);
        if (up == null || up.governor() < 0 || !up.relation().equals("acl")) {
            return -1;
        }
        for (Arc arc : graph.dependents(verb)) {
            if (arc.relation().equals("aux") || arc.relation().equals("nsubj")) {
                return -1; // "the men having fled": a clause of its own, not a passive
            }
            if (arc.baseRelation().equals("conj") && hasObject(graph, arc.dependent())) {
                return -1; // "doctors donated and delivered goods": a misread active verb, with its object
            }
        }
        return hasObject(graph, verb) ? -1 : up.governor();
    }

    /** A passive participle has no object of its own; a verb that has one is active ("groups donated aid"). */
    private static boolean hasObject(DependencyGraph graph, int verb) {
        return !graph.dependents(verb, Set.of("obj", "iobj")).isEmpty();
    }

    /** Whether {@code verb} is a passive participle describing a noun. */
    static boolean isReduced(DependencyGraph graph, int verb) {
        return describedNoun(graph, verb) >= 0;
    }

    /**
     * Whether the trigger is a passive participle describing the means of another trigger's event
     * ("killed by a missile <em>fired</em> by X", "hit with shells <em>launched</em> from X"): the
     * participle tells how that event came about, it reports no event of its own.
     */
    static boolean describesMeans(DependencyGraph graph, TriggerMatch m, List<TriggerMatch> all) {
        int noun = m.isNoun() ? -1 : describedNoun(graph, m.token());
        Arc up = noun < 0 ? null : graph.head(noun);
        if (up == null || up.governor() < 0 || !MEANS.contains(up.relation())) {
            return false;
        }
        for (TriggerMatch other : all) {
            if (other != m && other.token() == up.governor()) {
                return true;
            }
        }
        return false;
    }

    /** The participle's agents: its "by" phrases. */
    static List<Integer> agents(DependencyGraph graph, int verb) {
        List<Integer> heads = new ArrayList<>(1);
        for (Arc arc : graph.dependents(verb)) {
            if (arc.relation().equals("obl:agent") || arc.relation().equals("obl:by")) {
                heads.add(arc.dependent());
            }
        }
        return heads;
    }
}
