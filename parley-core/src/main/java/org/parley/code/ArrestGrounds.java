package org.parley.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Actor;
import org.parley.model.Arc;
import org.parley.model.Place;
import org.parley.model.Span;
import org.parley.resolve.PlaceContext;

/**
 * An arrest or charge on grounds of spying or treason is the accusation it rests on: the CAMEO
 * codebook codes "a missionary was arrested in Lebanon for collaborating with Israel" as 1125
 * (accuse of espionage, treason), Lebanon accusing the missionary. The grounds are a "for" phrase
 * of a CAMEO 173 verb ("for collaborating with X", "for spying") or an "on" phrase whose charge
 * or suspicion is "of" such a wrong ("on charges of treason"). Crimes of other kinds stay arrests:
 * the codebook gives the rule only for spying and treason.
 *
 * <p>Contract: {@link #refine} returns 1125 for such an arrest and {@code code} otherwise;
 * {@link #jurisdiction} gives an agentless passive arrest on those grounds the state of the place
 * it happened in ("was arrested in Lebanon") as its actor, and nothing in every other case;
 * {@link #targetTiers} keeps only the one arrested as the target, and
 * {@link #withoutGroundsParties} drops a fallback target named inside the grounds.
 * Stateless.
 */
final class ArrestGrounds {
    private static final String TREASON_ACCUSATION = "1125";
    private static final Set<String> TREASON = Set.of("collaborate", "collaboration", "collaborating", "spy", "spying",
            "espionage", "treason", "sedition", "betray", "betrayal", "treachery");
    private static final Set<String> CHARGES = Set.of("charge", "suspicion", "allegation", "accusation", "count");
    private static final Set<String> GROUNDS = Set.of("obl:for", "advcl:for", "nmod:for", "obl:on");
    private static final Set<String> AGENTS = Set.of("obl:agent", "obl:by");

    private ArrestGrounds() {
    }

    /** 1125 when {@code code} is an arrest (173) whose grounds are spying or treason; else {@code code}. */
    static String refine(DependencyGraph graph, TriggerMatch m, String code) {
        return code.equals("173") && onTreasonGrounds(graph, m.token()) ? TREASON_ACCUSATION : code;
    }

    /** The state of the place of an agentless passive arrest for treason, as its actor; else none. */
    static List<Actor> jurisdiction(DependencyGraph graph, TriggerMatch m, PlaceReader places, PlaceContext context,
                                    String text) {
        int verb = m.token();
        if (m.isNoun() || !m.entry().code().equals("173") || !graph.isPassive(verb)
                || !graph.dependents(verb, AGENTS).isEmpty() || !onTreasonGrounds(graph, verb)) {
            return List.of();
        }
        Optional<Place> place = places.read(graph, verb, context);
        if (place.isEmpty() || place.get().country() == null) {
            return List.of();
        }
        int where = locative(graph, verb);
        Span span = where >= 0 ? graph.token(where).span() : m.span();
        String country = place.get().country();
        return List.of(new Actor(span.of(text), country, country, null, span));
    }

    /**
     * Only the one arrested, for an arrest on treason grounds: the party collaborated with or spied
     * for ("for collaborating with Israel") is not the accused. {@code tiers} unchanged otherwise.
     */
    static List<List<Integer>> targetTiers(DependencyGraph graph, TriggerMatch m, List<List<Integer>> tiers) {
        if (m.isNoun() || !m.entry().code().equals("173") || !onTreasonGrounds(graph, m.token())) {
            return tiers;
        }
        int verb = m.token();
        return List.of(graph.dependents(verb, Set.of(graph.isPassive(verb) ? "nsubj:pass" : "obj")));
    }

    /** {@code targets} without the parties named inside treason grounds of an arrest (the side spied for). */
    static List<Actor> withoutGroundsParties(DependencyGraph graph, TriggerMatch m, List<Actor> targets) {
        if (m.isNoun() || !m.entry().code().equals("173") || !onTreasonGrounds(graph, m.token())) {
            return targets;
        }
        List<Actor> kept = new ArrayList<>(targets.size());
        for (Actor target : targets) {
            boolean inside = false;
            for (int ground : graph.dependents(m.token(), GROUNDS)) {
                inside |= target.span() != null && covers(graph, ground, target.span());
            }
            if (!inside) {
                kept.add(target);
            }
        }
        return kept;
    }

    /** Whether the subtree of {@code head} covers {@code span}. */
    private static boolean covers(DependencyGraph graph, int head, Span span) {
        int start = Integer.MAX_VALUE;
        int end = -1;
        List<Integer> todo = new ArrayList<>(List.of(head));
        boolean[] seen = new boolean[graph.size()];
        while (!todo.isEmpty()) {
            int node = todo.remove(todo.size() - 1);
            if (seen[node]) {
                continue;
            }
            seen[node] = true;
            start = Math.min(start, graph.token(node).span().start());
            end = Math.max(end, graph.token(node).span().end());
            for (Arc arc : graph.dependents(node)) {
                if (!arc.relation().endsWith(":xsubj")) {
                    todo.add(arc.dependent());
                }
            }
        }
        return span.start() >= start && span.end() <= end;
    }

    private static boolean onTreasonGrounds(DependencyGraph graph, int verb) {
        for (int ground : graph.dependents(verb, GROUNDS)) {
            if (TREASON.contains(graph.lemma(ground))) {
                return true;
            }
            if (CHARGES.contains(graph.lemma(ground))) {
                for (int wrong : graph.dependents(ground, Set.of("nmod:of", "acl:of"))) {
                    if (TREASON.contains(graph.lemma(wrong))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The head of the verb's "in" phrase, or -1. */
    private static int locative(DependencyGraph graph, int verb) {
        for (Arc arc : graph.dependents(verb)) {
            if (arc.relation().equals("obl:in")) {
                return arc.dependent();
            }
        }
        return -1;
    }
}
