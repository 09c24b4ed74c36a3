package org.parley.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.model.Arc;

/**
 * A demand, call or appeal made by a document speaks for whoever issued the document: "the party
 * issued a declaration demanding that the government ...", "a statement by the ministry calling on
 * X to ...", "the council's resolution urging X". The trigger is then a participle describing the
 * document noun; the issuer is the noun's possessor or "by" agent, else the subject of the verb
 * whose object the noun is ("issued", "released", "adopted").
 *
 * <p>Contract: {@link #sourceTiers} puts one tier of issuer heads before the given tiers when the
 * trigger is such a participle, and returns the tiers unchanged otherwise. Stateless.
 */
final class DocumentIssuers {
    /** Nouns for a written or spoken text that an actor issues. */
    private static final Set<String> DOCUMENTS = Set.of("declaration", "statement", "communique", "communiqué",
            "letter", "resolution", "message", "note", "memorandum", "petition", "manifesto", "report",
            "announcement", "ultimatum", "decree", "motion", "leaflet", "editorial", "appeal");

    private DocumentIssuers() {
    }

    static List<List<Integer>> sourceTiers(DependencyGraph graph, TriggerMatch m, List<List<Integer>> tiers) {
        if (m.isNoun()) {
            return tiers;
        }
        Arc up = graph.head(m.token());
        if (up == null || !up.baseRelation().equals("acl")
                || !DOCUMENTS.contains(graph.lemma(up.governor()).toLowerCase(Locale.ROOT))) {
            return tiers;
        }
        int document = up.governor();
        List<Integer> issuers = new ArrayList<>(1);
        issuers.addAll(graph.dependents(document, Set.of("nmod:poss", "nmod:by", "nmod:from")));
        Arc issued = graph.head(document);
        if (issuers.isEmpty() && issued != null && issued.baseRelation().equals("obj")) {
            issuers.addAll(graph.dependents(issued.governor(), Set.of("nsubj")));
        }
        if (issuers.isEmpty()) {
            return tiers;
        }
        List<List<Integer>> out = new ArrayList<>(tiers.size() + 1);
        out.add(issuers);
        out.addAll(tiers);
        return out;
    }
}
