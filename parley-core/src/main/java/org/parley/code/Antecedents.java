package org.parley.code;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Actor;
import org.parley.model.Arc;
import org.parley.model.Span;

/**
 * What pronouns stand for in one document: the last person named and the last source actor,
 * remembered sentence by sentence as the document is coded. Confined to one thread and one
 * document, like the {@link DocumentCoding} that owns it.
 */
final class Antecedents {
    /** How many sentences back "he" or "it" may reach for the last person or actor. */
    private static final int REACH = 2;

    private final ActorReader actors;
    private final String text;
    private final LocalDate published;
    private Actor lastActor;
    private int lastActorSentence = -100;
    private Actor lastPerson;
    private int lastPersonSentence = -100;

    Antecedents(ActorReader actors, String text, LocalDate published) {
        this.actors = actors;
        this.text = text;
        this.published = published;
    }

    /** Remembers {@code actor} as the last person named when its head is a person's name. */
    void notePerson(DependencyGraph graph, int head, Actor actor) {
        if (graph.token(head).ner().equals("PERSON")) {
            lastPerson = actor;
            lastPersonSentence = graph.sentence().index();
        }
    }

    /** Remembers the first source of a sentence's events, for "it" and "they" in the next ones. */
    void noteSource(Actor source, int sentence) {
        if (ForceAgents.UNIDENTIFIED.equals(source.sector())) {
            return; // unidentified forces are nobody a later "it" or "they" can mean
        }
        lastActor = source;
        lastActorSentence = sentence;
    }

    /** The last person ("he", "she") or the last source actor ("it", "they"), whatever the distance. */
    Actor lastReferent(DependencyGraph graph, int pronoun) {
        return isPersonal(graph, pronoun) ? lastPerson : lastActor;
    }

    /**
     * The actor a pronoun stands for: for a possessive, the subject of its own clause ("Kim
     * reaffirmed his commitment"); else the nearest earlier subject, active or passive, of its sentence of the same
     * kind, person or not ("Britain said it would ..."); else, for "he" and "she", the last person
     * named in the previous two sentences, and for "it" and "they" the last source actor. When the
     * nearest candidate in the sentence names no known actor the pronoun stays unresolved rather
     * than jumping to a farther one. The actor returned has the pronoun's words and span.
     */
    Optional<Actor> resolve(DependencyGraph graph, int pronoun) {
        Span span = graph.token(pronoun).span();
        int local = possessorClauseSubject(graph, pronoun);
        if (local < 0) {
            local = nearestEarlierSubject(graph, pronoun);
        }
        Optional<Actor> found;
        if (local >= 0) {
            found = actors.read(graph, local, text, published);
        } else {
            int s = graph.sentence().index();
            boolean personal = isPersonal(graph, pronoun);
            Actor candidate = personal ? lastPerson : lastActor;
            int seen = personal ? lastPersonSentence : lastActorSentence;
            found = candidate == null || s - seen > REACH ? Optional.empty() : Optional.of(candidate);
        }
        return found.map(a -> new Actor(span.of(text), a.code(), a.country(), a.sector(), span));
    }

    private static boolean isPersonal(DependencyGraph graph, int pronoun) {
        return Set.of("he", "she").contains(graph.lemma(pronoun));
    }

    private static int nearestEarlierSubject(DependencyGraph graph, int pronoun) {
        boolean personal = isPersonal(graph, pronoun);
        for (int t = pronoun - 1; t >= 0; t--) {
            boolean subject = false;
            for (Arc arc : graph.governors(t)) {
                // "King Hassan was quoted as saying he would ...": a passive subject is the clause's subject too
                subject |= arc.relation().equals("nsubj") || arc.relation().equals("nsubj:pass");
            }
            if (subject && !ActorReader.isPronoun(graph, t) && graph.token(t).ner().equals("PERSON") == personal) {
                return t;
            }
        }
        return -1;
    }

    private static int possessorClauseSubject(DependencyGraph graph, int pronoun) {
        Arc owner = graph.head(pronoun);
        if (owner == null || !owner.relation().equals("nmod:poss")) {
            return -1;
        }
        Arc clause = graph.head(owner.governor());
        if (clause == null || clause.governor() < 0) {
            return -1;
        }
        for (int subject : graph.dependents(clause.governor(), Set.of("nsubj", "nsubj:xsubj"))) {
            if (subject != pronoun && subject != owner.governor()) {
                return subject;
            }
        }
        return -1;
    }
}
