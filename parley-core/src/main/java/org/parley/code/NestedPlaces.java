package org.parley.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.model.Arc;

/**
 * Where a setting named by a common noun lies: "a jail in Dili", "a camp near Goma", "the capital
 * city of Algiers", "the enclave of Gorazde". A locative phrase of a clause often names a building
 * or a kind of place and puts the place's name one step down; this finds that name.
 *
 * <p>Heads of "in", "at", "near", "inside" and "outside" modifiers of the noun count for any
 * noun; an "of" modifier counts only when the noun is a kind of place ({@link PlaceWords}), since
 * "the embassy of France" is in some other country while "the town of Gorazde" is Gorazde. A
 * proper noun is a name already and has no setting below it. Stateless.
 */
final class NestedPlaces {
    private static final Set<String> WITHIN = Set.of("in", "at", "near", "inside", "outside");

    private NestedPlaces() {
    }

    /**
     * Heads of the phrases inside the common noun {@code setting} that may name where it is, in
     * sentence order; empty for a proper noun or a noun without such modifiers.
     */
    static List<Integer> within(DependencyGraph graph, int setting) {
        List<Integer> found = new ArrayList<>(1);
        if (setting < 0 || graph.token(setting).isProperNoun() || !graph.token(setting).isNoun()) {
            return found;
        }
        boolean kindOfPlace = PlaceWords.kindNamedBy(graph.lemma(setting)) != null;
        for (Arc arc : graph.dependents(setting)) {
            if (!arc.baseRelation().equals("nmod")) {
                continue;
            }
            String sub = arc.subtype();
            if (WITHIN.contains(sub) || kindOfPlace && sub.equals("of")) {
                found.add(arc.dependent());
            }
        }
        return found;
    }
}
