package org.parley.code;

import java.util.Set;
import org.parley.resolve.ActorEntry;
import org.parley.resolve.ActorKind;

/**
 * A known person whom the dictionary has out of office on the text's date, but whom the text
 * itself names with a present role title: "Zambian President Kenneth Kaunda". The dictionary
 * codes such a person with their country and no sector, a default for when the text says
 * nothing about the role; a title written before the name is direct evidence of the role at the
 * time the text describes (the date may be a reprint's, a digest's or a placeholder), so the
 * title's sector stands. A title marked as past ("former President", "ex-President", "the late
 * President") describes no present role and the dictionary's default stands.
 *
 * <p>Contract: {@link #keepsTitle} holds when {@code person} is a {@link ActorKind#PERSON} entry
 * with no sector, {@code titleStart} is the index of a sector word found before the name
 * ({@code titleStart < nameStart}), and neither the title token nor the word before it marks
 * the title as past. It does not look up sectors itself.
 */
final class OutOfOfficeTitles {
    /** Words that put a role title in the past: "former", "ex" (also as "ex-President"), "late". */
    private static final Set<String> PAST = Set.of("former", "ex", "late", "onetime", "one-time");

    private OutOfOfficeTitles() {
    }

    static boolean keepsTitle(DependencyGraph graph, ActorEntry person, int nameStart, int titleStart) {
        if (person.kind() != ActorKind.PERSON || person.sector() != null || titleStart < 0
                || titleStart >= nameStart) {
            return false;
        }
        String title = graph.token(titleStart).word().toLowerCase();
        if (title.startsWith("ex-") || title.startsWith("ex–")) {
            return false;
        }
        return titleStart == 0 || !PAST.contains(graph.token(titleStart - 1).word().toLowerCase());
    }
}
