package org.parley.code;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Arc;

/**
 * A cooperative act its actors failed or refused to perform: "failed to reach an agreement",
 * "refused to sign the treaty", "declined to meet". What happened is no agreement, meeting or aid
 * but its failure or refusal, which CAMEO codes as a rejection (12x). A cooperative event (roots 03
 * to 08), negated, in the open complement of a verb of failure or refusal is therefore not reported
 * as itself:
 *
 * <ul>
 *   <li>under a verb the lexicon codes as a refusal ("refused", "declined": 12x, refined by the
 *       complement, "refused to provide aid" 122), that trigger reports the refusal, and the event is
 *       not reported at all ({@link #refusedByTrigger});</li>
 *   <li>under a verb of failure that is no trigger ("failed to reach an agreement"), the event is
 *       reported instead as the refusal of it ({@link EmbeddedCodes#refusalOf}: 120 for an
 *       agreement), not negated, with its own source, target and trigger ({@link #refusal}).</li>
 * </ul>
 *
 * <p>Other negations ("did not sign") and hostile acts ("failed to attack") are left as they are:
 * a negated event. Stateless; safe to share.
 */
final class Failures {
    /** Verbs whose open complement is an act not performed ("failed to reach", "refused to sign"). */
    private static final Set<String> FAILING = Set.of("fail", "refuse", "decline");

    private Failures() {
    }

    /**
     * The refusal code to report instead of the event, or empty when the event is not a negated
     * cooperative act under a verb of failure or refusal that is itself no trigger.
     */
    static Optional<String> refusal(DependencyGraph graph, TriggerMatch m, String code, Modality mod, List<TriggerMatch> found) {
        int verb = failingVerb(graph, m, code, mod);
        if (verb < 0 || found.stream().anyMatch(t -> t.clauseHead() == verb)) {
            return Optional.empty();
        }
        return Optional.of(EmbeddedCodes.refusalOf(code));
    }

    /** Whether the event is a negated cooperative act whose refusal a trigger above it codes ("refused to sign"). */
    static boolean refusedByTrigger(DependencyGraph graph, TriggerMatch m, String code, Modality mod, List<TriggerMatch> found) {
        int verb = failingVerb(graph, m, code, mod);
        return verb >= 0 && found.stream().anyMatch(t -> t.clauseHead() == verb && t.entry().code().startsWith("12"));
    }

    /** The verb of failure or refusal whose open complement the negated cooperative event is, or -1. */
    private static int failingVerb(DependencyGraph graph, TriggerMatch m, String code, Modality mod) {
        if (!mod.negated() || code.compareTo("03") < 0 || code.compareTo("09") >= 0) {
            return -1;
        }
        Arc up = graph.head(m.clauseHead());
        if (up == null || up.governor() < 0 || !up.relation().equals("xcomp") || !FAILING.contains(graph.lemma(up.governor()))) {
            return -1;
        }
        return up.governor();
    }
}
