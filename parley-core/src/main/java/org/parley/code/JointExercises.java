package org.parley.code;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parley.model.Actor;

/**
 * Exercises held together by the forces of several countries are military cooperation (062), not a
 * show of force (150): "French and Egyptian warships launched war games" reports the two navies
 * training together, as "joint exercises" does. The codebook codes joint military exercises under
 * 062; only the words for exercising forces qualify, so "nuclear tests by India and Pakistan"
 * stays 150. Stateless.
 */
final class JointExercises {
    /** Noun triggers that name forces exercising or patrolling together when several countries hold them. */
    private static final Set<String> EXERCISES = Set.of("exercise", "drill", "game", "maneuver", "manoeuvre", "patrol");
    private static final String SHOW_OF_FORCE = "150";
    private static final String COOPERATE_MILITARILY = "062";

    private JointExercises() {
    }

    /**
     * The code of the event: 062 when a 150 exercise noun has no target and its sources belong to at
     * least two countries; the given code otherwise.
     */
    static String refine(String code, TriggerMatch m, List<Actor> sources, List<Actor> targets) {
        if (!code.equals(SHOW_OF_FORCE) || !m.isNoun() || !targets.isEmpty()
                || !EXERCISES.contains(m.entry().lemma())) {
            return code;
        }
        long countries = sources.stream().map(Actor::country).filter(Objects::nonNull).distinct().count();
        return countries >= 2 ? COOPERATE_MILITARILY : code;
    }
}
