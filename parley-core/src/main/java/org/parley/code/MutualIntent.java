package org.parley.code;

import java.util.List;
import java.util.Objects;
import org.parley.model.Actor;

/**
 * When coordinated sources of an event without a named other party act toward each other. "The
 * Philippines and France agree that the dispute should go to arbitration", "Brazil and the United
 * States pledged to cooperate": an intent to cooperate (CAMEO 03) stated jointly by two parties is,
 * as the codebook's convention for compound actors has it, each party's intent toward the other.
 * Only parties of different countries count: "the Danish media and government" are one side.
 * Codes mutual by nature (consult, negotiate, cooperate) need no such rule: {@link Pairing} pairs
 * their coordinated sources already.
 */
final class MutualIntent {
    private MutualIntent() {
    }

    /** Whether the sources of an event with this code and no target are parties to each other. */
    static boolean among(String code, List<Actor> sources) {
        if (!code.startsWith("03") || sources.size() < 2) {
            return false;
        }
        String first = sources.get(0).country();
        return sources.stream().anyMatch(a -> !Objects.equals(a.country(), first));
    }
}
