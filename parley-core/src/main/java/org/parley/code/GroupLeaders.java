package org.parley.code;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Actor;

/**
 * People who speak or act for a group are coded as the group: "leaders of the opposition
 * coalition" are the opposition (OPP), "officials of the rebel movement" the rebels, as the CAMEO
 * actor codebook codes a group's spokesmen and leaders with the group's own code. A state's
 * leaders keep their own reading ("leaders of Romania's government" read as the government they
 * lead anyway), so only a group the dictionary reads with a sector other than government counts.
 *
 * <p>Contract: {@link #of} returns the head of the group's phrase when {@code head} is such a
 * noun with an "of" complement naming a non-governmental group, else {@code head}. Stateless.
 */
final class GroupLeaders {
    /** Nouns for the people who lead or speak for a body. */
    private static final Set<String> LEADERS = Set.of("leader", "official", "representative", "spokesman",
            "spokeswoman", "spokesperson", "delegate", "chief", "head", "envoy");

    private GroupLeaders() {
    }

    static int of(DependencyGraph graph, int head, ActorReader actors, String text, LocalDate when) {
        if (!LEADERS.contains(graph.lemma(head).toLowerCase(Locale.ROOT))) {
            return head;
        }
        for (int group : graph.dependents(head, Set.of("nmod:of"))) {
            Optional<Actor> read = actors.read(graph, group, text, when);
            String sector = read.map(Actor::sector).orElse(null);
            if (sector != null && !sector.startsWith("GOV") && !sector.startsWith("MIL") && !sector.startsWith("LEG")
                    && !sector.startsWith("JUD")) {
                return group;
            }
        }
        return head;
    }
}
