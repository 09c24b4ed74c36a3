package org.parley.code;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.parley.model.Actor;
import org.parley.model.Arc;
import org.parley.model.Place;
import org.parley.resolve.PlaceContext;

/**
 * Gives an actor known only by its sector ("police", "protesters", "rebels") the country of a
 * clear context: a place or country in its own phrase ("police in Cairo" is EGYCOP, "rebels in
 * the Ivory Coast" CIVREB, "the government of Sindh province" PAKGOV), else one that sets the
 * clause where it acts ("students staged demonstrations throughout Indonesia"), else one of the
 * clause's object ("blocked roads in Algiers"); a state body named by its generic name
 * ("Parliament", "the Supreme Court") takes the country of a document that names only one, outside
 * the body's own sentence. Without such a context the actor stays unresolved: a missing country
 * beats a guessed one. Such a body named by its generic name alone ("Congress", "the government")
 * still acts, with its sector and no country; other sector-only sources ("police") are dropped.
 * Confined to one document.
 */
final class ActorLocator {
    /** Heads that name a government as a body, not its people. */
    private static final Set<String> GOVERNING_BODIES = Set.of("government", "cabinet", "administration", "regime",
            "ministry", "presidency", "junta");
    /** Participles that say where a group is based, not where it happens to be. */
    private static final Set<String> RESIDENCE = Set.of("base", "operate", "live", "reside", "headquarter",
            "station", "active", "settle");
    private static final Set<String> LOCATIVES = Set.of("in", "at", "inside", "throughout", "across", "from", "of");

    private final ActorReader actors;
    private final PlaceReader places;
    private final Supplier<PlaceContext> context;
    private final String text;
    private final LocalDate when;

    ActorLocator(ActorReader actors, PlaceReader places, Supplier<PlaceContext> context, String text, LocalDate when) {
        this.actors = actors;
        this.places = places;
        this.context = context; // the document's place context, known once its places are read
        this.text = text;
        this.when = when;
    }

    /**
     * The actor with the country of its context, or the actor itself when it has a country
     * already; empty when it has none and no context gives one.
     *
     * @param head   the head token of the actor's phrase
     * @param clause the head of the clause the actor acts in, or -1
     */
    Optional<Actor> locate(DependencyGraph graph, Actor actor, int head, int clause) {
        if (actor.country() != null) {
            return Optional.of(settled(graph, actor, head, clause));
        }
        Optional<String> country = countryAround(graph, head, true).or(() -> countryOfAllegiance(graph, head));
        if (country.isEmpty() && !"MIL".equals(actor.sector())) {
            country = countryOfParticiples(graph, head); // "a group based in Trinidad"; not "troops stationed in X"
        }
        if (country.isEmpty() && clause >= 0) {
            country = countryAround(graph, clause, false);
        }
        for (int open : clause >= 0 ? graph.dependents(clause, Set.of("xcomp")) : List.<Integer>of()) {
            // "agreed to postpone the demonstration in Baku": the setting of what the actor agreed to do.
            country = country.or(() -> countryAround(graph, open, false));
        }
        // Not for armed forces: "troops retook a village in Cambodia" says where they fought, not whose they are.
        if (country.isEmpty() && clause >= 0 && !"MIL".equals(actor.sector())) {
            country = countryAroundObject(graph, clause);
        }
        if (country.isEmpty() && isInstitution(graph, actor, head)) {
            country = onlyCountryOfDocument().filter(c -> !namedInSentence(graph, c));
            if (country.isEmpty() && isBare(graph, head)) {
                // "Congress is asking X to ...": a state body acts as such even when its country is unclear.
                return Optional.of(actor);
            }
        }
        return country.map(c -> new Actor(actor.text(), c + actor.sector(), c, actor.sector(), actor.span()));
    }

    /**
     * The actor with the country of a locative in its own phrase ("the mayor of Nablus", "rebels in
     * Chad"), or empty: for a target, whose fallback is the source's country.
     */
    Optional<Actor> locateInPhrase(DependencyGraph graph, Actor actor, int head) {
        if (actor.country() != null) {
            return Optional.of(settled(graph, actor, head, SettledCommunities.clauseOf(graph, head)));
        }
        return countryAround(graph, head, true).or(() -> countryOfAllegiance(graph, head))
                .map(c -> new Actor(actor.text(), c + actor.sector(), c, actor.sector(), actor.span()));
    }

