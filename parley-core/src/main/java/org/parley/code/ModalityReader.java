package org.parley.code;

import java.util.List;
import java.util.Set;
import org.parley.model.Arc;
import org.parley.model.Mood;

/**
 * Reads negation, mood and reported speech around a trigger by walking up its clause chain.
 *
 * <p>The nearest cue decides the mood: a modal or future auxiliary of the trigger's own clause
 * ("will meet", "could attack"), "if", or the verb that embeds the clause ("urged X to demand" makes
 * the demand requested, "vowed to retaliate" makes it intended). Verbs of saying do not change the
 * mood; they name the claimant.
 */
final class ModalityReader {
    private static final Set<String> NEGATIONS = Set.of("not", "never", "n't", "no", "neither", "nor");
    private static final Set<String> INTENT_AUX = Set.of("will", "shall", "'ll", "wo", "would");
    private static final Set<String> POSSIBILITY_AUX = Set.of("could", "might", "may", "can", "should", "must", "ca");
    private static final Set<String> CONDITIONALS = Set.of("if", "unless", "whether");
    private static final Set<String> REQUEST_VERBS = Set.of(
            "urge", "ask", "call", "demand", "press", "request", "appeal", "encourage", "invite", "push",
            "implore", "beg", "petition", "exhort", "require", "instruct", "order", "tell", "advise");
    private static final Set<String> INTENT_VERBS = Set.of(
            "plan", "intend", "vow", "pledge", "promise", "threaten", "aim", "seek", "want", "decide",
            "agree", "prepare", "expect", "hope", "offer", "propose", "try", "attempt", "resolve", "commit",
            "go", "mean", "wish", "consider", "weigh", "move", "set", "willing", "ready", "prepared");
    /** Words of wanting or readiness that no lexicon entry codes, so their negation denies the event they embed. */
    private static final Set<String> WANTING = Set.of(
            "want", "plan", "intend", "wish", "ready", "willing", "prepared", "determined", "eager");
    private static final Set<String> NEGATING_VERBS = Set.of("fail", "refuse", "decline", "avoid", "cancel", "deny");
    private static final Set<String> SPEECH_VERBS = Set.of(
            "say", "tell", "report", "claim", "state", "add", "announce", "insist", "allege", "confirm",
            "assert", "declare", "write", "argue", "note", "explain", "warn", "acknowledge", "admit",
            "believe", "think", "suggest", "indicate", "reveal", "disclose", "quote", "stress", "emphasize",
            "emphasise", "told", "maintain", "contend");
    private static final Set<String> HEDGES = Set.of("reportedly", "allegedly", "purportedly", "apparently", "supposedly");
    private static final Set<String> CLAUSE_LINKS = Set.of("xcomp", "ccomp", "advcl", "parataxis");
    private static final int MAX_CLIMB = 4;

    private final DependencyGraph graph;

    ModalityReader(DependencyGraph graph) {
        this.graph = graph;
    }

    Modality read(TriggerMatch m) {
        boolean negated = isNegated(m.token()) || m.supportVerb() >= 0 && isNegated(m.supportVerb());
        Mood mood = null;
        int claimant = -1;
        boolean hedged = false;
        int node = m.clauseHead();
        for (int step = 0; step < MAX_CLIMB && node >= 0; step++) {
            if (mood == null) {
                mood = ownMood(node);
            }
            hedged |= hasHedge(node);
            if (claimant < 0) {
                claimant = accordingTo(node);
            }
            if (claimant < 0) {
                claimant = parentheticalSpeaker(node);
            }
            Arc up = graph.head(node);
            if (up == null || up.governor() < 0) {
                break;
            }
            String link = up.baseRelation();
            int governor = up.governor();
            String verb = graph.lemma(governor);
            // "its demand that X withdraw": the content clause of an event noun of request or intent.
            boolean content = link.equals("acl") && (REQUEST_VERBS.contains(verb) || INTENT_VERBS.contains(verb));
            if (!CLAUSE_LINKS.contains(link) && !up.relation().equals("xcomp") && !content) {
                break;
            }
            if (SPEECH_VERBS.contains(verb) && !link.equals("advcl")) {
                if (graph.isPassive(governor)) {
                    hedged = true; // "is said to", "was reported to"
                } else if (claimant < 0) {
                    List<Integer> speakers = graph.dependents(governor, Set.of("nsubj"));
                    if (!speakers.isEmpty()) {
                        claimant = speakers.get(0);
                    }
                }
            } else if (mood == null && REQUEST_VERBS.contains(verb)) {
                mood = Mood.REQUESTED;
            } else if (mood == null && INTENT_VERBS.contains(verb)) {
                // "wants Putin to attack": what one wants another to do is asked of them, not intended.
                mood = graph.dependents(governor, Set.of("obj")).isEmpty() ? Mood.INTENDED : Mood.REQUESTED;
            } else if (NEGATING_VERBS.contains(verb) && step == 0) {
                negated = true;
            }
            if (step == 0 && WANTING.contains(verb) && isNegated(governor)) {
                negated = true; // "is not willing to meet", "does not plan to attack": the event is denied
            }
            node = governor;
        }
        return new Modality(negated, mood == null ? Mood.ASSERTED : mood, claimant, hedged);
    }

    private boolean isNegated(int token) {
        for (Arc arc : graph.dependents(token)) {
            String rel = arc.baseRelation();
            if ((rel.equals("advmod") || rel.equals("det") || rel.equals("neg")) && NEGATIONS.contains(graph.lemma(arc.dependent()))) {
                return true;
            }
        }
        return false;
    }

    private Mood ownMood(int verb) {
        for (Arc arc : graph.dependents(verb)) {
            String lemma = graph.lemma(arc.dependent());
            if (arc.relation().equals("aux")) {
                if (INTENT_AUX.contains(lemma)) {
                    return Mood.INTENDED;
                }
                if (POSSIBILITY_AUX.contains(lemma)) {
                    return Mood.HYPOTHETICAL;
                }
            }
            if (arc.relation().equals("mark") && CONDITIONALS.contains(lemma)) {
                return Mood.HYPOTHETICAL;
            }
        }
        return null;
    }

    private boolean hasHedge(int verb) {
        for (Arc arc : graph.dependents(verb)) {
            if (arc.baseRelation().equals("advmod") && HEDGES.contains(graph.lemma(arc.dependent()))) {
                return true;
            }
        }
        return false;
    }

    private int accordingTo(int node) {
        for (Arc arc : graph.dependents(node)) {
            if (arc.subtype().equals("according_to")) {
                return arc.dependent();
            }
        }
        return -1;
    }

    /** "X did Y, Z said": the speech verb hangs off the clause it reports. */
    private int parentheticalSpeaker(int node) {
        for (Arc arc : graph.dependents(node)) {
            if (arc.relation().equals("parataxis") && SPEECH_VERBS.contains(graph.lemma(arc.dependent()))) {
                List<Integer> speakers = graph.dependents(arc.dependent(), Set.of("nsubj"));
                if (!speakers.isEmpty()) {
                    return speakers.get(0);
                }
            }
        }
        return -1;
    }
}
