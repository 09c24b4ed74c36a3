package org.parley.code;

import java.util.List;
import java.util.Set;
import org.parley.model.Arc;

/**
 * Event nouns that are what another event of the sentence acts on: "rejected an Indian
 * proposal", "Arafat rejected a US offer", "Israel is opposed to French mediation", "the offer was
 * rejected", "condemned the Syrian attack". The sentence reports the rejection, the opposition or
 * the condemnation; the act it names is its theme, proposed or reported elsewhere, and is not coded
 * as an event of its own, as CAMEO coders code one event per reporting verb. (Its owner still
 * becomes the reporting event's target: {@link RejectedProposals}.) An event noun carried by a
 * support verb ("held talks") is the event of that verb and never a theme; so is a noun that no
 * other trigger governs ("described the attack").
 *
 * <p>Stateless; pure functions of a sentence's parse and triggers.
 */
final class EventThemes {
    /** How a verb takes what it acts on: its object, its "to" oblique ("agreed to", "opposed to"), its passive subject. */
    private static final Set<String> THEME_RELATIONS = Set.of("obj", "obl:to", "nsubj:pass");

    private EventThemes() {
    }

    /** Whether event noun {@code m} is the theme of another trigger in {@code found}. */
    static boolean isTheme(DependencyGraph graph, TriggerMatch m, List<TriggerMatch> found) {
        if (!m.isNoun() || m.supportVerb() >= 0) {
            return false;
        }
        Arc head = graph.head(m.token());
        for (TriggerMatch other : found) {
            if (other == m || other.isNoun() || other.token() == m.token()) {
                continue;
            }
            if (other.object() == m.token()) {
                return true;
            }
            if (head != null && head.governor() == other.token() && THEME_RELATIONS.contains(head.relation())) {
                return true;
            }
        }
        return false;
    }
}