    /**
     * An ethnic community read as the state its demonym names ("ethnic Albanians" = ALB) placed in
     * the country its own phrase or participles name ("guerrillas operating in Macedonia"), else
     * the setting of its clause ("demonstrated in Serbia"); any other actor as it is.
     */
    private Actor settled(DependencyGraph graph, Actor named, int head, int clause) {
        Actor actor = relocated(graph, named, head);
        if (!SettledCommunities.isUnsettled(graph, actor, head)) {
            return actor;
        }
        Optional<String> country = countryAround(graph, head, true).or(() -> countryOfParticiples(graph, head));
        if (country.isEmpty() && clause >= 0) {
            country = countryAround(graph, clause, false);
        }
        return country.filter(c -> actors.isState(c) && !c.equals(actor.country()))
                .map(c -> SettledCommunities.settle(actor, c)).orElse(actor);
    }

    /**
     * The actor with the country of the place its own locative names, when the dictionary gave it the
     * country of that name's other reading: "rival militias in Tripoli" in a story about Lebanon are
     * Lebanese, though the dictionary reads "Tripoli" as Libya's capital. The name is read as event
     * places are, in the document's place context; an actor whose country came from elsewhere in
     * its phrase ("Syrian troops in Beirut") keeps it.
     */
    private Actor relocated(DependencyGraph graph, Actor actor, int head) {
        for (Arc arc : graph.dependents(head)) {
            boolean locative = (arc.baseRelation().equals("obl") || arc.baseRelation().equals("nmod"))
                    && LOCATIVES.contains(arc.subtype()) && !arc.subtype().equals("of") && !arc.subtype().equals("from");
            if (!locative) {
                continue;
            }
            int name = arc.dependent();
            Optional<Actor> named = actors.read(graph, name, text, when);
            if (named.isEmpty() || !actor.country().equals(named.get().country())) {
                continue;
            }
            Optional<String> placed = places.named(graph, name, context.get()).map(Place::country);
            if (placed.isPresent() && !placed.get().equals(actor.country()) && actors.isState(placed.get())) {
                String sector = actor.sector();
                return new Actor(actor.text(), placed.get() + (sector == null ? "" : sector), placed.get(), sector, actor.span());
            }
        }
        return actor;
    }

    /** The country of the party the actor is loyal to: "troops loyal to President X", "militants loyal to Iraq's X". */
    private Optional<String> countryOfAllegiance(DependencyGraph graph, int head) {
        for (int side : Allegiance.sides(graph, head)) {
            Optional<String> country = countryNamedBy(graph, side).or(() -> countryAround(graph, side, true));
            if (country.isPresent()) {
                return country;
            }
        }
        return Optional.empty();
    }

    /**
     * The country a locative of a participle of residence describing the actor names: "guerrillas
     * operating in Macedonia", "a group based in Trinidad". Only verbs saying where a group lives or
     * works from count: "leaders meeting in Brussels" are visitors there.
     */
    private Optional<String> countryOfParticiples(DependencyGraph graph, int head) {
        for (int participle : graph.dependents(head, Set.of("acl"))) {
            if (!RESIDENCE.contains(graph.lemma(participle))) {
                continue;
            }
            Optional<String> country = countryAround(graph, participle, false);
            if (country.isPresent()) {
                return country;
            }
        }
        return Optional.empty();
    }

