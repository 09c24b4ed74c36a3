package org.parley.code;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Arc;
import org.parley.model.TimeExpression;
import org.parley.resolve.EventDates;

/**
 * Finds the time expression that dates an event: one attached to the trigger or to a clause
 * that embeds it ("Last week, X announced that ..."), resolved against the publication date.
 */
final class EventTime {
    private static final Set<String> TIME_RELATIONS = Set.of("obl", "nmod", "advmod", "obl:tmod", "obl:npmod", "nmod:tmod", "nmod:npmod");
    private static final Set<String> CLAUSE_LINKS = Set.of("xcomp", "ccomp", "advcl", "parataxis", "conj");
    private static final int MAX_CLIMB = 3;

    private final DependencyGraph graph;
    private final LocalDate published;

    EventTime(DependencyGraph graph, LocalDate published) {
        this.graph = graph;
        this.published = published;
    }

    /** The stated date of a trigger's event, if the sentence gives one. */
    Optional<String> dateOf(TriggerMatch m) {
        if (m.isNoun()) {
            Optional<TimeExpression> own = attached(m.token());
            if (own.isPresent()) {
                return date(own.get(), m.token());
            }
        }
        int node = m.isNoun() && m.supportVerb() < 0 ? clauseOrSelf(m.token()) : m.clauseHead();
        for (int step = 0; step < MAX_CLIMB && node >= 0; step++) {
            Optional<TimeExpression> t = attached(node);
            if (t.isPresent()) {
                Optional<String> date = date(t.get(), node);
                if (date.isPresent()) {
                    return date;
                }
            }
            Arc up = graph.head(node);
            if (up == null || !CLAUSE_LINKS.contains(up.baseRelation())) {
                break;
            }
            node = up.governor();
        }
        return Optional.empty();
    }

    private int clauseOrSelf(int noun) {
        int verb = graph.clauseOf(noun);
        return verb < 0 ? noun : verb;
    }

    /** The date a time expression attached to {@code head} states, the value as normalised by the annotator. */
    Optional<String> stated(int head) {
        return attached(head).flatMap(t -> date(t, head));
    }

    /**
     * The date of a time expression attached to {@code head}: bare weekdays, and months or days
     * named without a year, by the tense of the clause ("will meet in March" is the coming March);
     * the rest as normalised.
     */
    private Optional<String> date(TimeExpression t, int head) {
        if (published == null) {
            return EventDates.fromTimex(t.value(), null);
        }
        int clause = graph.token(head).isVerb() ? head : clauseOrSelf(head);
        Optional<java.time.DayOfWeek> weekday = WeekdayDates.bareWeekday(t);
        if (weekday.isPresent()) {
            return Optional.of(WeekdayDates.resolve(weekday.get(), published,
                    WeekdayDates.futureClause(graph, clause)).toString());
        }
        if (EventDates.lacksYear(t.value()) && WeekdayDates.futureClause(graph, clause)) {
            return EventDates.fromTimexAhead(t.value(), published);
        }
        return EventDates.fromTimex(t.value(), published);
    }

    private Optional<TimeExpression> attached(int head) {
        for (Arc arc : graph.dependents(head)) {
            if (!TIME_RELATIONS.contains(arc.relation()) && !TIME_RELATIONS.contains(arc.baseRelation())) {
                continue;
            }
            Optional<TimeExpression> t = covering(arc.dependent());
            if (t.isPresent()) {
                return t;
            }
            for (Arc inner : graph.dependents(arc.dependent())) {
                t = covering(inner.dependent());
                if (t.isPresent()) {
                    return t;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<TimeExpression> covering(int token) {
        for (TimeExpression t : graph.sentence().times()) {
            if (t.startToken() <= token && token < t.endToken() && t.value() != null) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
