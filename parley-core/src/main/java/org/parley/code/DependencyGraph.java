package org.parley.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.model.Arc;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * An index over one sentence's dependency arcs: dependents and governors of each token in
 * constant time. Built once per sentence; immutable.
 */
final class DependencyGraph {
    private final Sentence sentence;
    private final List<List<Arc>> out;
    private final List<List<Arc>> in;
    private final List<String> words;
    /** Lower-cased lemmas, which the rules ask for many times per token. */
    private final String[] lemmas;

    DependencyGraph(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.size();
        out = new ArrayList<>(n);
        in = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>(4));
            in.add(new ArrayList<>(2));
        }
        List<String> w = new ArrayList<>(n);
        lemmas = new String[n];
        for (Token t : sentence.tokens()) {
            lemmas[w.size()] = t.lemma() == null ? null : t.lemma().toLowerCase(Locale.ROOT);
            w.add(t.word());
        }
        words = List.copyOf(w);
        for (Arc arc : sentence.arcs()) {
            if (arc.governor() >= 0 && arc.governor() < n) {
                out.get(arc.governor()).add(arc);
            }
            if (arc.dependent() >= 0 && arc.dependent() < n) {
                in.get(arc.dependent()).add(arc);
            }
        }
    }

    Sentence sentence() {
        return sentence;
    }

    Token token(int i) {
        return sentence.token(i);
    }

    String lemma(int i) {
        return lemmas[i];
    }

    /** The surface words of the sentence, in order. */
    List<String> words() {
        return words;
    }

    int size() {
        return sentence.size();
    }

    List<Arc> dependents(int i) {
        return out.get(i);
    }

    List<Arc> governors(int i) {
        return in.get(i);
    }

    /** Dependents of {@code i} whose relation (with subtype) is one of {@code relations}. */
    List<Integer> dependents(int i, Set<String> relations) {
        List<Integer> found = new ArrayList<>(2);
        for (Arc arc : out.get(i)) {
            if (relations.contains(arc.relation()) && !found.contains(arc.dependent())) {
                found.add(arc.dependent());
            }
        }
        return found;
    }

    /** Dependents of {@code i} by base relation ("obl" matches "obl:with"). */
    List<Arc> dependentsByBase(int i, String baseRelation) {
        List<Arc> found = new ArrayList<>(2);
        for (Arc arc : out.get(i)) {
            if (arc.baseRelation().equals(baseRelation)) {
                found.add(arc);
            }
        }
        return found;
    }

    /**
     * Whether two tokens fill one role together: the same token, or one a conjunct of the other
     * ("withdrew inspectors and aid workers": both are what was withdrawn). False when either is -1.
     */
    boolean coordinated(int a, int b) {
        if (a < 0 || b < 0) {
            return false;
        }
        return a == b || isConjunct(a, b) || isConjunct(b, a);
    }

    private boolean isConjunct(int head, int other) {
        for (Arc arc : out.get(head)) {
            if (arc.dependent() == other && arc.baseRelation().equals("conj")) {
                return true;
            }
        }
        return false;
    }

    boolean hasDependent(int i, String relation, Set<String> lemmas) {
        for (Arc arc : out.get(i)) {
            if (arc.relation().equals(relation) && lemmas.contains(lemma(arc.dependent()))) {
                return true;
            }
        }
        return false;
    }

    /** The first governor arc that is not a propagated (enhanced) copy, or null for a root. */
    Arc head(int i) {
        Arc fallback = null;
        for (Arc arc : in.get(i)) {
            if (arc.governor() < 0) {
                return null;
            }
            if (!arc.relation().endsWith(":xsubj") && !arc.relation().startsWith("ref")) {
                if (fallback == null || !arc.baseRelation().equals("conj") && fallback.baseRelation().equals("conj")) {
                    fallback = arc;
                }
            }
        }
        return fallback;
    }

    /** The verb whose subject or object a noun is, or -1. */
    int clauseOf(int noun) {
        for (Arc arc : in.get(noun)) {
            String rel = arc.relation();
            if (arc.governor() >= 0 && (rel.startsWith("nsubj") || rel.equals("obj"))) {
                return arc.governor();
            }
        }
        return -1;
    }

    /** Whether a verb is in the passive voice: it has a passive auxiliary or subject. */
    boolean isPassive(int verb) {
        for (Arc arc : out.get(verb)) {
            if (arc.relation().equals("aux:pass") || arc.relation().equals("nsubj:pass")) {
                return true;
            }
        }
        return false;
    }
}
