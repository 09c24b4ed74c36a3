package org.parley.code;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Arc;

/**
 * Events about other events within one sentence: the clause a verb of intent, appeal, demand,
 * refusal or threat embeds ("offered <em>to meet</em>", "urged X <em>to negotiate</em>", "threatened
 * <em>that it would attack</em>"), and bare statements of a future event ("X will visit Y").
 */
final class Embeddings {
    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo", "would");
    /** "The EC may halt mediation if ...": a possible act made to depend on another party is a threat too. */
    private static final Set<String> POSSIBILITY_AUX = Set.of("may", "might", "could");
    private static final Set<String> READINESS = Set.of("willing", "ready", "prepared", "prepare");

    private final DependencyGraph graph;

    Embeddings(DependencyGraph graph) {
        this.graph = graph;
    }

    /**
     * The complement clause's verb of a matrix verb: its open complement ("agreed to lift"),
     * else its clausal complement ("threatened that it would attack"), else a clause marked "for"
     * with its own subject ("called for Israel to withdraw"), else the content clause of its object
     * noun ("insisted on its demand that X withdraw"), else -1.
     */
    int complement(TriggerMatch matrix) {
        if (matrix.isNoun()) {
            return nounComplement(matrix.token());
        }
        for (String relation : List.of("xcomp", "ccomp")) {
            List<Integer> found = graph.dependents(matrix.token(), Set.of(relation));
            if (!found.isEmpty()) {
                return found.get(0);
            }
        }
        // "called for Israel to withdraw": a clause marked "for" with a subject of its own.
        for (Arc arc : graph.dependents(matrix.token())) {
            int verb = arc.dependent();
            if (arc.baseRelation().equals("advcl") && graph.hasDependent(verb, "mark", Set.of("for"))
                    && !graph.dependents(verb, Set.of("nsubj")).isEmpty()) {
                return verb;
            }
        }
        // "insisted on its demand that X withdraw", "pressed the call that X resign": the content
        // clause of the noun the verb acts on.
        for (int noun : graph.dependents(matrix.token(), Set.of("obj", "obl:on", "obl:for"))) {
            int content = graph.token(noun).isNoun() ? nounComplement(noun) : -1;
            if (content >= 0) {
                return content;
            }
        }
        return -1;
    }

    /**
     * "its demand that Israel ease restrictions": the verb of the clause an event noun states as
     * its content, or -1. Only a clause with a subject of its own
     * counts, so a relative clause about the noun ("the demand it made") is no content.
     */
    private int nounComplement(int noun) {
        for (Arc arc : graph.dependents(noun)) {
            String base = arc.baseRelation();
            if ((base.equals("acl") || base.equals("ccomp")) && graph.token(arc.dependent()).isVerb()
                    && !graph.dependents(arc.dependent(), Set.of("nsubj")).isEmpty()
                    && graph.dependents(arc.dependent(), Set.of("nsubj")).stream()
                            .noneMatch(s -> graph.lemma(s).equals("which") || graph.lemma(s).equals("that"))) {
                return arc.dependent();
            }
        }
        return -1;
    }

    /**
     * The subjects of a closed complement, the party an appeal or demand binds: Zimbabwe's
     * president in "demanded that the president resign" or "its demand that the president resign".
     * Empty for an open complement, whose party is the matrix verb's object ("urged X to").
     */
    List<Integer> clauseSubjects(TriggerMatch matrix) {
        int verb = complement(matrix);
        if (verb < 0 || isOpen(matrix)) {
            return List.of();
        }
        return graph.dependents(verb, Set.of("nsubj"));
    }

    /** Whether the complement is open: its subject is the matrix verb's subject or object. */
    boolean isOpen(TriggerMatch matrix) {
        int verb = complement(matrix);
        return verb >= 0 && !graph.dependents(matrix.token(), Set.of("xcomp")).isEmpty();
    }

    /**
     * The trigger whose clause the matrix verb embeds: the complement's own trigger, or one of a
     * verb coordinated with it ("agreed to meet and to settle"); the first in the sentence.
     */
    Optional<TriggerMatch> embedded(TriggerMatch matrix, List<TriggerMatch> all) {
        int verb = complement(matrix);
        if (verb < 0) {
            return Optional.empty();
        }
        for (TriggerMatch m : all) {
            int head = m.clauseHead();
            if (m != matrix && (head == verb || isConjunctOf(head, verb))) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** Whether some other trigger of the sentence embeds this one as its complement. */
    boolean isEmbeddedByTrigger(TriggerMatch m, List<TriggerMatch> all) {
        for (TriggerMatch other : all) {
            if (other != m && embedded(other, all).filter(e -> e == m).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "X will visit Y", "they would meet": a future auxiliary on the event's own clause; or "X is
     * willing (ready, prepared) to withdraw": a predicate of readiness whose complement it is.
     */
    boolean isStatedFuture(TriggerMatch m) {
        for (Arc arc : graph.dependents(m.clauseHead())) {
            if (arc.relation().equals("aux") && FUTURE_AUX.contains(graph.lemma(arc.dependent()))) {
                return true;
            }
        }
        Arc up = graph.head(m.clauseHead());
        return up != null && up.relation().equals("xcomp") && up.governor() >= 0
                && READINESS.contains(graph.lemma(up.governor()));
    }

    /**
     * "X will boycott the elections unless the president resigns", "the EC may halt mediation if
     * cooperation founders": a stated future or possible act made to depend ("unless", "if") on what
     * another party does is a threat (or, for a cooperative event, a conditional offer); CAMEO 13.
     * A refusal ({@code refusal}: "will not ...") is a threat only with "unless".
     */
    boolean isConditional(TriggerMatch m, boolean refusal) {
        // A refusal under a circumstance ("will not accept refugees if war starts") stays a refusal:
        // only "unless" makes one a threat ("will not attend the talks unless ...", CAMEO 134).
        boolean possible = !refusal && hasAux(m, POSSIBILITY_AUX);
        if (!isStatedFuture(m) && !possible) {
            return false;
        }
        Set<String> marks = refusal ? Set.of("unless") : Set.of("unless", "if");
        for (int clause : graph.dependents(m.clauseHead(), Set.of("advcl", "advcl:unless", "advcl:if"))) {
            if (graph.hasDependent(clause, "mark", marks)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasAux(TriggerMatch m, Set<String> lemmas) {
        for (Arc arc : graph.dependents(m.clauseHead())) {
            if (arc.relation().equals("aux") && lemmas.contains(graph.lemma(arc.dependent()))) {
                return true;
            }
        }
        return false;
    }

    private boolean isConjunctOf(int head, int verb) {
        Arc up = graph.head(head);
        return up != null && up.baseRelation().equals("conj") && up.governor() == verb;
    }
}
