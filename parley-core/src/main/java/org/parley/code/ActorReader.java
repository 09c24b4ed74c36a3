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
 * Reads the actor that a noun phrase names: "Russian diplomats" is RUS with sector GOV, "the team
 * from Tel Aviv" is ISR with GOV, "US Secretary of State Rex Tillerson" is USAGOV while he held
 * the office. Dictionary phrases are looked up over the whole phrase; the one nearest the head
 * decides the country or group, the head word decides the sector when it names one.
 *
 * <p>Design decision: the country of a phrase comes from any dictionary match inside it
 * (adjective, possessor, "from" complement), because news names the same actor in all of these
 * ways; the sector comes first from the head ("officials", "army"), then from a role title
 * ("Foreign Minister"), then from the entry itself (a seat of power is a government).
 */
final class ActorReader {
    /**
     * The dictionary's mark for words that stand for a party without a sector of their own
     * ("team", "delegation", "counterparts"): they take the sector of their modifiers, and
     * otherwise represent a government, as they do in diplomatic news.
     */
    private static final String DELEGATION = "delegation";
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "him", "her", "them");
    /**
     * Second halves of a hyphenated demonym that make the country someone else's backer, not the
     * actor: "Russian-backed separatists" are not Russia.
     */
    /** Heads that an apposition may name: "the main rebel group, the FDD". */
    private static final Set<String> GROUP_NOUNS = Set.of("group", "movement", "organisation", "organization",
            "party", "faction", "coalition", "alliance", "front", "body", "agency", "association", "union");
    private static final Set<String> BACKER = Set.of("backed", "funded", "sponsored", "supported", "armed",
            "trained", "allied", "born", "aligned", "leaning");

    /** Heads that count or group the actors of their "of" complement. */
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Set<String> QUANTITIES = Set.of("thousand", "thousands", "hundred", "hundreds", "dozen",
            "dozens", "tens", "scores", "millions", "group", "groups", "band", "crowd", "members", "member",
            "some", "many", "most", "all", "one", "two", "three", "third", "half", "majority", "number",
            "contingent", "batch", "detachment", "deployment");

    private final ActorDictionary dictionary;
    private final Communities communities;
    private final GroupActors groups;
    private final LocatedGroups located;
    private final ActorReadings<Optional<Actor>> reads = new ActorReadings<>();
    private final ActorReadings<List<Actor>> readAlls = new ActorReadings<>();

    ActorReader(ActorDictionary dictionary) {
        this.dictionary = dictionary;
        this.communities = new Communities(dictionary);
        this.groups = new GroupActors(dictionary);
        this.located = new LocatedGroups(dictionary);
    }

    /** The actor named by the phrase headed by {@code head}, if the phrase names a country or group. */
    Optional<Actor> read(DependencyGraph graph, int head, String text, LocalDate when) {
        return read(graph, head, text, when, false);
    }

    /**
     * As {@link #read(DependencyGraph, int, String, LocalDate)}, but when {@code sectorOnly} a
     * phrase that names only a sector ("Congress", "the army") is an actor with no country, for
     * the caller to place in a country from context.
     */
    Optional<Actor> read(DependencyGraph graph, int head, String text, LocalDate when, boolean sectorOnly) {
        return reads.get(graph, head, text, when, sectorOnly, () -> readAfresh(graph, head, text, when, sectorOnly));
    }

    private Optional<Actor> readAfresh(DependencyGraph graph, int head, String text, LocalDate when, boolean sectorOnly) {
        NounPhrase phrase = NounPhrase.of(graph, head);
        List<Located> matches = matches(graph, phrase, when);
        if (matches.stream().noneMatch(m -> m.start <= head && head < m.start + m.match.length())) {
            groups.headSector(graph, head, when).ifPresent(e -> matches.add(new Located(head, new ActorMatch(1, e))));
            matches.sort((a, b) -> Integer.compare(a.start, b.start)); // "opposition groups in Zimbabwe"
        }
        if (matches.isEmpty() || !namesAnActor(graph, head, matches)) {
            return located.read(graph, head, text, when); // "the parties to the conflict in Iraq"
        }
        String country = null;
        String sector = null;
        int countryDistance = Integer.MAX_VALUE;
        Located countryMatch = null;
        boolean headIsSector = false;
        boolean delegation = false;
        int titleStart = -1; // a sector word before the name: "President" in "President X"
        for (Located m : matches) {
            ActorEntry e = m.match.entry();
            if (DELEGATION.equals(e.sector())) {
                delegation = true;
                continue;
            }
            boolean coversHead = m.start <= head && head < m.start + m.match.length();
            if (e.country() != null && e.kind() == ActorKind.DEMONYM && backs(graph, m)) {
                continue;
            }
            if (e.country() != null) {
                int distance = coversHead ? -1 : Math.abs(m.start - head);
                if (distance < countryDistance) {
                    countryDistance = distance;
                    countryMatch = m;
                    country = e.country();
                    if (e.kind() != ActorKind.DEMONYM && e.sector() != null && !headIsSector) {
                        sector = e.sector();
                    } else if (coversHead) {
                        sector = OutOfOfficeTitles.sector(graph, phrase, e, m.start, titleStart, sector).orElse(e.sector());
                    }
                }
            }
            if (e.kind() == ActorKind.SECTOR && e.sector() != null) {
                if (coversHead) {
                    sector = e.sector();
                    headIsSector = true;
                } else if (sector == null) {
                    sector = e.sector();
                    titleStart = m.start;
                }
            }
        }
        if (country == null) {
            if (sectorOnly && (headIsSector || TitledPersons.isTitled(graph, head)) && sector != null) {
                return Optional.of(new Actor(phrase.text(graph, text), sector, null, sector, phrase.span(graph)));
            }
            return Optional.empty();
        }
        if (countryMatch != null && isPartOfUnknownName(graph, head, countryMatch, matches)) {
            return Optional.empty();
        }
        if (sector == null && delegation) {
            sector = "GOV";
        }
        String community = null;
        if (countryMatch != null) {
            List<Communities.Named> named = matches.stream()
                    .map(m -> new Communities.Named(m.start, m.match.length(), m.match.entry())).toList();
            Located group = countryMatch;
            var placed = communities.place(graph, head, named.get(matches.indexOf(group)), named);
            if (placed.isPresent()) {
                country = placed.get().country();
                community = placed.get().code();
            }
        }
        String code = (community != null ? community : country) + (sector == null ? "" : sector);
        return Optional.of(new Actor(phrase.text(graph, text), code, country, sector, phrase.span(graph)));
    }

    /**
     * The actor an apposition names when the phrase itself names none with a country: "Kenzo
     * Oshima, the United Nations relief coordinator", "the main Hutu rebel group, Forces for the
     * Defence of Democracy (FDD)".
     */
    /**
     * Only a name, a sector word or a word for a group stands beside an apposition that names it;
     * a speaker misattached to a common noun ("changes to the deal, chief negotiator X said") does not.
     */
    private static boolean mayBeApposed(DependencyGraph graph, int head, Optional<Actor> whole) {
        return whole.isPresent() || graph.token(head).isProperNoun() || GROUP_NOUNS.contains(graph.lemma(head));
    }

    private Optional<Actor> apposition(DependencyGraph graph, int head, String text, LocalDate when) {
        for (Arc arc : graph.dependents(head)) {
            if (arc.relation().equals("appos")) {
                Optional<Actor> named = read(graph, arc.dependent(), text, when, false);
                if (named.isPresent() && named.get().country() != null) {
                    return named;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The actors the phrase headed by {@code head} names, one per coordinated country modifier:
     * "Hungarian and Romanian officials" are HUNGOV and ROUGOV, as "Hungarian officials and
     * Romanian officials" would be. Each conjunct's actor spans from its modifier to the phrase's
     * end ("Romanian officials"), the first conjunct's from the phrase's first word. A phrase without such a
     * coordination gives what {@link #read(DependencyGraph, int, String, LocalDate, boolean)} gives.
     */
    List<Actor> readAll(DependencyGraph graph, int head, String text, LocalDate when, boolean sectorOnly) {
        return readAlls.get(graph, head, text, when, sectorOnly,
                () -> List.copyOf(readAllAfresh(graph, head, text, when, sectorOnly)));
    }

    private List<Actor> readAllAfresh(DependencyGraph graph, int head, String text, LocalDate when, boolean sectorOnly) {
        Optional<Actor> whole = read(graph, head, text, when, sectorOnly);
        if (whole.isEmpty() || whole.get().country() == null) {
            Optional<Actor> apposed = mayBeApposed(graph, head, whole) ? apposition(graph, head, text, when) : Optional.empty();
            if (apposed.isPresent()) {
                return List.of(apposed.get());
            }
            return whole.map(List::of).orElse(List.of());
        }
        List<Integer> conjuncts = coordinatedCountryModifiers(graph, head, when);
        if (conjuncts.size() < 2) {
            return List.of(whole.get());
        }
        Actor base = whole.get();
        NounPhrase phrase = NounPhrase.of(graph, head);
        String sector = base.sector();
        List<Actor> out = new ArrayList<>(conjuncts.size());
        List<String> seen = new ArrayList<>(conjuncts.size());
        for (int i = 0; i < conjuncts.size(); i++) {
            int modifier = conjuncts.get(i);
            String country = entryAt(graph, modifier, when).map(ActorEntry::country).orElse(null);
            if (country == null || seen.contains(country)) {
                continue;
            }
            seen.add(country);
            int first = modifier;
            while (i == 0 && first - 1 >= 0 && modifies(graph, first - 1, head)) {
                first--; // "Senior Hungarian and Romanian officials": the first conjunct keeps the leading words
            }
            var span = graph.sentence().span(first, phrase.last() + 1);
            out.add(new Actor(span.of(text), country + (sector == null ? "" : sector), country, sector, span));
        }
        return out.size() < 2 ? List.of(base) : out;
    }

    /**
     * The head's country modifiers (adjective, compound) that are coordinated with each other, in
     * text order: "Hungarian" and "Romanian" in "Senior Hungarian and Romanian officials". Empty
     * unless some modifier has a conjunct that also names a country.
     */
    private List<Integer> coordinatedCountryModifiers(DependencyGraph graph, int head, LocalDate when) {
        List<Integer> found = new ArrayList<>(3);
        boolean coordinated = false;
        for (Arc arc : graph.dependents(head)) {
            String rel = arc.relation();
            if (!(rel.startsWith("amod") || rel.startsWith("compound")) || arc.dependent() > head) {
                continue;
            }
            int dep = arc.dependent();
            if (!namesCountry(graph, dep, when)) {
                continue;
            }
            if (!found.contains(dep)) {
                found.add(dep);
            }
            for (Arc conj : graph.dependents(dep)) {
                if (conj.baseRelation().equals("conj") && conj.dependent() < head
                        && namesCountry(graph, conj.dependent(), when)) {
                    coordinated = true;
                    if (!found.contains(conj.dependent())) {
                        found.add(conj.dependent());
                    }
                }
            }
        }
        if (!coordinated) {
            return List.of();
        }
        found.sort(Integer::compare);
        return found;
    }

    private boolean namesCountry(DependencyGraph graph, int token, LocalDate when) {
        Optional<ActorEntry> e = entryAt(graph, token, when);
        return e.isPresent() && e.get().country() != null && e.get().kind() != ActorKind.SECTOR
                && e.get().country().length() == 3;
    }

    /** "Russian-backed", "Iranian - funded": the demonym names a backer of the phrase's actor. */
    private static boolean backs(DependencyGraph graph, Located m) {
        int last = m.start + m.match.length() - 1;
        String word = graph.words().get(last).toLowerCase(Locale.ROOT);
        int dash = word.lastIndexOf('-');
        if (dash >= 0 && BACKER.contains(word.substring(dash + 1))) {
            return true;
        }
        List<String> words = graph.words();
        if (last + 2 < words.size() && words.get(last + 1).equals("-")) {
            return BACKER.contains(words.get(last + 2).toLowerCase(Locale.ROOT));
        }
        return false;
    }

    /**
     * "the American Civil Liberties Union": a demonym inside the name of an organisation the
     * dictionary does not know (every word from the demonym to the head a proper noun of one
     * ORGANIZATION name, some of them covered by no entry) does not make the organisation that
     * country's: an unresolved actor beats a wrong one. Known bodies ("Iranian Revolutionary
     * Guards") match as a whole and never get here.
     */
    private static boolean isPartOfUnknownName(DependencyGraph graph, int head, Located country,
                                               List<Located> matches) {
        ActorEntry e = country.match.entry();
        if (e.kind() != ActorKind.DEMONYM || country.start > head || !graph.token(head).ner().equals("ORGANIZATION")) {
            return false;
        }
        int end = country.start + country.match.length();
        if (head < end + 1) {
            return false;
        }
        boolean unknownWord = false;
        for (int t = end; t <= head; t++) {
            if (!graph.token(t).isProperNoun() || !graph.token(t).ner().equals("ORGANIZATION")) {
                return false;
            }
            int token = t;
            unknownWord |= matches.stream().noneMatch(m -> m.start <= token && token < m.start + m.match.length());
        }
        return unknownWord;
    }

    /**
     * Whether the phrase is about an actor, not about a thing an actor has: a dictionary phrase
     * covers its head ("Russian diplomats", "the team from Tel Aviv"), or its head is a name
     * ("Russian envoy Alexander Lavrentiev"). "Israel's security concerns" is not Israel.
     */
    private static boolean namesAnActor(DependencyGraph graph, int head, List<Located> matches) {
        for (Located m : matches) {
            if (m.start <= head && head < m.start + m.match.length()) {
                return true;
            }
        }
        return graph.token(head).ner().equals("PERSON") || graph.token(head).ner().equals("ORGANIZATION");
    }

    /**
     * The actors a non-actor phrase points to through its possessor or its demonym adjectives:
     * "Israel's security concerns" points to Israel, "the American and Russian stance" to the US
     * and Russia.
     */
    List<Actor> readOwners(DependencyGraph graph, int head, String text, LocalDate when) {
        List<Actor> owners = new ArrayList<>(2);
        Optional<Actor> modifier = readModifierChunk(graph, head, text, when);
        if (modifier.isPresent()) {
            owners.add(modifier.get());
            return owners;
        }
        for (Arc arc : graph.dependents(head)) {
            String rel = arc.relation();
            if (rel.equals("nmod:poss") || rel.equals("amod") || rel.equals("compound")) {
                int dep = arc.dependent();
                Optional<ActorEntry> entry = entryAt(graph, dep, when);
                if (entry.isPresent() && entry.get().country() != null) {
                    read(graph, dep, text, when).ifPresent(owners::add);
                    for (Arc conj : graph.dependents(dep)) {
                        if (conj.baseRelation().equals("conj")) {
                            read(graph, conj.dependent(), text, when).ifPresent(owners::add);
                        }
                    }
                }
            }
        }
        return owners;
    }

    /**
     * "a U.S. Supreme Court decision": the words just before the head that modify it (compounds,
     * adjectives, a possessor), read as one phrase when it names a country and a sector ending on
     * its last word (USAJUD), which a word-by-word reading of the modifiers misses.
     */
    private Optional<Actor> readModifierChunk(DependencyGraph graph, int head, String text, LocalDate when) {
        int first = head;
        while (first - 1 >= 0 && modifies(graph, first - 1, head)) {
            first--;
        }
        if (first == head) {
            return Optional.empty();
        }
        List<String> words = graph.words().subList(0, head);
        String country = null;
        String sector = null;
        int i = first;
        while (i < head) {
            Optional<ActorMatch> m = dictionary.longestMatch(words, i, when);
            if (m.isEmpty()) {
                i++;
                continue;
            }
            ActorEntry e = m.get().entry();
            int end = i + m.get().length();
            if (e.country() != null && e.kind() != ActorKind.SECTOR) {
                country = e.country();
                sector = e.kind() == ActorKind.DEMONYM ? null : e.sector();
            } else if (e.kind() == ActorKind.SECTOR && end == head && !e.isDelegation()) {
                sector = e.sector();
            }
            i = end;
        }
        ActorEntry last = dictionary.longestMatch(words, head - 1, when).map(ActorMatch::entry).orElse(null);
        if (country == null || sector == null || last == null || last.kind() != ActorKind.SECTOR) {
            return Optional.empty(); // a plain demonym or name is left to the word-by-word reading
        }
        int start = first;
        while (start < head && graph.token(start).pos().equals("DT")) {
            start++;
        }
        var span = graph.sentence().span(start, head);
        return Optional.of(new Actor(span.of(text), country + sector, country, sector, span));
    }

    /** Whether a token before the head sits in its modifier chunk: compound, adjective, determiner. */
    private static boolean modifies(DependencyGraph graph, int token, int head) {
        Arc up = graph.head(token);
        if (up == null) {
            return false;
        }
        String rel = up.relation();
        boolean modifier = rel.startsWith("compound") || rel.startsWith("amod") || rel.equals("det")
                || rel.startsWith("flat");
        if (!modifier) {
            return false;
        }
        // Inside the chunk: the modifier hangs on the head or on a later word of the chunk.
        return up.governor() > token && up.governor() <= head;
    }

    /**
     * The noun that names who acts when {@code head} only counts or groups them: "thousands of
     * students", "a group of Moroccan diplomats", "members of the union" stand for their "of"
     * complement; a weekday the parser made the subject ("Iran Tuesday condemned") for the actor
     * compounded with it. Any other head stands for itself.
     */
    static int memberOf(DependencyGraph graph, int head) {
        String lemma = graph.lemma(head).toLowerCase(Locale.ROOT);
        if (WEEKDAYS.contains(lemma)) {
            return actorBeforeDay(graph, head);
        }
        if (!QUANTITIES.contains(lemma)) {
            return head;
        }
        for (Arc arc : graph.dependents(head)) {
            if (arc.relation().equals("nmod:of")) {
                return arc.dependent();
            }
        }
        return head;
    }

    /**
     * Wire copy puts the day between the actor and its verb ("Iran Tuesday condemned ..."), and the
     * parser makes the day the subject with the actor as its compound: the actor is that compound.
     */
    private static int actorBeforeDay(DependencyGraph graph, int day) {
        int nearest = -1;
        for (Arc arc : graph.dependents(day)) {
            if (arc.relation().equals("compound") && arc.dependent() < day && arc.dependent() > nearest) {
                nearest = arc.dependent();
            }
        }
        return nearest >= 0 ? nearest : day;
    }

    static boolean isPronoun(DependencyGraph graph, int token) {
        return graph.token(token).pos().startsWith("PRP") && PRONOUNS.contains(graph.lemma(token));
    }

    private Optional<ActorEntry> entryAt(DependencyGraph graph, int token, LocalDate when) {
        List<String> words = graph.words();
        for (int start = Math.max(0, token - 3); start <= token; start++) {
            Optional<ActorMatch> m = dictionary.longestMatch(words, start, when);
            if (m.isPresent() && start + m.get().length() > token) {
                return Optional.of(m.get().entry());
            }
        }
        return Optional.empty();
    }

    private List<Located> matches(DependencyGraph graph, NounPhrase phrase, LocalDate when) {
        List<String> words = graph.words().subList(0, phrase.last() + 1);
        List<Located> found = new ArrayList<>(3);
        int i = phrase.first();
        while (i <= phrase.last()) {
            Optional<ActorMatch> m = dictionary.longestMatch(words, i, when);
            if (m.isPresent()) {
                found.add(new Located(i, m.get()));
                i += m.get().length();
            } else {
                i++;
            }
        }
        return found;
    }

    /** Whether {@code code} is a state's (ISO alpha-3), not a group's (KUR, IGO). */
    boolean isState(String code) {
        return dictionary.country(code).isPresent();
    }

    static boolean isPronounText(String word) {
        return PRONOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    private record Located(int start, ActorMatch match) {
    }
}
