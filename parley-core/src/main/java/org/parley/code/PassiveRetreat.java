package org.parley.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.model.Arc;

/**
 * The party that stands down when a report gives no one who made it do so: "guerrillas have been
 * demobilized", "the troops were withdrawn from the town", "units were pulled back". A withdrawal or
 * demobilisation (CAMEO 0873, 0874) is done by the side whose forces leave or stand down, so when
 * such a verb is passive and has no "by" agent, its passive subject is the event's source, not its
 * target. With an agent ("were withdrawn by the UN") the agent acts and nothing changes.
 *
 * <p>Only verbs whose object is the actor's own forces qualify (withdraw, pull out or back, ship
 * out of a place, demobilise): "the town was ceded" is territory handed over, and "the militia was disarmed" is
 * usually done to it by others. Stateless.
 */
final class PassiveRetreat {
    private static final Set<String> AGENTS = Set.of("obl:agent", "obl:by");
    /** Verbs whose object is the actor's own forces: done to them, they are still the side that leaves. */
    private static final Set<String> OWN_FORCE_VERBS = Set.of("withdraw", "pull", "ship", "demobilize", "demobilise");

    private PassiveRetreat() {
    }

    /**
     * Whether {@code m} is an agentless passive verb of withdrawal or demobilisation with a passive
     * subject.
     */
    static boolean applies(DependencyGraph graph, TriggerMatch m) {
        String code = m.entry().code();
        if (m.isNoun() || !(code.equals("0873") || code.equals("0874"))
                || !OWN_FORCE_VERBS.contains(m.entry().lemma()) || !graph.isPassive(m.token())) {
            return false;
        }
        for (Arc arc : graph.dependents(m.token())) {
            if (AGENTS.contains(arc.relation())) {
                return false;
            }
        }
        return !graph.dependents(m.token(), Set.of("nsubj:pass")).isEmpty();
    }

    /**
     * The source tiers for {@code m} followed, when the rule {@linkplain #applies applies}, by its
     * passive subjects and their conjuncts; otherwise the tiers unchanged.
     */
    static List<List<Integer>> sourceTiers(DependencyGraph graph, TriggerMatch m, List<List<Integer>> tiers) {
        if (!applies(graph, m)) {
            return tiers;
        }
        List<List<Integer>> all = new ArrayList<>(tiers);
        all.add(subjects(graph, m));
        return all;
    }

    /**
     * The target tiers for {@code m} without its passive subjects when the rule applies (the retreating
     * side is not also the one retreated from); otherwise the tiers unchanged.
     */
    static List<List<Integer>> targetTiers(DependencyGraph graph, TriggerMatch m, List<List<Integer>> tiers) {
        if (!applies(graph, m)) {
            return tiers;
        }
        List<Integer> own = subjects(graph, m);
        List<List<Integer>> all = new ArrayList<>(tiers.size());
        for (List<Integer> tier : tiers) {
            List<Integer> kept = new ArrayList<>(tier);
            kept.removeAll(own);
            all.add(kept);
        }
        return all;
    }

    private static List<Integer> subjects(DependencyGraph graph, TriggerMatch m) {
        List<Integer> all = new ArrayList<>(graph.dependents(m.token(), Set.of("nsubj:pass")));
        for (int h : List.copyOf(all)) {
            for (Arc arc : graph.dependents(h)) {
                if (arc.baseRelation().equals("conj") && !all.contains(arc.dependent())) {
                    all.add(arc.dependent());
                }
            }
        }
        return all;
    }
}
