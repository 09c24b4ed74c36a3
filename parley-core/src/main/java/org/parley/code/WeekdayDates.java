package org.parley.code;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Arc;
import org.parley.model.TimeExpression;

/**
 * Dates a bare weekday ("on Sunday", "Friday night") from the publication date and the tense of
 * the clause it is attached to, instead of taking the annotator's value.
 *
 * <p>Why Parley does this itself: SUTime's value for a bare weekday depends on what the same
 * process annotated before (its tense rules mark a weekday object that is shared process-wide),
 * so the same sentence could be dated differently in two runs or with another number of threads.
 * The rule news follows is simple enough to state here: a weekday in a clause about the past is
 * the latest such day on or before the publication date ("said on Sunday" in Monday's paper is
 * yesterday); in a clause about the future ("will meet on Friday", "agreed to meet on Friday",
 * "said it would vote on Monday") it is the first such day after it. Weekdays with a modifier
 * ("last Friday", "next Monday", "Friday, March 3") keep the annotator's value. Pure and
 * thread-safe.
 */
final class WeekdayDates {
    private static final Pattern BARE = Pattern.compile(
            "(?:on\\s+)?([a-z]+)\\.?(?:\\s+(?:morning|afternoon|evening|night))?");
    private static final Map<String, DayOfWeek> NAMES = Map.ofEntries(
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("mon", DayOfWeek.MONDAY),
            Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("tue", DayOfWeek.TUESDAY), Map.entry("tues", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("wed", DayOfWeek.WEDNESDAY),
            Map.entry("thursday", DayOfWeek.THURSDAY), Map.entry("thu", DayOfWeek.THURSDAY), Map.entry("thurs", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("fri", DayOfWeek.FRIDAY),
            Map.entry("saturday", DayOfWeek.SATURDAY), Map.entry("sat", DayOfWeek.SATURDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY), Map.entry("sun", DayOfWeek.SUNDAY));
    /** Auxiliaries that put a clause in the future (or the future of a reported past: "would"). */
    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "would", "'ll", "wo");

    private WeekdayDates() {
    }

    /** The weekday a time expression names and nothing else, if it does. */
    static Optional<DayOfWeek> bareWeekday(TimeExpression t) {
        if (t.text() == null) {
            return Optional.empty();
        }
        Matcher m = BARE.matcher(t.text().trim().toLowerCase(Locale.ROOT));
        return m.matches() ? Optional.ofNullable(NAMES.get(m.group(1))) : Optional.empty();
    }

    /**
     * @param day       the weekday named
     * @param published the publication date
     * @param future    true when the clause speaks of the future
     * @return the latest such day on or before the publication date, or the first after it
     */
    static LocalDate resolve(DayOfWeek day, LocalDate published, boolean future) {
        return future ? published.with(TemporalAdjusters.next(day)) : published.with(TemporalAdjusters.previousOrSame(day));
    }

    /**
     * True when the clause headed by {@code head} speaks of the future: a future auxiliary, or an
     * infinitive ("agreed to meet on Friday", "is to vote on Monday").
     */
    static boolean futureClause(DependencyGraph graph, int head) {
        for (Arc arc : graph.dependents(head)) {
            String rel = arc.baseRelation();
            String lemma = graph.token(arc.dependent()).lemma();
            String word = graph.token(arc.dependent()).word().toLowerCase(Locale.ROOT);
            if (rel.equals("aux") && (FUTURE_AUX.contains(word) || FUTURE_AUX.contains(lemma))) {
                return true;
            }
            if (rel.equals("mark") && word.equals("to") && graph.token(head).isVerb()) {
                return true;
            }
        }
        return false;
    }
}
