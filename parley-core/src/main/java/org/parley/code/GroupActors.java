package org.parley.code;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Arc;
import org.parley.resolve.ActorDictionary;
import org.parley.resolve.ActorEntry;
import org.parley.resolve.ActorKind;
import org.parley.resolve.ActorMatch;

/**
 * The sector of a phrase whose head names a body of people without naming a sector itself, read
 * from two constructions of English news:
 * <ul>
 *   <li>a common noun for a group ("groups", "parties", "coalition", "faction", "movement")
 *       modified by a sector word: "opposition groups" are OPP and "rebel factions" REB, as "the
 *       opposition" and "rebels" are;</li>
 *   <li>the proper name of an organisation the dictionary does not know whose last word makes it
 *       a political body ("X Party", "X Front", "X Movement", "X Alliance"): the sector of a sector
 *       word inside the name ("Teachers' League" EDU, "Party of Workers" LAB), else PTY, the
 *       codebook's role code for a party when whether it governs is not known. ("Union" is a
 *       sector word of the dictionary already: LAB.)</li>
 * </ul>
 * The result is a sector entry standing for the head word alone; the caller reads the country, as
 * for any sector word, from the phrase's modifiers or its context ("opposition groups in Zimbabwe"
 * ZWEOPP). A head the dictionary already covers never gets here.
 *
 * <p>Stateless apart from the dictionary it reads; safe to share between threads.
 */
final class GroupActors {
    /** Common nouns that stand for an organised body of people and take the sector of their modifier. */
    private static final Set<String> GROUP_NOUNS = Set.of("group", "party", "coalition", "alliance", "movement",
            "faction", "bloc", "camp", "organisation", "organization", "front", "wing", "network", "cell");
    /** Last words of an organisation's name that make it a party-like political body. */
    private static final Set<String> PARTY_HEADS = Set.of("party", "front", "movement", "alliance", "league",
            "coalition", "bloc");
    /** The codebook's role code for a political party (GOVPTY, OPPPTY when its place is known). */
    static final String PARTY = "PTY";

    private final ActorDictionary dictionary;

    GroupActors(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /**
     * The sector entry that the group-noun head {@code head} stands for, or empty when the head is
     * not a group noun with a sector modifier nor a party-like organisation name.
     */
    Optional<ActorEntry> headSector(DependencyGraph graph, int head, LocalDate when) {
        String lemma = graph.lemma(head).toLowerCase(Locale.ROOT);
        boolean name = graph.token(head).isProperNoun() && graph.token(head).ner().equals("ORGANIZATION");
        if (name) {
            if (!PARTY_HEADS.contains(graph.words().get(head).toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            String sector = sectorInName(graph, head, when).orElse(PARTY);
            return Optional.of(entry(graph, head, sector));
        }
        if (!GROUP_NOUNS.contains(lemma)) {
            return Optional.empty();
        }
        return modifierSector(graph, head, when).map(s -> entry(graph, head, s));
    }

    /** The sector of the nearest sector word that modifies the head from just before it ("opposition groups"). */
    private Optional<String> modifierSector(DependencyGraph graph, int head, LocalDate when) {
        String found = null;
        int nearest = -1;
        for (Arc arc : graph.dependents(head)) {
            String rel = arc.relation();
            int dep = arc.dependent();
            if (dep > head || dep <= nearest || !(rel.startsWith("amod") || rel.startsWith("compound"))) {
                continue;
            }
            Optional<String> sector = sectorAt(graph, dep, head, when);
            if (sector.isPresent()) {
                found = sector.get();
                nearest = dep;
            }
        }
        return Optional.ofNullable(found);
    }

    /** A sector word among the name's own words: its compounds, or the name of its "of" complement. */
    private Optional<String> sectorInName(DependencyGraph graph, int head, LocalDate when) {
        for (Arc arc : graph.dependents(head)) {
            int dep = arc.dependent();
            boolean inName = (arc.relation().startsWith("compound") && dep < head)
                    || (arc.relation().equals("nmod:of") && graph.token(dep).isProperNoun());
            if (inName) {
                Optional<String> sector = sectorAt(graph, dep, dep < head ? head : graph.words().size(), when);
                if (sector.isPresent()) {
                    return sector;
                }
            }
        }
        return Optional.empty();
    }

    /** The sector of a sector-word dictionary phrase starting at or covering {@code token} and ending before {@code end}. */
    private Optional<String> sectorAt(DependencyGraph graph, int token, int end, LocalDate when) {
        List<String> words = graph.words().subList(0, end);
        for (int start = Math.max(0, token - 2); start <= token; start++) {
            Optional<ActorMatch> m = dictionary.longestMatch(words, start, when);
            if (m.isPresent() && start + m.get().length() > token) {
                ActorEntry e = m.get().entry();
                boolean sectorWord = e.kind() == ActorKind.SECTOR && e.sector() != null && !e.isDelegation();
                return sectorWord ? Optional.of(e.sector()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static ActorEntry entry(DependencyGraph graph, int head, String sector) {
        return new ActorEntry(graph.words().get(head), ActorKind.SECTOR, null, sector, null);
    }
}
