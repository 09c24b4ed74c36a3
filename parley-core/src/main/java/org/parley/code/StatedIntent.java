package org.parley.code;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Arc;
import org.parley.model.Mood;

/**
 * What a source states about its own event besides the event, read from the clause above it:
 *
 * <ul>
 *   <li>an <b>expression of intent</b> (03x, CAMEO's "offer, promise ... or otherwise indicate
 *       willingness or commitment"): a cooperative event (roots 04 to 08) stated as future ("X will
 *       visit Y"), or the open complement of a verb or adjective of intent with no object of its own
 *       ("X wants (plans, is ready) to help Y");</li>
 *   <li>a <b>threat</b> (13x): a hostile event (one the codebook has a threat of: protest, sanctions,
 *       coercion, force) in the open complement of such a verb or adjective ("X wants to attack Y" is
 *       138, "plans to impose restrictions" 132), or stated as future ("X will withdraw its inspectors
 *       from Y" 136, "will extend the curfew" 132: the manual's "future tense in the lead indicates
 *       threat");</li>
 *   <li>a <b>refusal</b> (12x), reported instead of the event: a cooperative event intended and
 *       negated ("would not provide support to Y", "will not accept", "is not willing to meet"), see
 *       {@link #refusal}.</li>
 * </ul>
 *
 * <p>None applies to an event another trigger embeds ("threatened to attack", "refused to meet"):
 * that trigger codes the stance itself.
 */
final class StatedIntent {
    private static final Set<String> INTENDING = Set.of(
            "want", "plan", "intend", "wish", "prepare", "ready", "willing", "prepared", "determined", "eager");

    private final DependencyGraph graph;
    private final Embeddings embeddings;

    StatedIntent(DependencyGraph graph, Embeddings embeddings) {
        this.graph = graph;
        this.embeddings = embeddings;
    }

    /**
     * The code of the stance the event's clause states (03x or 13x), reported with the
     * event's actors in mood asserted; empty when there is none or the event is conditional
     * ({@code conditional}: already a threat), negated (see {@link #refusal}) or embedded by a trigger.
     */
    Optional<String> of(TriggerMatch m, String code, Modality mod, List<TriggerMatch> found, boolean conditional) {
        if (conditional || mod.negated() || embeddings.isEmbeddedByTrigger(m, found)) {
            return Optional.empty();
        }
        boolean stated = intentHead(m) >= 0 || mod.mood() == Mood.INTENDED && embeddings.isStatedFuture(m);
        Optional<String> intent = EmbeddedCodes.intentOf(code);
        if (!stated) {
            return Optional.empty();
        }
        return intent.isPresent() ? intent : EmbeddedCodes.refine("130", code);
    }

    /**
     * The refusal a negated cooperative event in mood intended is ("would not provide support to
     * Y" 122, "will not agree" 120), to be reported instead of it; empty for any other event. A
     * negated hostile event ("will not attack") stays what it is, negated: it is no assault and
     * no other event either.
     */
    static Optional<String> refusal(String code, Modality mod) {
        if (!mod.negated() || mod.mood() != Mood.INTENDED || code.compareTo("03") < 0 || code.compareTo("09") >= 0) {
            return Optional.empty();
        }
        return Optional.of(EmbeddedCodes.refusalOf(code));
    }

    /** The modality of a refusal: asserted, and not negated (the refusal is what was said). */
    static Modality asRefusal(Modality mod) {
        return new Modality(false, Mood.ASSERTED, mod.claimant(), mod.hedged());
    }

    /** The verb or adjective of intent whose open complement the event is, with no object of its own; or -1. */
    private int intentHead(TriggerMatch m) {
        Arc up = graph.head(m.clauseHead());
        if (up == null || up.governor() < 0 || !up.relation().equals("xcomp")) {
            return -1;
        }
        int head = up.governor();
        return INTENDING.contains(graph.lemma(head)) && graph.dependents(head, Set.of("obj")).isEmpty() ? head : -1;
    }
}
