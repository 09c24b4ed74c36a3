package org.parley.code;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Actor;
import org.parley.model.Arc;
import org.parley.resolve.ActorDictionary;
import org.parley.resolve.ActorEntry;
import org.parley.resolve.ActorKind;
import org.parley.resolve.ActorMatch;

/**
 * Groups that only their place names: "the parties to the conflict in Iraq", "factions in Lebanon"
 * are actors of that country with no sector (IRQ, LBN), as the
 * codebook codes an unspecified actor of a country by the country alone.
 *
 * <p>The head must be a plural noun for the sides of a conflict or a divided polity ("parties",
 * "factions"; "sides" is a delegation word of the dictionary) that names no actor itself; the
 * place is the country of an "in" phrase of the head, or of the noun one "to", "of" or "in" phrase
 * below it ("parties to the conflict in X"), also when the parser hung that phrase on the verb
 * whose object the group is. A place that is no country by name places nothing (a city may be
 * anyone's battleground). Stateless apart from the dictionary it reads.
 */
final class LocatedGroups {
    private static final Set<String> SIDES = Set.of("parties", "factions");
    private static final Set<String> PLACES = Set.of("nmod:in");
    private static final Set<String> STEPS = Set.of("nmod:to", "nmod:of", "nmod:in");

    private final ActorDictionary dictionary;

    LocatedGroups(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The country actor of the located group headed by {@code head}, or empty when it is none. */
    Optional<Actor> read(DependencyGraph graph, int head, String text, LocalDate when) {
        if (!SIDES.contains(graph.words().get(head).toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        NounPhrase phrase = NounPhrase.of(graph, head);
        Optional<String> country = countryIn(graph, head, when);
        List<Integer> steps = new ArrayList<>(graph.dependents(head, STEPS));
        steps.addAll(misattached(graph, phrase));
        for (int i = 0; country.isEmpty() && i < steps.size(); i++) {
            country = countryIn(graph, steps.get(i), when);
        }
        return country.map(c -> new Actor(phrase.text(graph, text), c, c, null, phrase.span(graph)));
    }

    /**
     * "demanded parties to the conflict in X": the parser often hangs the phrase that follows an
     * object on the verb; an oblique of the verb that starts right after the object's phrase is read
     * as the object's own.
     */
    private static List<Integer> misattached(DependencyGraph graph, NounPhrase phrase) {
        Arc up = graph.head(phrase.head());
        if (up == null || up.governor() < 0 || !up.relation().equals("obj")) {
            return List.of();
        }
        List<Integer> found = new ArrayList<>(1);
        for (Arc arc : graph.dependents(up.governor())) {
            boolean step = arc.relation().equals("obl:to") || arc.relation().equals("obl:of");
            if (step && graph.dependents(arc.dependent(), Set.of("case")).contains(phrase.last() + 1)) {
                found.add(arc.dependent());
            }
        }
        return found;
    }

    /** The country of the first "in" phrase of {@code noun} that names a country. */
    private Optional<String> countryIn(DependencyGraph graph, int noun, LocalDate when) {
        for (int place : graph.dependents(noun, PLACES)) {
            Optional<ActorMatch> m = startOfName(graph, place, when);
            if (m.isPresent()) {
                ActorEntry e = m.get().entry();
                if (e.country() != null && e.sector() == null && e.kind() == ActorKind.COUNTRY) {
                    return Optional.of(e.country());
                }
            }
        }
        return Optional.empty();
    }

    /** The dictionary entry of the name that ends at the place's head ("North Korea", "Iraq"). */
    private Optional<ActorMatch> startOfName(DependencyGraph graph, int place, LocalDate when) {
        List<String> words = graph.words().subList(0, place + 1);
        for (int start = Math.max(0, place - 3); start <= place; start++) {
            Optional<ActorMatch> m = dictionary.longestMatch(words, start, when);
            if (m.isPresent() && start + m.get().length() == place + 1) {
                return m;
            }
        }
        return Optional.empty();
    }
}
