package org.parley.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.model.Span;
import org.parley.model.TimeExpression;
import org.parley.model.Token;

/**
 * The weekend after a preposition, durations written as one hyphenated adjective, an interval
 * from another event, and a bare unit before a month; published Thursday 10 August 2017.
 */
class TimeTaggerGapsTest {
    private static final TimeTagger TAGGER = TimeTagger.english();
    private static final LocalDate PUBLISHED = LocalDate.of(2017, 8, 10);

    @ParameterizedTest(name = "{0} -> {5}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "Talks/NNS ended/VBD on/IN the/DT weekend/NN | 3 | 5 | the weekend | DATE | 2017-W31-WE",
            "Talks/NNS ended/VBD at/IN the/DT weekend/NN | 3 | 5 | the weekend | DATE | 2017-W31-WE",
            "Rallies/NNS grew/VBD over/IN the/DT weekend/NN | 3 | 5 | the weekend | DATE | 2017-W31-WE",
            "Rallies/NNS grew/VBD this/DT past/JJ weekend/NN | 2 | 5 | this past weekend | DATE | 2017-W31-WE",
            "They/PRP agreed/VBD a/DT 48-hour/JJ ceasefire/NN | 3 | 4 | 48-hour | DURATION | PT48H",
            "He/PRP won/VBD a/DT two-year/JJ term/NN | 3 | 4 | two-year | DURATION | P2Y",
            "It/PRP imposed/VBD a/DT 12-month/JJ ban/NN | 3 | 4 | 12-month | DURATION | P12M",
            "It/PRP signed/VBD a/DT twenty-five-year/JJ lease/NN | 3 | 4 | twenty-five-year | DURATION | P25Y",
            "He/PRP left/VBD less/JJR than/IN a/DT day/NN after/IN the/DT vote/NN | 2 | 7 | less than a day after | DURATION | null",
            "He/PRP left/VBD a/DT day/NN after/IN the/DT vote/NN | 2 | 5 | a day after | DATE | null",
            "He/PRP left/VBD days/NNS before/IN July/NNP | 4 | 5 | July | DATE | XXXX-07"})
    void tagsOneExpression(String sentence, int start, int end, String text, String type, String value) {
        List<Token> tokens = Words.of(sentence);

        TimeTagger.Tagged tagged = TAGGER.tag(tokens, PUBLISHED);

        Span span = new Span(tokens.get(start).span().start(), tokens.get(end - 1).span().end());
        assertThat(tagged.times()).containsExactly(new TimeExpression(start, end, text, value, span));
        for (int i = 0; i < tokens.size(); i++) {
            boolean inside = i >= start && i < end;
            assertThat(tagged.tokens().get(i).ner()).as("tag of %s", tokens.get(i).word())
                    .isEqualTo(inside ? type : tokens.get(i).ner());
        }
    }

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
