package org.parley.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.model.TimeExpression;
import org.parley.model.Token;

/**
 * Decades and centuries named from the publication date (Thursday 10 August 2017) get TIMEX3's
 * decade and century values, not one year of them: "this century" is not the year 2017.
 */
class TimeTaggerPeriodsTest {
    private static final TimeTagger TAGGER = TimeTagger.english();
    private static final LocalDate PUBLISHED = LocalDate.of(2017, 8, 10);

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "Prices/NNS doubled/VBD this/DT century/NN | this century | 20",
            "Prices/NNS doubled/VBD last/JJ century/NN | last century | 19",
            "Prices/NNS doubled/VBD this/DT decade/NN | this decade | 201X",
            "Prices/NNS doubled/VBD last/JJ decade/NN | last decade | 200X",
            "Prices/NNS double/VBP next/JJ decade/NN | next decade | 202X"})
    void aDecadeOrCenturyIsNamedAsOne(String sentence, String text, String value) {
        List<Token> tokens = Words.of(sentence);

        List<TimeExpression> times = TAGGER.tag(tokens, PUBLISHED).times();

        assertThat(times).extracting(TimeExpression::text, TimeExpression::value)
                .containsExactly(tuple(text, value));
    }
}
