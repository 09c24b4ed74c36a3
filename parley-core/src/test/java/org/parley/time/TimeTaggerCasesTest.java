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

/** Whole sentences: the tags of every token, words that are not dates, and values without a publication date. */
class TimeTaggerCasesTest {
    private static final TimeTagger TAGGER = TimeTagger.english();
    private static final LocalDate PUBLISHED = LocalDate.of(2017, 8, 10);

    private static List<String> tags(TimeTagger.Tagged tagged) {
        return tagged.tokens().stream().map(Token::ner).toList();
    }

    @Test
    void tagsDatesAndNumbersOfAWholeSentence() {
        List<Token> tokens = Words.of("Israel/NNP/LOCATION said/VBD on/IN Sunday/NNP that/IN 300/CD troops/NNS "
                + "will/MD leave/VB in/IN the/DT first/JJ quarter/NN of/IN 2018/CD ./.");

        TimeTagger.Tagged tagged = TAGGER.tag(tokens, PUBLISHED);

        assertThat(tagged.times()).containsExactly(
                new TimeExpression(3, 4, "Sunday", "2017-08-06", new Span(15, 21)),
                new TimeExpression(10, 15, "the first quarter of 2018", "2018-Q1", new Span(52, 77)));
        assertThat(tags(tagged)).containsExactly("LOCATION", "O", "O", "DATE", "O", "NUMBER", "O",
                "O", "O", "O", "DATE", "DATE", "DATE", "DATE", "DATE", "O");
    }

    @Test
    void aSentenceWithoutCalendarOrNumberWordsComesBackAsItWas() {
        List<Token> tokens = Words.of("Israel/NNP/LOCATION opposed/VBD the/DT deal/NN ./.");

        TimeTagger.Tagged tagged = TAGGER.tag(tokens, PUBLISHED);

        assertThat(tagged.tokens()).isSameAs(tokens);
        assertThat(tagged.times()).isEmpty();
    }

    @Test
    void aTimeAndTheDayItIsOnAreTwoExpressions() {
        TimeTagger.Tagged tagged = TAGGER.tag(Words.of("Polls/NNS open/VBP at/IN 10/CD a.m./NN on/IN Monday/NNP"), PUBLISHED);

        assertThat(tagged.times()).containsExactly(
                new TimeExpression(3, 5, "10 a.m.", "T10:00", new Span(14, 21)),
                new TimeExpression(6, 7, "Monday", "2017-08-07", new Span(25, 31)));
        assertThat(tags(tagged)).containsExactly("O", "O", "O", "TIME", "TIME", "O", "DATE");
    }

    @Test
    void wordsWithAdjacentSpansJoinWithoutASpace() {
        TimeTagger.Tagged tagged = TAGGER.tag(Words.of("Talks/NNS ended/VBD March/NNP 3/CD ~,/, 2017/CD"), PUBLISHED);

        assertThat(tagged.times()).extracting(TimeExpression::text).containsExactly("March 3, 2017");
    }

