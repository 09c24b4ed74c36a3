package org.parley.code;

import java.util.BitSet;
import java.util.Set;
import org.parley.model.Arc;
import org.parley.model.Span;

/**
 * The extent of the noun phrase headed by a token: the head with its determiners, modifiers,
 * compounds, names, possessors and "of"/"from" complements, never crossing into coordinated
 * phrases, clauses or appositions.
 *
 * @param head  token index of the head noun
 * @param first first token of the phrase
 * @param last  last token of the phrase (inclusive)
 */
record NounPhrase(int head, int first, int last) {
    private static final Set<String> INSIDE = Set.of(
            "det", "amod", "compound", "flat", "nmod:poss", "nummod", "case", "nmod:of", "nmod:from",
            "nmod:for", "nmod:in", "det:predet", "fixed", "cc:preconj", "advmod");

    /** Whether a noun has a definite determiner ("the meetings", "these talks"): it refers to something known. */
    static boolean isDefinite(DependencyGraph graph, int noun) {
        for (Arc arc : graph.dependents(noun)) {
            if (arc.relation().equals("det")) {
                String det = graph.lemma(arc.dependent());
                return det.equals("the") || det.equals("this") || det.equals("these") || det.equals("those");
            }
        }
        return false;
    }

    static NounPhrase of(DependencyGraph graph, int head) {
        BitSet members = new BitSet();
        collect(graph, head, head, members, 0);
        int first = head;
        int last = head;
        // Grow contiguously around the head so that the span never covers words outside the phrase.
        while (first - 1 >= 0 && members.get(first - 1)) {
            first--;
        }
        while (last + 1 < graph.size() && members.get(last + 1)) {
            last++;
        }
        // Trailing punctuation and leading case markers belong to the context, not the phrase.
        while (last > head && isEdgeNoise(graph, last)) {
            last--;
        }
        while (first < head && (isEdgeNoise(graph, first) || graph.token(first).pos().equals("IN"))) {
            first++;
        }
        return new NounPhrase(head, first, last);
    }

    private static void collect(DependencyGraph graph, int head, int node, BitSet members, int depth) {
        members.set(node);
        if (depth > 4) {
            return;
        }
        for (Arc arc : graph.dependents(node)) {
            int dep = arc.dependent();
            if (members.get(dep)) {
                continue;
            }
            String rel = arc.relation();
            boolean inside = INSIDE.contains(rel) || rel.startsWith("compound") || rel.startsWith("flat")
                    || rel.startsWith("amod") || rel.startsWith("det")
                    // The tokeniser cuts "al-Bashir" and "Zia-ul-Haq" at their hyphens and the
                    // parser hangs the hyphens on the head: without them the name breaks in two.
                    || rel.equals("punct") && isHyphen(graph, dep)
                    // "Saudi - led forces": the parser leaves the first half of a hyphenated
                    // modifier as a bare dep; the hyphen after it shows it is part of the word.
                    || rel.equals("dep") && dep + 1 < graph.size() && isHyphen(graph, dep + 1);
            // Complements of the head only (one level): "the team from Tel Aviv", but not the
            // "in Syria" of "the ceasefire in southern Syria" when the head is a deeper noun.
            if (rel.startsWith("nmod:") && !rel.equals("nmod:poss") && !rel.equals("nmod:of") && node != head) {
                inside = false;
            }
            if (rel.equals("case") && node == head) {
                inside = false;
            }
            if (inside) {
                collect(graph, head, dep, members, depth + 1);
            }
        }
    }

    /**
     * A hyphen inside a word ("al-Bashir", "Saudi-led"): written with no space on either side, unlike
     * the dash of a dateline ("BEIJING - Saudi Arabia").
     */
    private static boolean isHyphen(DependencyGraph graph, int i) {
        String word = graph.token(i).word();
        if (!(word.equals("-") || word.equals("\u2010") || word.equals("\u2011")) || i == 0 || i + 1 >= graph.size()) {
            return false;
        }
        return graph.token(i - 1).span().end() == graph.token(i).span().start()
                && graph.token(i).span().end() == graph.token(i + 1).span().start();
    }

    private static boolean isEdgeNoise(DependencyGraph graph, int i) {
        String pos = graph.token(i).pos();
        return pos.equals(",") || pos.equals(".") || pos.equals(":") || pos.equals("``") || pos.equals("''")
                || pos.equals("-LRB-") || pos.equals("-RRB-") || pos.equals("CC");
    }

    Span span(DependencyGraph graph) {
        return graph.sentence().span(first, last + 1);
    }

    String text(DependencyGraph graph, String documentText) {
        return span(graph).of(documentText);
    }

    boolean contains(int token) {
        return token >= first && token <= last;
    }
}
