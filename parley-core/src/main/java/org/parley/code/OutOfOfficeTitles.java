package org.parley.code;

import java.util.Optional;
import java.util.Set;
import org.parley.resolve.ActorEntry;
import org.parley.resolve.ActorKind;

/**
 * A known person whom the dictionary has out of office on the text's date, but whom the text
 * itself names with a role title. The dictionary codes such a person with their country and no
 * sector, a default for when the text says nothing about the role. A present title written before
 * the name ("Zambian President Kenneth Kaunda") is direct evidence of the role at the time the
 * text describes (the date may be a reprint's, a digest's or a placeholder), so the title's sector
 * stands. A title marked as past ("former President", "ex-President", "the late President")
 * makes the person a former official: the codebook's elite, ELI.
 *
 * <p>Contract: {@link #sector} is empty, leaving the dictionary's code, unless {@code person} is
 * a {@link ActorKind#PERSON} entry with no sector and {@code titleStart} is the index of a sector
 * word of the same noun phrase before the name ({@code phrase.first() <= titleStart < nameStart}).
 * Then it is "ELI" when a word of the phrase before the title, or the title itself written
 * "ex-...", marks the title as past, else {@code titleSector}. It does not look up sectors itself.
 */
final class OutOfOfficeTitles {
    /** Words that put a role title in the past: "former", "ex", "late", "onetime". */
    private static final Set<String> PAST = Set.of("former", "ex", "late", "onetime", "one-time");
    /** The codebook's sector for former officials and other elites without a role of their own. */
    private static final String FORMER_OFFICIAL = "ELI";

    private OutOfOfficeTitles() {
    }

    static Optional<String> sector(DependencyGraph graph, NounPhrase phrase, ActorEntry person, int nameStart,
                                   int titleStart, String titleSector) {
        if (person.kind() != ActorKind.PERSON || person.sector() != null || titleSector == null
                || titleStart < phrase.first() || titleStart >= nameStart) {
            return Optional.empty();
        }
        String title = graph.token(titleStart).word().toLowerCase();
        boolean past = title.startsWith("ex-") || title.startsWith("ex–");
        for (int i = phrase.first(); i < titleStart && !past; i++) {
            past = PAST.contains(graph.token(i).word().toLowerCase());
        }
        return Optional.of(past ? FORMER_OFFICIAL : titleSector);
    }
}
