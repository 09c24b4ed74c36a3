package org.parley.code;

import java.util.Set;

/**
 * "Call" in the sense of naming: "calling them an occupying army", "Iran called the sanctions
 * illegal". With a predicate for its object (a small clause, {@code xcomp}, or a second object
 * after an indirect one) the verb says what someone is, it does not telephone anyone, so the
 * lexicon's bare "call" (041, discuss by telephone) does not apply; what the naming amounts to
 * (praise, criticism) is not readable from the verb. "Obama called Putin" and the appeals ("called
 * on", "called for") are untouched.
 *
 * <p>Stateless; a pure function of the parse.
 */
final class NamingCalls {
    private static final String TELEPHONE = "041";

    private NamingCalls() {
    }

    /** Whether trigger {@code m} is "call" naming something rather than a telephone call. */
    static boolean isNaming(DependencyGraph graph, TriggerMatch m) {
        if (m.isNoun() || !m.entry().code().equals(TELEPHONE) || !graph.lemma(m.token()).equals("call")) {
            return false;
        }
        int verb = m.token();
        boolean predicate = !graph.dependents(verb, Set.of("xcomp")).isEmpty();
        boolean twoObjects = !graph.dependents(verb, Set.of("iobj")).isEmpty()
                && !graph.dependents(verb, Set.of("obj")).isEmpty();
        return predicate || twoObjects;
    }
}
