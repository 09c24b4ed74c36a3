package org.parley.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parley.model.Span;
import org.parley.model.TimeExpression;

/**
 * "The weekend" by the publication day, and without one (the cases published on Thursday 10
 * August 2017 are in TimeTaggerTest's table, the words that are no time in TimeTaggerCasesTest's).
 */
class TimeTaggerWeekendTest {
    private static final TimeTagger TAGGER = TimeTagger.english();

    @Test
    void aWeekendPublishedOnIsThatWeekend() {
        TimeTagger.Tagged tagged = TAGGER.tag(Words.of("Rallies/NNS grew/VBD over/IN the/DT weekend/NN"), LocalDate.of(2017, 8, 13));

        assertThat(tagged.times()).extracting(TimeExpression::value).containsExactly("2017-W32-WE");
    }

    @Test
    void theWeekendWithoutAPublicationDateHasNoValue() {
        TimeTagger.Tagged tagged = TAGGER.tag(Words.of("Rallies/NNS grew/VBD over/IN the/DT weekend/NN"), null);

        assertThat(tagged.times()).containsExactly(new TimeExpression(3, 5, "the weekend", null, new Span(18, 29)));
    }
}
