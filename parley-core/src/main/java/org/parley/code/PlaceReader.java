package org.parley.code;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Arc;
import org.parley.model.Place;
import org.parley.model.PlacePrecision;
import org.parley.model.Span;
import org.parley.resolve.ActorDictionary;
import org.parley.resolve.ActorKind;
import org.parley.resolve.ActorMatch;
import org.parley.resolve.Gazetteer;
import org.parley.resolve.PlaceContext;
import org.parley.resolve.PlaceEntry;
import org.parley.resolve.PlaceKind;
import org.parley.resolve.PlaceMatch;
import org.parley.resolve.PlaceMention;
import org.parley.resolve.PlaceResolver;

/**
 * Finds place names in sentences and reads where an event happened from the locative phrases of
 * its clause ("in Amman", "at Camp David", "near Aleppo", "in southern Syria"). Which place a name
 * means is the {@link PlaceResolver}'s choice, given what the document says about where it is.
 */
final class PlaceReader {
    private static final Set<String> LOCATIVES = Set.of("in", "at", "near", "inside", "outside", "outside_of", "across", "throughout");
    /** A verb's "on" is a place too ("met on Sentosa island"); a noun's is its target ("sanctions on Iran"). */
    private static final Set<String> VERB_LOCATIVES = Set.of("in", "at", "on", "near", "inside", "outside", "outside_of", "across", "throughout");
    /** "southern Syria": a part of a country or region, known to region precision. */
    private static final Set<String> DIRECTIONS = Set.of("northern", "southern", "eastern", "western", "central",
            "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
            "south-eastern", "south-western", "north", "south", "east", "west");
    private static final String BASED = "-based";
    /** Relations through which {@link #readBelow} reaches the nouns of a clause. */
    private static final Set<String> NOUN_ROLES = Set.of("obj", "obl", "nmod", "nsubj");
    /** Clause head, its nouns, their nouns: deep enough for "in an attack on a village in X". */
    private static final int BELOW_DEPTH = 3;
    /** Nouns that name a settlement or area: "the Bosnian town of Gorazde". */
    private static final Set<String> SETTLEMENTS = Set.of("town", "city", "village", "enclave", "capital", "port",
            "province", "region", "district", "camp", "area", "suburb", "neighbourhood", "neighborhood");

    /**
     * A place name found in a sentence and what it was resolved to.
     *
     * @param actor   true when the actor dictionary also reads the name as an actor ("Moscow said")
     * @param located true when a locative preposition introduces the name ("in Serbia")
     */
    record Found(int token, Span span, PlaceEntry place, boolean actor, boolean located) {
    }

    private final Gazetteer gazetteer;
    private final PlaceResolver resolver;
    private final ActorDictionary dictionary;
    private final LocalDate published;

    PlaceReader(Gazetteer gazetteer, PlaceResolver resolver, ActorDictionary dictionary, LocalDate published) {
        this.gazetteer = gazetteer;
        this.resolver = resolver;
        this.dictionary = dictionary;
        this.published = published;
    }

    /** The place named by a locative dependent of {@code head}, if any. */
    Optional<Place> read(DependencyGraph graph, int head, PlaceContext context) {
        Set<String> locatives = graph.token(head).isVerb() ? VERB_LOCATIVES : LOCATIVES;
        for (Arc arc : graph.dependents(head)) {
            String base = arc.baseRelation();
            if ((base.equals("obl") || base.equals("nmod")) && locatives.contains(arc.subtype())) {
                Optional<Place> place = named(graph, arc.dependent(), context);
                if (place.isPresent()) {
                    return place;
                }
            }
        }
        return Optional.empty();
    }

    /** The place that the phrase headed by {@code noun} names, if the gazetteer knows it. */
    Optional<Place> named(DependencyGraph graph, int noun, PlaceContext context) {
        return named(graph, noun, context, null);
    }

