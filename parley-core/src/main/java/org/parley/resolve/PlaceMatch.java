package org.parley.resolve;

import java.util.List;

/**
 * A place name found at a position of a word list.
 *
 * @param length     how many words it covers, counting a leading "the"
 * @param candidates the places of that name, most populous first; never empty
 */
public record PlaceMatch(int length, List<PlaceEntry> candidates) {
    public PlaceMatch {
        candidates = List.copyOf(candidates);
    }
}
