package org.parley.code;

import java.time.LocalDate;
import java.util.Optional;
import org.parley.model.Actor;
import org.parley.model.Arc;
import org.parley.model.Attribution;

/**
 * Who says an event happened: the claimant of its own clause ("X said", "according to X"), or for a
 * hedged event ("reportedly", "allegedly") the last claimant named at most a few sentences before,
 * including one named in a sentence with no event at all. Holds that last claimant, so one instance
 * serves one document, sentence by sentence, on one thread.
 */
final class Claimants {
    private final ActorReader actors;
    private final Antecedents antecedents;
    private final String text;
    private final LocalDate published;
    private final int lookback;
    private Attribution lastClaim;
    private int lastClaimSentence = -100;

    Claimants(ActorReader actors, Antecedents antecedents, String text, LocalDate published, int lookback) {
        this.actors = actors;
        this.antecedents = antecedents;
        this.text = text;
        this.published = published;
        this.lookback = lookback;
    }

    /** The attribution of an event with this modality in this sentence, or null when nobody is credited. */
    Attribution of(DependencyGraph graph, Modality mod) {
        int s = graph.sentence().index();
        if (mod.claimant() >= 0) {
            Attribution a = claim(graph, mod.claimant());
            lastClaim = a;
            lastClaimSentence = s;
            return a;
        }
        if (mod.hedged() && lastClaim != null && s - lastClaimSentence <= lookback) {
            return lastClaim;
        }
        return null;
    }

    /** "X reported", "according to X" in a sentence with no event: a claimant for later hedges. */
    void noteStandalone(DependencyGraph graph) {
        for (int i = 0; i < graph.size(); i++) {
            for (Arc arc : graph.dependents(i)) {
                boolean according = arc.subtype().equals("according_to");
                boolean reporter = arc.relation().equals("nsubj") && (graph.lemma(i).equals("report") || graph.lemma(i).equals("say"));
                if (according || reporter) {
                    lastClaim = claim(graph, arc.dependent());
                    lastClaimSentence = graph.sentence().index();
                }
            }
        }
    }

    /** The claimant's words (with its coordinated phrases) and its actor code. */
    private Attribution claim(DependencyGraph graph, int head) {
        if (ActorReader.isPronoun(graph, head)) {
            Optional<Actor> antecedent = antecedents.resolve(graph, head);
            Actor referent = antecedents.lastReferent(graph, head);
            if (antecedent.isPresent() && referent != null) {
                return new Attribution(referent.text(), referent.code());
            }
        }
        NounPhrase phrase = NounPhrase.of(graph, head);
        actors.read(graph, head, text, published).ifPresent(a -> antecedents.notePerson(graph, head, a));
        int last = phrase.last();
        for (Arc arc : graph.dependents(head)) {
            if (arc.baseRelation().equals("conj")) {
                last = Math.max(last, NounPhrase.of(graph, arc.dependent()).last());
            }
        }
        String words = graph.sentence().span(phrase.first(), last + 1).of(text);
        String code = actors.read(graph, head, text, published).map(Actor::code).orElse(null);
        return new Attribution(words, code);
    }
}