    /**
     * @param kind the kind of place a settlement noun the name hangs from says it is ("the city
     *             of Basra"), or null
     */
    private Optional<Place> named(DependencyGraph graph, int noun, PlaceContext context, PlaceKind kind) {
        if (!isName(graph, noun)) {
            // "Singapore's Sentosa island", "the Syrian city of Aleppo", "the capital Beijing": the
            // name is a modifier. "Of" first: in "the West Bank city of Hebron" the compound is where the city lies.
            List<Arc> modifiers = new ArrayList<>(graph.dependents(noun));
            modifiers.sort(java.util.Comparator.comparing(arc -> !arc.relation().equals("nmod:of")));
            PlaceKind named = PlaceWords.kindNamedBy(graph.lemma(noun));
            for (Arc arc : modifiers) {
                String rel = arc.relation();
                if ((rel.equals("nmod:poss") || rel.equals("compound") || rel.equals("nmod:of") || rel.equals("appos"))
                        && isName(graph, arc.dependent())) {
                    Optional<Place> place = named(graph, arc.dependent(), context, named);
                    if (place.isPresent()) {
                        return place;
                    }
                }
            }
            return namedInCountry(graph, noun);
        }
        NounPhrase phrase = NounPhrase.of(graph, noun);
        List<String> words = graph.words().subList(0, phrase.last() + 1);
        String direction = direction(graph, noun);
        // "Western Herat" is a part of the province; "Herat" alone the city.
        PlaceKind wanted = kind != null ? kind : direction != null ? PlaceKind.REGION : settlementOf(graph, noun);
        // "Bam, Iran": the country in apposition says where the name lies.
        Optional<String> stated = countryInApposition(graph, noun);
        PlaceContext where = stated.map(c -> PlaceContext.ofCountries(Set.of(c))).orElse(context);
        for (int start = phrase.first(); start <= noun; start++) {
            Optional<PlaceMatch> match = gazetteer.longestMatch(words, start);
            if (match.isPresent() && start + match.get().length() > noun
                    && !PlaceWords.isGeneric(words, start, match.get().length())) {
                // A longer name the resolver turns down ("Southern Lebanon") leaves the shorter one to try.
                PlaceMatch m = match.get();
                PlaceMention mention = mention(graph, words, start, m, noun);
                Optional<PlaceEntry> entry = resolver.resolve(stated.map(mention::inCountry).orElse(mention), where);
                if (entry.isPresent()) {
                    return entry.map(e -> place(ofKind(e, m, wanted), direction));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A name, even one the tagger took for a common noun ("Bam/NN", "Homs/NNS") when the
     * recogniser says it names a place.
     */
    static boolean isName(DependencyGraph graph, int token) {
        if (graph.token(token).isProperNoun()) {
            return true;
        }
        String word = graph.token(token).word();
        return "LOCATION".equals(graph.token(token).ner()) && !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    /** The kind a settlement noun compounded with or in apposition to the name says ("the capital Kabul"). */
    private static PlaceKind settlementOf(DependencyGraph graph, int name) {
        for (Arc arc : graph.dependents(name)) {
            if (arc.relation().equals("compound") || arc.relation().equals("appos")) {
                PlaceKind kind = PlaceWords.kindNamedBy(graph.lemma(arc.dependent()));
                if (kind != null) {
                    return kind;
                }
            }
        }
        return null;
    }

    /**
     * The reading of the resolved name's kind in the same country, when a settlement noun asks for
     * one ("the province of Basra"); without one, a region's seat of the same name rather than the
     * region ("in Basra", "in Herat": news naming such a place mean the city).
     */
    static PlaceEntry ofKind(PlaceEntry resolved, PlaceMatch match, PlaceKind wanted) {
        if (resolved.kind() == PlaceKind.COUNTRY || resolved.kind() == wanted) {
            return resolved;
        }
        for (PlaceEntry candidate : match.candidates()) {
            boolean sameCountry = candidate.country().equals(resolved.country());
            if (wanted != null && candidate.kind() == wanted && sameCountry) {
                return candidate;
            }
            if (wanted == null && resolved.kind() == PlaceKind.REGION && candidate.kind() == PlaceKind.CITY && sameCountry
                    && resolved.admin1() != null && resolved.admin1().equals(candidate.admin1())) {
                return candidate;
            }
        }
        return resolved;
    }

    /** The country named in apposition to a place name ("Bam, Iran"), if any. */
    private Optional<String> countryInApposition(DependencyGraph graph, int name) {
        for (Arc arc : graph.dependentsByBase(name, "appos")) {
            int t = arc.dependent();
            if (isName(graph, t)) {
                Optional<PlaceMatch> match = gazetteer.longestMatch(graph.words(), t);
                if (match.isPresent() && match.get().length() == 1) {
                    for (PlaceEntry candidate : match.get().candidates()) {
                        if (candidate.kind() == PlaceKind.COUNTRY) {
                            return Optional.of(candidate.country());
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The place of a noun of the clause when the clause's own locatives name none: "declared a
     * ceasefire in south Lebanon", "fired at targets in Jericho", "killed ... in a gunbattle in
     * southeastern Serbia", "police in Jericho confiscated". The clause's nouns (objects, obliques,
     * subjects and their modifiers, never other clauses) are searched breadth first, nearest first;
     * a name coordinated with others ("near Damascus and Aleppo") is left to {@link ImpliedPlace}.
     */
    Optional<Place> readBelow(DependencyGraph graph, int head, PlaceContext context) {
        List<Integer> level = List.of(head);
        for (int depth = 0; depth < BELOW_DEPTH && !level.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int t : level) {
                for (Arc arc : graph.dependents(t)) {
                    int noun = arc.dependent();
                    if (!NOUN_ROLES.contains(arc.baseRelation()) || noun == t || !graph.token(noun).isNoun()) {
                        continue;
                    }
                    // "near Damascus and Aleppo" names several places: the scene's country decides.
                    boolean locative = (arc.baseRelation().equals("nmod") || arc.baseRelation().equals("obl"))
                            && LOCATIVES.contains(arc.subtype());
                    if (locative && !isCoordinated(graph, noun)) {
                        Optional<Place> place = named(graph, noun, context);
                        if (place.isPresent()) {
                            return place;
                        }
                    }
                    next.add(noun);
                }
            }
            level = next;
        }
        return Optional.empty();
    }

    /** True when the noun has conjuncts or is one ("Aleppo and Idlib", either of them). */
    private static boolean isCoordinated(DependencyGraph graph, int noun) {
        if (!graph.dependentsByBase(noun, "conj").isEmpty()) {
            return true;
        }
        for (Arc arc : graph.governors(noun)) {
            if (arc.baseRelation().equals("conj")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The besieged Bosnian town of Gorazde" when the gazetteer lacks the town: the town's name in
     * the country of the demonym, known to country precision (the country's point).
     */
    private Optional<Place> namedInCountry(DependencyGraph graph, int noun) {
        if (!SETTLEMENTS.contains(graph.lemma(noun))) {
            return Optional.empty();
        }
        String country = null;
        int name = -1;
        for (Arc arc : graph.dependents(noun)) {
            String rel = arc.relation();
            if (country == null && (rel.equals("amod") || rel.equals("compound"))) {
                country = dictionary.longestMatch(graph.words(), arc.dependent(), published)
                        .filter(m -> m.length() == 1)
                        .map(ActorMatch::entry)
                        .filter(e -> e.kind() == ActorKind.DEMONYM || e.kind() == ActorKind.COUNTRY)
                        .map(e -> e.country())
                        .orElse(null);
            } else if (rel.equals("nmod:of") && graph.token(arc.dependent()).isProperNoun()) {
                name = arc.dependent();
            }
        }
        if (country == null || name < 0) {
            return Optional.empty();
        }
        int first = name;
        while (first > 0 && graph.token(first - 1).isProperNoun()) {
            first--;
        }
        String text = String.join(" ", graph.words().subList(first, name + 1));
        String iso3 = country;
        return gazetteer.country(iso3).map(c -> new Place(text, iso3, null, round(c.lat()), round(c.lon()), null,
                PlacePrecision.COUNTRY));
    }

    /**
     * The place names of a sentence: proper nouns tagged LOCATION that the gazetteer knows, and
     * the places of "Aleppo-based". Each is resolved in {@code context}.
     */
    List<Found> mentions(DependencyGraph graph, PlaceContext context) {
        List<Found> found = new ArrayList<>();
        List<String> words = graph.words();
        for (int i = 0; i < words.size(); i++) {
            final int token = i;
            String word = words.get(i);
            if (word.toLowerCase(Locale.ROOT).endsWith(BASED) && word.length() > BASED.length()) {
                List<String> stem = List.of(word.substring(0, word.length() - BASED.length()));
                Optional<PlaceMatch> based = gazetteer.longestMatch(stem, 0);
                if (based.isPresent()) {
                    Span span = graph.token(i).span();
                    PlaceMention m = new PlaceMention(stem.get(0), based.get().candidates(), "LOCATION", null);
                    resolver.resolve(m, context).ifPresent(p -> found.add(new Found(token, span, p, false, false)));
                }
                continue;
            }
            if (!isName(graph, i) || !graph.token(i).ner().equals("LOCATION")) {
                continue;
            }
            Optional<PlaceMatch> match = gazetteer.longestMatch(words, i);
            if (match.isEmpty() || PlaceWords.isGeneric(words, i, match.get().length())) {
                continue;
            }
            int length = match.get().length();
            PlaceMention mention = mention(graph, words, i, match.get(), i);
            Span span = graph.sentence().span(i, i + length);
            // A capital after a preposition is a place ("near Damascus"); elsewhere it may be an actor.
            boolean actor = mention.actorKind() != null && !hasPreposition(graph, i);
            boolean located = hasLocative(graph, i, i + length);
            PlaceMatch m = match.get();
            resolver.resolve(mention, context)
                    .ifPresent(p -> found.add(new Found(token, span, ofKind(p, m, settlementOf(graph, token)), actor, located)));
            i += length - 1;
        }
        return found;
    }

    private static boolean hasPreposition(DependencyGraph graph, int token) {
        for (Arc arc : graph.dependents(token)) {
            if (arc.relation().equals("case")) {
                return true;
            }
        }
        return false;
    }

    /** True when a token of {@code [from, to)} has a locative preposition ("in the West Bank"). */
    static boolean hasLocative(DependencyGraph graph, int from, int to) {
        for (int t = from; t < to; t++) {
            for (Arc arc : graph.dependents(t)) {
                if (arc.relation().equals("case") && LOCATIVES.contains(graph.lemma(arc.dependent()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private PlaceMention mention(DependencyGraph graph, List<String> words, int start, PlaceMatch match, int head) {
        int length = match.length();
        String text = String.join(" ", words.subList(start, start + length));
        if (words.get(start).equalsIgnoreCase("the") && length > 1) {
            text = String.join(" ", words.subList(start + 1, start + length));
        }
        ActorKind kind = null;
        Optional<ActorMatch> actor = dictionary.longestMatch(words, start, published);
        if (actor.isPresent() && actor.get().length() >= length) {
            kind = actor.get().entry().kind();
        }
        return new PlaceMention(text, match.candidates(), graph.token(head).ner(), kind);
    }

    /** The country of an ISO code as a place of country precision. */
    Optional<Place> countryPlace(String iso3) {
        return gazetteer.country(iso3).map(e -> place(e, null));
    }

    /** The direction word modifying a country or region name ("southern"), or null. */
    private static String direction(DependencyGraph graph, int noun) {
        for (Arc arc : graph.dependents(noun)) {
            if (arc.relation().equals("amod") && DIRECTIONS.contains(graph.lemma(arc.dependent()).toLowerCase(Locale.ROOT))) {
                return graph.token(arc.dependent()).word().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** The model's place for an entry; a direction makes a country or region a part of it, of region precision. */
    static Place place(PlaceEntry e, String direction) {
        if (direction != null && e.kind() != PlaceKind.CITY) {
            String region = e.kind() == PlaceKind.REGION ? e.admin1() : null;
            return new Place(direction + " " + e.name(), e.country(), region, round(e.lat()), round(e.lon()), null,
                    PlacePrecision.REGION);
        }
        PlacePrecision precision = switch (e.kind()) {
            case COUNTRY -> PlacePrecision.COUNTRY;
            case REGION -> PlacePrecision.REGION;
            case CITY -> PlacePrecision.CITY;
        };
        String region = e.kind() == PlaceKind.COUNTRY ? null : e.admin1();
        return new Place(e.name(), e.country(), region, round(e.lat()), round(e.lon()), e.geonamesId(), precision);
    }

    /** Four decimals: about ten metres, finer than any gazetteer point means. */
    private static double round(double degrees) {
        return Math.round(degrees * 10000.0) / 10000.0;
    }
}
