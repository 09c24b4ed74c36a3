package org.parley.code;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Arc;
import org.parley.model.Place;
import org.parley.resolve.Gazetteer;
import org.parley.resolve.PlaceEntry;
import org.parley.resolve.PlaceMatch;

/**
 * Reads where an event happened from the locative phrases of its clause ("in Amman", "at Camp
 * David", "near Aleppo", "in southern Syria"). Among places of the same name it prefers one in a
 * country the document is about, then the most populous.
 */
final class PlaceReader {
    private static final Set<String> LOCATIVES = Set.of("in", "at", "near", "inside", "outside", "outside_of", "across", "throughout");
    /** A verb's "on" is a place too ("met on Sentosa island"); a noun's is its target ("sanctions on Iran"). */
    private static final Set<String> VERB_LOCATIVES = Set.of("in", "at", "on", "near", "inside", "outside", "outside_of", "across", "throughout");

    private final Gazetteer gazetteer;

    PlaceReader(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The place named by a locative dependent of {@code head}, if any. */
    Optional<Place> read(DependencyGraph graph, int head, Set<String> contextCountries) {
        Set<String> locatives = graph.token(head).isVerb() ? VERB_LOCATIVES : LOCATIVES;
        for (Arc arc : graph.dependents(head)) {
            String base = arc.baseRelation();
            if ((base.equals("obl") || base.equals("nmod")) && locatives.contains(arc.subtype())) {
                Optional<Place> place = named(graph, arc.dependent(), contextCountries);
                if (place.isPresent()) {
                    return place;
                }
            }
        }
        return Optional.empty();
    }

    /** The place that the phrase headed by {@code noun} names, if the gazetteer knows it. */
    Optional<Place> named(DependencyGraph graph, int noun, Set<String> contextCountries) {
        if (!graph.token(noun).isProperNoun()) {
            // "Singapore's Sentosa island", "the Syrian city of Aleppo": the name is a modifier.
            for (Arc arc : graph.dependents(noun)) {
                String rel = arc.relation();
                if ((rel.equals("nmod:poss") || rel.equals("compound") || rel.equals("nmod:of"))
                        && graph.token(arc.dependent()).isProperNoun()) {
                    Optional<Place> place = named(graph, arc.dependent(), contextCountries);
                    if (place.isPresent()) {
                        return place;
                    }
                }
            }
            return Optional.empty();
        }
        NounPhrase phrase = NounPhrase.of(graph, noun);
        List<String> words = graph.words().subList(0, phrase.last() + 1);
        for (int start = phrase.first(); start <= noun; start++) {
            Optional<PlaceMatch> match = gazetteer.longestMatch(words, start);
            if (match.isPresent() && start + match.get().length() > noun) {
                return Optional.of(best(match.get().candidates(), contextCountries));
            }
        }
        return Optional.empty();
    }

    private static Place best(List<PlaceEntry> candidates, Set<String> contextCountries) {
        PlaceEntry chosen = candidates.get(0);
        for (PlaceEntry c : candidates) {
            if (contextCountries.contains(c.country())) {
                chosen = c;
                break;
            }
        }
        return new Place(chosen.name(), chosen.country(), round(chosen.lat()), round(chosen.lon()));
    }

    private static double round(double degrees) {
        return Math.round(degrees * 100.0) / 100.0;
    }
}
