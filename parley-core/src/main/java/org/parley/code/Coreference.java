package org.parley.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.model.Actor;
import org.parley.model.Arc;
import org.parley.model.Span;

/**
 * Definite descriptions that stand for actors named before: "the ministry" and "the minister"
 * for the last government actor, "the group" for the last non-state group, "the duo" and "the two
 * leaders" for the last two people. Only the previous two sentences and the current one are
 * searched, and only actors of a compatible kind count: an unresolved phrase beats a wrong one.
 * Confined to one document.
 */
final class Coreference {
    private static final int LOOKBACK = 2;
    private static final Set<String> GOVERNMENT = Set.of("ministry", "minister", "government", "cabinet");
    private static final Set<String> GROUP = Set.of("group", "organisation", "organization", "movement", "militia");
    private static final Set<String> PAIR = Set.of("duo", "pair");
    private static final Set<String> LEADERS = Set.of("leader", "president", "men", "man", "minister");

    private record Mention(Actor actor, int sentence, boolean person) {
    }

    private final List<Mention> mentions = new ArrayList<>();

    /** Records an actor the text named, in text order. */
    void note(Actor actor, int sentence, boolean person) {
        if (actor.country() != null) {
            mentions.add(new Mention(actor, sentence, person));
        }
    }

    /**
     * The actors a definite description headed by {@code head} stands for, each with the
     * description's own words and span; empty when it is no such description or has no
     * compatible antecedent.
     */
    List<Actor> resolve(DependencyGraph graph, int head, String text) {
        String lemma = graph.lemma(head);
        String determiner = determiner(graph, head);
        if (determiner == null || graph.token(head).isProperNoun() || hasOtherModifier(graph, head)) {
            return List.of();
        }
        int sentence = graph.sentence().index();
        Span span = NounPhrase.of(graph, head).span(graph);
        boolean two = hasNumberTwo(graph, head) || determiner.equals("both");
        if (PAIR.contains(lemma) && determiner.equals("the") || two && LEADERS.contains(lemma)) {
            List<Actor> pair = lastPeople(sentence, 2);
            return pair.size() == 2 ? pair.stream().map(a -> as(a, span, text)).toList() : List.of();
        }
        if (!determiner.equals("the") || two) {
            return List.of();
        }
        boolean government = GOVERNMENT.contains(lemma);
        boolean group = GROUP.contains(lemma);
        if (!government && !group) {
            return List.of();
        }
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (sentence - m.sentence() > LOOKBACK) {
                break;
            }
            Actor a = m.actor();
            boolean fits = government ? "GOV".equals(a.sector()) && (!lemma.equals("minister") || m.person())
                    && (lemma.equals("minister") || !m.person())
                    : !m.person() && (a.country().length() > 3 || "REB".equals(a.sector()));
            if (fits) {
                return List.of(as(a, span, text));
            }
        }
        return List.of();
    }

    private List<Actor> lastPeople(int sentence, int count) {
        List<Actor> people = new ArrayList<>(count);
        for (int i = mentions.size() - 1; i >= 0 && people.size() < count; i--) {
            Mention m = mentions.get(i);
            if (sentence - m.sentence() > LOOKBACK) {
                break;
            }
            if (m.person() && people.stream().noneMatch(p -> p.text().equals(m.actor().text()))) {
                people.add(0, m.actor());
            }
        }
        return people;
    }

    private static Actor as(Actor referent, Span span, String text) {
        return new Actor(span.of(text), referent.code(), referent.country(), referent.sector(), span);
    }

    private static String determiner(DependencyGraph graph, int head) {
        for (Arc arc : graph.dependents(head)) {
            if (arc.relation().equals("det") || arc.relation().equals("det:predet")) {
                return graph.lemma(arc.dependent());
            }
        }
        return null;
    }

    private static boolean hasNumberTwo(DependencyGraph graph, int head) {
        for (Arc arc : graph.dependents(head)) {
            if (arc.relation().equals("nummod") && graph.lemma(arc.dependent()).equalsIgnoreCase("two")) {
                return true;
            }
        }
        return false;
    }

    /** "the Israeli ministry", "the health ministry": a modifier makes it a new description. */
    private static boolean hasOtherModifier(DependencyGraph graph, int head) {
        for (Arc arc : graph.dependents(head)) {
            String rel = arc.relation();
            if (rel.startsWith("amod") || rel.startsWith("compound") || rel.equals("nmod:poss")
                    || rel.startsWith("nmod:of") || rel.startsWith("nmod:from")) {
                return true;
            }
        }
        return false;
    }
}
