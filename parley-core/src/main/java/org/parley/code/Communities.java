package org.parley.code;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Arc;
import org.parley.resolve.ActorDictionary;
import org.parley.resolve.ActorEntry;
import org.parley.resolve.ActorKind;

/**
 * Ethnic and religious communities placed in a country: "Iraqi Kurds" are Iraq's Kurds (IRQKUR),
 * "ethnic Albanians in south Serbia" Serbia's Albanians (SRBALB), where a plain reading would give
 * the group's own code (KUR) or, worse, the state whose demonym names the people (ALB).
 *
 * <p>Design decision: the CAMEO codebook codes a community by the country it lives in followed by
 * its ethnic or religious code, and keeps the state's code for the state: "ethnic Albanians" are
 * not Albania. A community is either a dictionary group with no country of its own (KUR) or a
 * demonym the word "ethnic" qualifies; another country named in the phrase (an adjective before
 * the head, a place in its complement) is where it lives. Without one the reading is left as it is.
 * Stateless; thread-safe.
 */
final class Communities {
    /** The codebook's religious codes whose six-letter branches (MOSSHI, CHRCPT) are communities too. */
    private static final Set<String> FAITHS = Set.of("MOS", "CHR", "JEW", "HIN", "BUD");

    private final ActorDictionary dictionary;

    Communities(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** A matched phrase of the noun phrase: its first word and the entry it names. */
    record Named(int start, int length, ActorEntry entry) {
        boolean covers(int token) {
            return start <= token && token < start + length;
        }
    }

    /**
     * @param head  the phrase's head
     * @param group the match that covers the head and gave the phrase its country
     * @param all   every match of the phrase, in text order
     * @return the country the community lives in and the community's full code, or empty when the
     *         head names no community or the phrase names no other country
     */
    Optional<Placed> place(DependencyGraph graph, int head, Named group, List<Named> all) {
        if (!group.covers(head) || !isCommunity(graph, head, group.entry())) {
            return Optional.empty();
        }
        String groupCode = group.entry().country();
        for (Named other : all) {
            ActorEntry e = other.entry();
            boolean state = (e.kind() == ActorKind.COUNTRY || e.kind() == ActorKind.DEMONYM) && e.country() != null
                    && dictionary.country(e.country()).isPresent();
            if (other != group && state && !e.country().equals(groupCode)) {
                return Optional.of(new Placed(e.country(), e.country() + groupCode));
            }
        }
        return Optional.empty();
    }

    /** The country a community lives in and its code: "IRQ", "IRQKUR". */
    record Placed(String country, String code) {
    }

    private boolean isCommunity(DependencyGraph graph, int head, ActorEntry e) {
        if (e.kind() == ActorKind.ORGANISATION) {
            // A group code that is no state's and has no sector: an ethnic or religious group (KUR),
            // or a branch of one of the codebook's faiths (MOSSHI); not an agency (NGOXFM).
            String code = e.country();
            boolean group = code != null && (code.length() == 3 || code.length() == 6 && FAITHS.contains(code.substring(0, 3)));
            return e.sector() == null && group && dictionary.country(code.substring(0, 3)).isEmpty();
        }
        if (e.kind() != ActorKind.DEMONYM) {
            return false;
        }
        for (Arc arc : graph.dependents(head)) {
            if (arc.relation().startsWith("amod") && graph.lemma(arc.dependent()).equals("ethnic")) {
                return true;
            }
        }
        return false;
    }
}