    /**
     * A state body named by its generic name: "Parliament", "the Senate", "the Supreme Court", "the
     * Cabinet", "the government". News names a country's own institutions so once the country is
     * clear; people in a sector ("officials", "police") are named so in foreign news as well.
     */
    private static boolean isInstitution(DependencyGraph graph, Actor actor, int head) {
        String sector = actor.sector();
        return "LEG".equals(sector) || "JUD".equals(sector)
                || "GOV".equals(sector) && GOVERNING_BODIES.contains(graph.lemma(head).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a body is named by its generic name alone ("the government", "Congress", "the federal
     * court"): definite (no other determiner than "the"), with no capitalised modifier or complement
     * that may be a country the dictionary does not know ("the Calenardhon government", "the
     * government of Gondor"), and not coordinated, since modifiers may be shared ("Danish media and
     * government").
     */
    private static boolean isBare(DependencyGraph graph, int head) {
        for (Arc arc : graph.dependents(head)) {
            String base = arc.baseRelation();
            boolean modifier = base.equals("compound") || base.equals("amod") || base.equals("nmod") || base.equals("flat")
                    || base.equals("appos");
            boolean indefinite = base.equals("det") && !graph.lemma(arc.dependent()).equalsIgnoreCase("the"); // "until a government takes over"
            if (base.equals("conj") || indefinite || modifier && Character.isUpperCase(graph.token(arc.dependent()).word().charAt(0))) {
                return false;
            }
        }
        for (Arc arc : graph.governors(head)) {
            if (arc.baseRelation().equals("conj")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the sentence names the country itself, as an actor or a place: then it is as often the
     * other party ("The government expressed appreciation for China's assistance") as the body's own,
     * so only a country named elsewhere in the document places the body.
     */
    private boolean namedInSentence(DependencyGraph graph, String country) {
        for (int t = 0; t < graph.words().size(); t++) {
            Optional<Actor> named = actors.read(graph, t, text, when);
            if (named.isPresent() && country.equals(named.get().country())) {
                return true;
            }
        }
        return places.mentions(graph, context.get()).stream().anyMatch(f -> country.equals(f.place().country()));
    }

    /** The one state the document names (as an actor or through its places), or empty when it names none or several. */
    private Optional<String> onlyCountryOfDocument() {
        List<String> states = context.get().countries().stream().filter(actors::isState).toList();
        return states.size() == 1 ? Optional.of(states.get(0)) : Optional.empty();
    }

    /**
     * The country of a locative of the clause's direct object: where "blocked roads in Algiers" or
     * "postponed the demonstration in Baku" happened is where its (civilian) actors are.
     */
    private Optional<String> countryAroundObject(DependencyGraph graph, int clause) {
        for (Arc arc : graph.dependents(clause)) {
            if (arc.baseRelation().equals("obj")) {
                Optional<String> country = countryAround(graph, arc.dependent(), false);
                if (country.isPresent()) {
                    return country;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The country of a locative dependent of {@code token}, or of its possessor when {@code token}
     * heads the actor's own phrase ("Hebron's mayor"; "China's plan" does not place who criticised
     * it): a country or a place the gazetteer knows.
     */
    private Optional<String> countryAround(DependencyGraph graph, int token, boolean ownPhrase) {
        for (Arc arc : graph.dependents(token)) {
            String base = arc.baseRelation();
            boolean locative = (base.equals("obl") || base.equals("nmod")) && LOCATIVES.contains(arc.subtype());
            boolean owner = ownPhrase && arc.relation().equals("nmod:poss");
            if (!ownPhrase && base.equals("obl") && "DATE".equals(graph.token(arc.dependent()).ner())) {
                // "demonstrated on Tuesday in Serbia": the parser hangs the clause's place on its day.
                Optional<String> dated = graph.dependents(arc.dependent(), Set.of("nmod:in")).stream()
                        .map(p -> countryNamedBy(graph, p)).flatMap(Optional::stream).findFirst();
                if (dated.isPresent()) {
                    return dated;
                }
            }
            if (!locative && !owner) {
                continue;
            }
            int place = arc.dependent();
            // "militias in Tripoli" where the document is about Lebanon: a located name is a place, read in the
            // document's place context as event places are, before the actor dictionary's reading of it (a capital).
            Optional<String> located = locative ? places.named(graph, place, context.get()).map(Place::country)
                    .or(() -> countryNamedBy(graph, place)) : countryNamedBy(graph, place);
            if (located.isEmpty() && locative && !ownPhrase) {
                // "rioted at a jail in Dili", "blocked roads in the capital city of Algiers": the setting
                // is a common noun whose own phrase names the place.
                located = NestedPlaces.within(graph, place).stream().map(p -> countryNamedBy(graph, p))
                        .flatMap(Optional::stream).findFirst();
            }
            if (located.isPresent()) {
                return located;
            }
        }
        return Optional.empty();
    }

    /** The country a token names as a state actor or as a place the gazetteer knows. */
    private Optional<String> countryNamedBy(DependencyGraph graph, int place) {
        Optional<Actor> named = actors.read(graph, place, text, when);
        if (named.isPresent() && named.get().country() != null && named.get().country().length() == 3) {
            return Optional.of(named.get().country());
        }
        return places.named(graph, place, context.get()).map(Place::country);
    }
}
