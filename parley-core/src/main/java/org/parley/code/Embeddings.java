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
    private static final Set<String> READINESS = Set.of("willing", "ready", "prepared", "prepare");

    private final DependencyGraph graph;

    Embeddings(DependencyGraph graph) {
        this.graph = graph;
    }

    /**
     * The complement clause's verb of a matrix verb: its open complement ("agreed to lift"),
     * else its clausal complement ("threatened that it would attack"), else -1.
     */
    int complement(TriggerMatch matrix) {
        if (matrix.isNoun()) {
            return -1;
        }
        for (String relation : List.of("xcomp", "ccomp")) {
            List<Integer> found = graph.dependents(matrix.token(), Set.of(relation));
            if (!found.isEmpty()) {
                return found.get(0);
            }
        }
        return -1;
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

    private boolean isConjunctOf(int head, int verb) {
        Arc up = graph.head(head);
        return up != null && up.baseRelation().equals("conj") && up.governor() == verb;
    }
}
