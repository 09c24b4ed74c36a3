package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.fixtures.Fixture;
import org.parley.model.EventMention;
import org.parley.model.TimeExpression;

/**
 * Bare weekdays are dated by the clause's tense from the publication date (Thursday 10 August
 * 2017), whatever value the annotator gave them; the values given here are deliberately the
 * other reading, as SUTime can give it after other documents.
 */
class WeekdayDatesTest {
    private static final EventCoder CODER = EventCoder.withDefaults();

    private static EventMention meeting(String aux, String day, String annotatorValue) {
        String tokens = "Israel/NNP/Israel/LOCATION " + (aux.isEmpty() ? "met/VBD/meet" : aux + "/MD " + "meet/VB/meet")
                + " Russia/NNP/Russia/LOCATION on/IN " + day + " ./.";
        int verb = aux.isEmpty() ? 1 : 2;
        int o = verb + 1;
        String arcs = "nsubj(" + verb + ",0) " + (aux.isEmpty() ? "" : "aux(" + verb + ",1) ") + "obj(" + verb + "," + o + ") "
                + "obl:on(" + verb + "," + (o + 2) + ") case(" + (o + 2) + "," + (o + 1) + ") punct(" + verb + "," + (o + 3) + ") "
                + "root(-1," + verb + ")";
        int dayToken = o + 2;
        List<EventMention> events = CODER.code(Fixture.published("2017-08-10").sentence(tokens, arcs)
                .time(dayToken, dayToken + 1, annotatorValue).build());
        assertThat(events).isNotEmpty();
        return events.get(0);
    }

    @Test
    void aWeekdayInAPastClauseIsTheLatestSuchDayOnOrBeforePublication() {
        assertThat(meeting("", "Sunday/NNP/Sunday/DATE", "2017-08-13").date()).isEqualTo("2017-08-06");
        assertThat(meeting("", "Thursday/NNP/Thursday/DATE", "2017-08-17").date()).isEqualTo("2017-08-10");
    }

    @Test
    void aWeekdayInAFutureClauseIsTheFirstSuchDayAfterPublication() {
        assertThat(meeting("will", "Friday/NNP/Friday/DATE", "2017-08-04").date()).isEqualTo("2017-08-11");
        assertThat(meeting("would", "Thursday/NNP/Thursday/DATE", "2017-08-10").date()).isEqualTo("2017-08-17");
    }

    @Test
    void aMonthWithoutAYearIsThePastOneInAPastClauseAndTheComingOneInAFutureClause() {
        assertThat(meeting("", "March/NNP/March/DATE", "XXXX-03").date()).isEqualTo("2017-03");
        assertThat(meeting("will", "March/NNP/March/DATE", "XXXX-03").date()).isEqualTo("2018-03");
        assertThat(meeting("will", "September/NNP/September/DATE", "XXXX-09").date()).isEqualTo("2017-09");
        assertThat(meeting("", "September/NNP/September/DATE", "XXXX-09").date()).isEqualTo("2016-09");
        assertThat(meeting("will", "August/NNP/August/DATE", "XXXX-08").date()).isEqualTo("2017-08");
    }

    @Test
    void onlyABareWeekdayIsRedated() {
        EventMention e = CODER.code(Fixture.published("2017-08-10").sentence(
                "Israel/NNP/Israel/LOCATION met/VBD/meet Russia/NNP/Russia/LOCATION last/JJ Friday/NNP/Friday/DATE ./.",
                "nsubj(1,0) obj(1,2) amod(4,3) obl:tmod(1,4) punct(1,5) root(-1,1)")
                .time(3, 5, "2017-08-04").build()).get(0);
        assertThat(e.date()).isEqualTo("2017-08-04");
    }

    @Test
    void bareWeekdaysAreRecognisedWithAPartOfTheDayButNotWithOtherWords() {
        assertThat(WeekdayDates.bareWeekday(new TimeExpression(0, 2, "Friday night", "x", null)))
                .contains(DayOfWeek.FRIDAY);
        assertThat(WeekdayDates.bareWeekday(new TimeExpression(0, 1, "Tues.", "x", null)))
                .contains(DayOfWeek.TUESDAY);
        assertThat(WeekdayDates.bareWeekday(new TimeExpression(0, 2, "last Friday", "x", null))).isEmpty();
        assertThat(WeekdayDates.bareWeekday(new TimeExpression(0, 3, "Friday, March 3", "x", null))).isEmpty();
    }
}
