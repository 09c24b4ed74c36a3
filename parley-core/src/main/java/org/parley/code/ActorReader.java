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

    private final ActorDictionary dictionary;

    ActorReader(ActorDictionary dictionary) {
        this.dictionary = dictionary;
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
        NounPhrase phrase = NounPhrase.of(graph, head);
        List<Located> matches = matches(graph, phrase, when);
        if (matches.isEmpty() || !namesAnActor(graph, head, matches)) {
            return Optional.empty();
        }
        String country = null;
        String sector = null;
        int countryDistance = Integer.MAX_VALUE;
        boolean headIsSector = false;
        boolean delegation = false;
        for (Located m : matches) {
            ActorEntry e = m.match.entry();
            if (DELEGATION.equals(e.sector())) {
                delegation = true;
                continue;
            }
            boolean coversHead = m.start <= head && head < m.start + m.match.length();
            if (e.country() != null) {
                int distance = coversHead ? -1 : Math.abs(m.start - head);
                if (distance < countryDistance) {
                    countryDistance = distance;
                    country = e.country();
                    if (e.kind() != ActorKind.DEMONYM && e.sector() != null && !headIsSector) {
                        sector = e.sector();
                    } else if (coversHead) {
                        sector = e.sector();
                    }
                }
            }
            if (e.kind() == ActorKind.SECTOR && e.sector() != null) {
                if (coversHead) {
                    sector = e.sector();
                    headIsSector = true;
                } else if (sector == null) {
                    sector = e.sector();
                }
            }
        }
        if (country == null) {
            if (sectorOnly && headIsSector && sector != null) {
                return Optional.of(new Actor(phrase.text(graph, text), sector, null, sector, phrase.span(graph)));
            }
            return Optional.empty();
        }
        if (sector == null && delegation) {
            sector = "GOV";
        }
        String code = country + (sector == null ? "" : sector);
        return Optional.of(new Actor(phrase.text(graph, text), code, country, sector, phrase.span(graph)));
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

    static boolean isPronounText(String word) {
        return PRONOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    private record Located(int start, ActorMatch match) {
    }
}
