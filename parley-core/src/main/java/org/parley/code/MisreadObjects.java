package org.parley.code;

import java.util.Set;
import org.parley.model.Arc;

/**
 * An object misread as the subject of a complement clause: in "has issued arrest warrants for two
 * men sought in the slaying" the parser takes "sought" for a finite verb and makes "warrants ...
 * sought" a clause complement ({@code ccomp}) of "issued", which is left without an object. When
 * a verb's entry asks for an object ({@code obj:warrant}) and the verb has none, the subject of a
 * bare complement clause (no "that", no auxiliary, no object of its own, a past form) after the
 * verb is read as that object: the clause is then a reduced relative describing it. Only an entry
 * naming that noun consults this reading, so a true complement ("said the men fled") is untouched.
 *
 * <p>Stateless; a pure function of the parse.
 */
final class MisreadObjects {
    private static final Set<String> PAST_FORMS = Set.of("VBN", "VBD");
    private static final Set<String> CLAUSE_WORDS = Set.of("mark", "aux", "aux:pass", "cop", "obj");

    private MisreadObjects() {
    }

    /**
     * The subject of complement {@code arc} of {@code verb} when it can be the verb's misread object,
     * else -1.
     */
    static int subjectOfComplement(DependencyGraph graph, int verb, Arc arc) {
        if (!arc.relation().equals("ccomp") || !graph.dependents(verb, Set.of("obj")).isEmpty()) {
            return -1;
        }
        int clause = arc.dependent();
        if (clause < verb || !PAST_FORMS.contains(graph.token(clause).pos())) {
            return -1;
        }
        int subject = -1;
        for (Arc dependent : graph.dependents(clause)) {
            if (CLAUSE_WORDS.contains(dependent.relation())) {
                return -1;
            }
            if (dependent.relation().equals("nsubj") && dependent.dependent() > verb && dependent.dependent() < clause
                    && graph.token(dependent.dependent()).isNoun() && !graph.token(dependent.dependent()).isProperNoun()) {
                subject = dependent.dependent();
            }
        }
        return subject;
    }
}
