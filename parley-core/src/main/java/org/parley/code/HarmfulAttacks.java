package org.parley.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.model.Arc;

/**
 * An attack that is the subject of a verb of harm was made on those it harmed: in "US drone
 * attacks have killed eight militant leaders" and "the shelling wounded two peacekeepers" the
 * killed and wounded are the attack's targets, though the attack noun names none itself.
 *
 * <p>Contract: for a noun trigger of force (CAMEO 18–20) that is the subject of a verb of killing,
 * wounding or destroying, that verb's objects come after every other tier, so they count only when
 * the noun names no party of its own; other triggers keep their tiers. Stateless.
 */
final class HarmfulAttacks {
    private static final Set<String> HARMING = Set.of("kill", "wound", "injure", "maim", "destroy", "damage");

    private HarmfulAttacks() {
    }

    /** {@code tiers} followed by the objects of the verb of harm the attack is the subject of. */
    static List<List<Integer>> targetTiers(DependencyGraph graph, TriggerMatch m, List<List<Integer>> tiers) {
        String root = m.entry().code().substring(0, 2);
        if (!m.isNoun() || !Set.of("18", "19", "20").contains(root)) {
            return tiers;
        }
        List<Integer> harmed = new ArrayList<>(1);
        for (Arc arc : graph.governors(m.token())) {
            if (arc.relation().equals("nsubj") && arc.governor() >= 0 && HARMING.contains(graph.lemma(arc.governor()))) {
                harmed.addAll(graph.dependents(arc.governor(), Set.of("obj")));
            }
        }
        if (harmed.isEmpty()) {
            return tiers;
        }
        List<List<Integer>> all = new ArrayList<>(tiers);
        all.add(harmed);
        return all;
    }
}
