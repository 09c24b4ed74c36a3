package org.parley.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.parley.model.Actor;
import org.parley.model.Arc;

/**
 * "X claimed (alleged, charged) that Y attacked Z": a speaker's allegation of a hostile act. The
 * codebook codes the allegation itself as the speaker's accusation of the actor (112, "allegations
 * made by actors [that] do not in any way imply that the alleged events have taken place"), of
 * aggression (1123) when the act is fighting or mass violence; a speaker claiming its own act ("X
 * claimed that it had attacked Z") acknowledges responsibility (015) toward the party acted on.
 * The alleged act is still reported as well, with the speaker as its claimant. Verbs that only
 * report ("said") make no accusation: news agencies and officials report attacks all the time.
 *
 * <p>One instance holds the allegation of one event, or none ({@link #accusations} is then empty).
 */
final class Allegations {
    private static final Set<String> ALLEGING = Set.of("claim", "allege", "charge");
    private static final LexiconEntry ACCUSATION = new LexiconEntry("112", "allege", false, null, Set.of(), Set.of(),
            Set.of(), false, 0);
    private static final double CONFIDENCE = 0.7;
    private static final Allegations NONE = new Allegations(null, null, List.of());

    /** An accusation (or claim of responsibility) to report: its code, its actors, its trigger (the verb of allegation). */
    record Accusation(String code, Actor[] pair, TriggerMatch trigger) {
    }

    private final TriggerMatch trigger;
    private final String accused;
    private final List<Actor> speakers;

    private Allegations(TriggerMatch trigger, String accused, List<Actor> speakers) {
        this.trigger = trigger;
        this.accused = accused;
        this.speakers = speakers;
    }

    /**
     * The allegation of the hostile event (roots 17 to 20) {@code code} of {@code m}: the verb of
     * allegation whose clausal complement is the event's clause, with the actors {@code actors}
     * reads from the heads of its subject. None for another event or clause, or when the verb is
     * one of the sentence's triggers {@code found}.
     */
    static Allegations of(DependencyGraph graph, TriggerMatch m, String code, List<TriggerMatch> found,
                          Function<List<Integer>, List<Actor>> actors) {
        if (code.compareTo("17") < 0 || code.compareTo("21") >= 0) {
            return NONE;
        }
        Arc up = graph.head(m.clauseHead());
        if (up == null || up.governor() < 0 || !up.baseRelation().equals("ccomp")) {
            return NONE;
        }
        int verb = up.governor();
        if (!ALLEGING.contains(graph.lemma(verb)) || !graph.token(verb).isVerb() || graph.isPassive(verb)
                || found.stream().anyMatch(t -> t.token() == verb)) {
            return NONE; // a trigger of its own (a lexicon sense of the verb) codes the allegation itself
        }
        List<Actor> speakers = actors.apply(graph.dependents(verb, Set.of("nsubj")));
        TriggerMatch alleging = new TriggerMatch(verb, ACCUSATION, -1, -1, graph.token(verb).span(), CONFIDENCE, false);
        String accused = code.startsWith("19") || code.startsWith("20") ? "1123" : "112";
        return speakers.isEmpty() ? NONE : new Allegations(alleging, accused, speakers);
    }

    /**
     * What each speaker's allegation of the event between {@code pair} is: 1123 (fighting, mass
     * violence) or 112 against its source, or 015 toward its target when the speaker is its source.
     */
    List<Accusation> accusations(Actor[] pair) {
        List<Accusation> out = new ArrayList<>(speakers.size());
        for (Actor speaker : speakers) {
            if (speaker.code().equals(pair[0].code())) {
                out.add(new Accusation("015", new Actor[] {speaker, pair[1]}, trigger));
            } else {
                out.add(new Accusation(accused, new Actor[] {speaker, pair[0]}, trigger));
            }
        }
        return out;
    }
}
