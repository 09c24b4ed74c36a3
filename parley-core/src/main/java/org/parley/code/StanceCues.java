package org.parley.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Stances the lexicon cannot list because they lie in a construction rather than a word:
 *
 * <ul>
 *   <li>an <b>obligation stated by a speaker</b>, "X said (declared, reiterated, insisted) that Y
 *       must (should) do Z": X's demand (100) on Y, refined by Z's event when Z is one;</li>
 *   <li><b>readiness</b>, "X is willing (ready, prepared) to contribute troops": X's intent (030) when
 *       the complement is no event the lexicon knows (a known one, "ready to withdraw", is already a
 *       stated future of its own);</li>
 *   <li>a <b>wish about another party's act</b>, "X wants (wishes) Y to do Z": X's appeal (020) to
 *       Y, refined by Z's event when Z is one. It needs Y as its target.</li>
 * </ul>
 *
 * <p>Each is reported as a trigger on the verb of saying or the adjective of readiness, so the
 * usual argument, modality and refinement rules apply to it.
 */
final class StanceCues {
    private static final Set<String> SAYING = Set.of(
            "say", "declare", "reiterate", "insist", "stress", "emphasize", "emphasise", "state", "tell",
            "conclude", "maintain", "argue", "add", "repeat", "announce", "write", "warn");
    private static final Set<String> OBLIGATION_AUX = Set.of("must", "should");
    private static final Set<String> READINESS = Set.of("willing", "ready", "prepared");
    private static final LexiconEntry DEMAND = new LexiconEntry("100", "must", false, null, Set.of(), Set.of(), Set.of(), false, 0);
    private static final Set<String> WISHING = Set.of("want", "wish");
    private static final LexiconEntry APPEAL = new LexiconEntry("020", "want", false, null, Set.of(), Set.of(), Set.of(), false, 0);
    private static final LexiconEntry INTENT = new LexiconEntry("030", "ready", false, null, Set.of(), Set.of(), Set.of(), false, 0);
    private static final double CONFIDENCE = 0.7;

    private final DependencyGraph graph;

    StanceCues(DependencyGraph graph) {
        this.graph = graph;
    }

    /** The stance triggers of the sentence, given the lexicon's triggers (never one on a token they already hold). */
    List<TriggerMatch> find(List<TriggerMatch> lexical) {
        List<TriggerMatch> out = new ArrayList<>(2);
        for (int i = 0; i < graph.size(); i++) {
            if (held(lexical, i)) {
                continue;
            }
            String lemma = graph.lemma(i);
            if (SAYING.contains(lemma) && graph.token(i).isVerb() && !graph.isPassive(i) && statesObligation(i)) {
                out.add(new TriggerMatch(i, DEMAND, -1, -1, graph.token(i).span(), CONFIDENCE, false));
            } else if (READINESS.contains(lemma) && !graph.token(i).isVerb() && hasSubject(i)
                    && readinessFor(i, lexical)) {
                out.add(new TriggerMatch(i, INTENT, -1, -1, graph.token(i).span(), CONFIDENCE, false));
            } else if (WISHING.contains(lemma) && graph.token(i).isVerb() && wishesOfAnother(i)) {
                out.add(new TriggerMatch(i, APPEAL, -1, -1, graph.token(i).span(), CONFIDENCE, false));
            }
        }
        return out;
    }

    /** "said that Libya must hand over": a clausal complement with an obligation and a subject of its own. */
    private boolean statesObligation(int verb) {
        for (int comp : graph.dependents(verb, Set.of("ccomp"))) {
            boolean must = graph.hasDependent(comp, "aux", OBLIGATION_AUX);
            boolean subject = !graph.dependents(comp, Set.of("nsubj", "nsubj:pass")).isEmpty();
            if (must && subject) {
                return true;
            }
        }
        return false;
    }

    /** "wants Putin to attack": an object and an open complement whose subject it is. */
    private boolean wishesOfAnother(int verb) {
        return hasSubject(verb) && !graph.dependents(verb, Set.of("obj")).isEmpty()
                && !graph.dependents(verb, Set.of("xcomp")).isEmpty();
    }

    /** "is ready to contribute": an open complement whose verb is no lexicon trigger. */
    private boolean readinessFor(int adjective, List<TriggerMatch> lexical) {
        for (int comp : graph.dependents(adjective, Set.of("xcomp"))) {
            if (graph.token(comp).isVerb() && lexical.stream().noneMatch(m -> m.clauseHead() == comp)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasSubject(int head) {
        return !graph.dependents(head, Set.of("nsubj")).isEmpty();
    }

    private static boolean held(List<TriggerMatch> lexical, int token) {
        for (TriggerMatch m : lexical) {
            if (m.token() == token || m.supportVerb() == token) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the match binds another party and is worth nothing without it: a speaker's stated
     * obligation ("said Y must") or a wish about another's act ("wants Y to").
     */
    static boolean needsTarget(TriggerMatch m) {
        return m.entry() == DEMAND || m.entry() == APPEAL;
    }
}
