package org.parley.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.model.Span;
import org.parley.model.TimeExpression;
import org.parley.model.Token;

/**
 * The weekend by publication day and without a date, and words that are not durations (their
 * one-expression cases are in TimeTaggerTest); published Thursday 10 August 2017 unless said.
 */
class TimeTaggerGapsTest {
    private static final TimeTagger TAGGER = TimeTagger.english();
    private static final LocalDate PUBLISHED = LocalDate.of(2017, 8, 10);

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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The/DT weekend/NN was/VBD calm/JJ | O O O O",
            "A/DT 34-year-old/JJ man/NN died/VBD | O O O O",
            "It/PRP lasted/VBD 48-hours/NNS | O O O",
            "A/DT well-known/JJ year-long/JJ man/NN | O O O O",
            "A/DT first-hour/JJ rush/NN | O O O"})
    void findsNoTimeIn(String sentence, String expectedTags) {
        TimeTagger.Tagged tagged = TAGGER.tag(Words.of(sentence), PUBLISHED);

        assertThat(tagged.times()).isEmpty();
        assertThat(tagged.tokens()).extracting(Token::ner).containsExactly(expectedTags.split(" "));
    }
}
