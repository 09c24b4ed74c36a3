package org.parley.resolve;

import java.util.List;
import java.util.Objects;

/**
 * A name in the text that the gazetteer knows, with what the text says about it.
 *
 * @param text       the words of the name as written ("Columbia")
 * @param candidates the gazetteer's places of that name, most populous first; never empty
 * @param ner        the coarse named-entity tag of the name's head ("LOCATION", "ORGANIZATION",
 *                   "MISC", "O")
 * @param actorKind  what the actor dictionary reads at the same words (an organisation, a
 *                   demonym), or {@code null} when it reads nothing there
 */
public record PlaceMention(String text, List<PlaceEntry> candidates, String ner, ActorKind actorKind) {
    public PlaceMention {
        Objects.requireNonNull(text, "text");
        candidates = List.copyOf(candidates);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("a place mention needs candidates: " + text);
        }
        ner = ner == null ? "O" : ner;
    }

    /**
     * The mention with only its readings in one country, when it has any there: "Tripoli,
     * Lebanon" is Lebanon's Tripoli however large Libya's is.
     */
    public PlaceMention inCountry(String iso3) {
        List<PlaceEntry> there = candidates.stream().filter(p -> p.country().equals(iso3)).toList();
        return there.isEmpty() ? this : new PlaceMention(text, there, ner, actorKind);
    }
}
