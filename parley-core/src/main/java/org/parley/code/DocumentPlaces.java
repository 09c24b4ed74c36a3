package org.parley.code;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.resolve.ActorDictionary;
import org.parley.resolve.ActorKind;
import org.parley.resolve.ActorMatch;
import org.parley.resolve.PlaceContext;
import org.parley.resolve.PlaceEntry;

/**
 * The places one document names, read before any sentence is coded: the place names of every
 * sentence, resolved first with the countries the document names anywhere, and the context those
 * places then make (their countries, regions, and points for proximity), against which the coder
 * reads every further place of the document. Immutable once read.
 *
 * @param context     the document's place context
 * @param bySentence  the resolved place names of each sentence, by sentence index
 */
record DocumentPlaces(PlaceContext context, List<List<PlaceReader.Found>> bySentence) {

    DocumentPlaces {
        bySentence = List.copyOf(bySentence);
    }

    /**
     * Reads the places of a document's sentences.
     *
     * @param graphs     the parses of the document's sentences, in order
     * @param dictionary the actor dictionary, whose countries, demonyms and capitals name the context
     * @param places     the reader of place names
     * @param published  the publication date, for dated dictionary entries; may be null
     */
    static DocumentPlaces read(List<DependencyGraph> graphs, ActorDictionary dictionary, PlaceReader places,
                               LocalDate published) {
        Set<String> contextCountries = new HashSet<>();
        for (DependencyGraph graph : graphs) {
            collectCountries(graph, dictionary, published, contextCountries);
        }
        PlaceContext countries = PlaceContext.ofCountries(contextCountries);
        List<List<PlaceReader.Found>> bySentence = new ArrayList<>();
        List<PlaceEntry> all = new ArrayList<>();
        for (DependencyGraph graph : graphs) {
            List<PlaceReader.Found> found = places.mentions(graph, countries);
            bySentence.add(found);
            found.forEach(f -> all.add(f.place()));
        }
        return new DocumentPlaces(countries.with(all), bySentence);
    }

    /** The resolved place names of sentence {@code sentence}. */
    List<PlaceReader.Found> of(int sentence) {
        return bySentence.get(sentence);
    }

    /** Countries the document names anywhere: the context for choosing among places of one name. */
    private static void collectCountries(DependencyGraph graph, ActorDictionary dictionary, LocalDate published,
                                         Set<String> contextCountries) {
        List<String> words = graph.words();
        for (int i = 0; i < words.size(); i++) {
            Optional<ActorMatch> m = dictionary.longestMatch(words, i, published);
            if (m.isPresent()) {
                // A capital named as a place ("in Tripoli") would vote for its own reading; as an
                // actor ("Bogota welcomed") it tells which country the story is about.
                boolean placeOfCapital = m.get().entry().kind() == ActorKind.SEAT_OF_POWER
                        && PlaceReader.hasLocative(graph, i, i + m.get().length());
                if (m.get().entry().country() != null && !placeOfCapital) {
                    contextCountries.add(m.get().entry().country());
                }
                i += m.get().length() - 1;
            }
        }
    }
}
