package org.parley.code;

import java.util.Locale;
import java.util.Set;
import org.parley.model.Actor;
import org.parley.model.Arc;

/**
 * Ethnic communities that only the clause places: "ethnic Albanians demonstrated in Serbia" are
 * Serbia's Albanians (SRBALB), "Serb forces killed three ethnic Albanians in a gunbattle in
 * southern Serbia" too, and "ethnic Albanian guerrillas operating in Macedonia" are Macedonia's
 * (MKDALBREB), where the phrase alone reads as the state the demonym names (ALB).
 *
 * <p>Design decision: the codebook codes a community by the country it lives in followed by its
 * ethnic code ({@link Communities} does so when the phrase itself names that country). The word
 * "ethnic" is what marks the demonym as a people rather than the state, and so does an "of" phrase
 * of a plural demonym ("the Albanians of southern Serbia"): without them ("Albanian troops in
 * Macedonia") the state's code stays. This class only decides which actors are such
 * unplaced communities and builds the placed code; {@link ActorLocator} finds the country, in the
 * actor's own phrase and participles first, then in the setting of its clause. Stateless.
 */
final class SettledCommunities {
    /** The relations by which a phrase is an argument of its clause. */
    private static final Set<String> ARGUMENTS = Set.of("nsubj", "nsubj:pass", "obj", "iobj");

    private SettledCommunities() {
    }

    /**
     * Whether {@code actor}, read from the phrase headed by {@code head}, is an ethnic community
     * coded as the state its demonym names and not yet placed: "ethnic Albanians" = ALB, "ethnic
     * Albanian guerrillas" = ALBREB; not "Iraqi Kurds" (IRQKUR, placed) nor "Albanian troops".
     */
    static boolean isUnsettled(DependencyGraph graph, Actor actor, int head) {
        String country = actor.country();
        if (country == null || country.length() != 3) {
            return false;
        }
        String bare = country + (actor.sector() == null ? "" : actor.sector());
        return actor.code().equals(bare) && (isEthnic(graph, head) || isPeopleOfAPlace(graph, head));
    }

    /**
     * "The Albanians of southern Serbia", "the Kurds of Iraq": a people named by a plural demonym
     * and the place whose people they are. An "in" phrase is not enough: "Americans in Iraq" are
     * as often there as foreigners.
     */
    private static boolean isPeopleOfAPlace(DependencyGraph graph, int head) {
        return graph.token(head).pos().equals("NNPS") && !graph.dependents(head, Set.of("nmod:of")).isEmpty();
    }

    /** The community placed in {@code country}: its code is the country's followed by the community's own. */
    static Actor settle(Actor actor, String country) {
        return new Actor(actor.text(), country + actor.code(), country, actor.sector(), actor.span());
    }

    /** The verb of the clause whose subject or object the phrase headed by {@code head} is, or -1. */
    static int clauseOf(DependencyGraph graph, int head) {
        Arc up = graph.head(head);
        return up != null && up.governor() >= 0 && ARGUMENTS.contains(up.relation()) ? up.governor() : -1;
    }

    /** "ethnic Albanians", "ethnic Albanian guerrillas": "ethnic" modifies the head or its demonym. */
    private static boolean isEthnic(DependencyGraph graph, int head) {
        for (Arc arc : graph.dependents(head)) {
            if (!arc.relation().equals("amod")) {
                continue;
            }
            if (isWordEthnic(graph, arc.dependent())) {
                return true;
            }
            for (Arc inner : graph.dependents(arc.dependent())) {
                if (inner.relation().equals("amod") && isWordEthnic(graph, inner.dependent())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isWordEthnic(DependencyGraph graph, int token) {
        return graph.lemma(token).toLowerCase(Locale.ROOT).equals("ethnic");
    }
}