    /** Sentences with no time expression, and the tags their tokens get. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Theresa/NNP/PERSON May/NNP/PERSON said/VBD no/DT | PERSON PERSON O O",
            "Prime/NNP Minister/NNP Theresa/NNP May/NNP resigned/VBD | O O O O O",
            "He/PRP may/MD resign/VB | O O O",
            "The/DT US/NNP/LOCATION sent/VBD 2000/CD troops/NNS | O LOCATION O NUMBER O",
            "A/DT 34-year-old/JJ man/NN died/VBD | O O O O",
            "It/PRP was/VBD the/DT first/JJ time/NN | O O O ORDINAL O",
            "One/CD of/IN the/DT leaders/NNS left/VBD | NUMBER O O O O",
            "He/PRP came/VBD 2nd/JJ | O O ORDINAL",
            "Inflation/NN hit/VBD 2.5/CD percent/NN | O O PERCENT PERCENT",
            "Inflation/NN hit/VBD 3/CD %/NN | O O PERCENT PERCENT",
            "They/PRP paid/VBD $/$ 2014/CD million/CD | O O MONEY MONEY MONEY",
            "They/PRP paid/VBD 20/CD euros/NNS | O O MONEY MONEY",
            "He/PRP won/VBD a/DT quarter/NN of/IN the/DT vote/NN | O O O O O O O",
            "We/PRP march/VBP on/IN Sunday/NNP/ORGANIZATION Times/NNP/ORGANIZATION | O O O ORGANIZATION ORGANIZATION",
            "I/PRP am/VBP here/RB | O O O",
            "The/DT March/NN rally/NN grew/VBD | O O O O",
            "Arab/NNP spring/NN hopes/NNS faded/VBD | O O O O",
            "They/PRP fall/VBP back/RB | O O O",
            "The/DT weekend/NN was/VBD calm/JJ | O O O O",
            "It/PRP lasted/VBD 48-hours/NNS | O O O",
            "A/DT well-known/JJ year-long/JJ man/NN | O O O O",
            "A/DT first-hour/JJ rush/NN | O O O"})
    void findsNoTimeIn(String sentence, String expectedTags) {
        TimeTagger.Tagged tagged = TAGGER.tag(Words.of(sentence), PUBLISHED);

        assertThat(tagged.times()).isEmpty();
        assertThat(tags(tagged)).containsExactly(expectedTags.trim().split(" "));
    }

    @Test
    void aYearNextToAPercentageIsTheYearAndThePercentageIsNot() {
        TimeTagger.Tagged tagged = TAGGER.tag(Words.of("He/PRP won/VBD 20/CD percent/NN in/IN 2016/CD"), PUBLISHED);

        assertThat(tagged.times()).containsExactly(new TimeExpression(5, 6, "2016", "2016", new Span(21, 25)));
        assertThat(tags(tagged)).containsExactly("O", "O", "PERCENT", "PERCENT", "O", "DATE");
    }

    /** Without a publication date: absolute values stay, relative ones get no year, never a made-up one. */
    @ParameterizedTest(name = "{0} -> {4}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "Exports/NNS fell/VBD last/JJ month/NN | 2 | 4 | DATE | null",
            "Police/NNS arrived/VBD yesterday/NN | 2 | 3 | DATE | null",
            "Israel/NNP said/VBD on/IN Sunday/NNP | 3 | 4 | DATE | null",
            "Envoys/NNS met/VBD last/JJ Friday/NNP | 2 | 4 | DATE | null",
            "The/DT army/NN withdrew/VBD two/CD days/NNS ago/RB | 3 | 6 | DATE | null",
            "A/DT deal/NN is/VBZ expected/VBN this/DT spring/NN | 4 | 6 | DATE | null",
            "Exports/NNS rose/VBD in/IN the/DT first/JJ quarter/NN | 3 | 6 | DATE | null",
            "Voting/NN resumes/VBZ in/IN July/NNP | 3 | 4 | DATE | XXXX-07",
            "They/PRP met/VBD on/IN July/NNP 4/CD | 3 | 5 | DATE | XXXX-07-04",
            "The/DT talks/NNS began/VBD on/IN March/NNP 3/CD ~,/, 2017/CD | 4 | 8 | DATE | 2017-03-03",
            "Talks/NNS are/VBP now/RB stalled/VBN | 2 | 3 | DATE | PRESENT_REF",
            "He/PRP ruled/VBD for/IN three/CD years/NNS | 3 | 5 | DURATION | P3Y"})
    void resolvesWithoutAPublicationDate(String sentence, int start, int end, String type, String value) {
        TimeTagger.Tagged tagged = TAGGER.tag(Words.of(sentence), null);

        assertThat(tagged.times()).singleElement().satisfies(t -> {
            assertThat(t.startToken()).isEqualTo(start);
            assertThat(t.endToken()).isEqualTo(end);
            assertThat(t.value()).isEqualTo(value);
        });
        assertThat(tagged.tokens().get(start).ner()).isEqualTo(type);
    }

    @Test
    void theSameTaggerGivesTheSameAnswerWhateverItTaggedBefore() {
        List<Token> sunday = Words.of("Israel/NNP said/VBD on/IN Sunday/NNP");
        TimeTagger.Tagged first = TAGGER.tag(sunday, PUBLISHED);
        TAGGER.tag(Words.of("Envoys/NNS meet/VBP next/JJ Sunday/NNP"), PUBLISHED);

        assertThat(TAGGER.tag(sunday, PUBLISHED)).isEqualTo(first);
    }
}
