package org.parley.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventDatesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2017, 8, 10);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", value = {
            "2017-07, 2017-07",
            "2017-07-14, 2017-07-14",
            "2017-07-14T10:30, 2017-07-14",
            "2017, 2017",
            // "last week" in an article of Thursday 10 August 2017: 31 July to 6 August, mostly August
            "2017-W31, 2017-08",
            "2017-W30, 2017-07",
            "2017-SU, 2017",
            "2017-Q2, 2017",
            "XXXX-07, 2017-07",
            "XXXX-12, 2016-12",
            "XXXX-07-04, 2017-07-04",
            "PRESENT_REF, 2017-08-10",
            "PAST_REF, null",
            "P1W, null",
            "2017-02-30, null",
            "null, null"})
    void normalisesTimexValuesToTheirPrecision(String timex, String expected) {
        assertThat(EventDates.fromTimex(timex, PUBLISHED).orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} ahead -> {1}")
    @CsvSource(nullValues = "null", value = {
            "XXXX-09, 2017-09",
            "XXXX-08, 2017-08",
            "XXXX-07, 2018-07",
            "XXXX-08-10, 2017-08-10",
            "XXXX-08-09, 2018-08-09",
            "XXXX-12-25, 2017-12-25",
            "XXXX-02-30, null",
            "2016-07, 2016-07"})
    void aMonthOrDayWithoutAYearAheadIsTheFirstOnOrAfterPublication(String timex, String expected) {
        assertThat(EventDates.fromTimexAhead(timex, PUBLISHED).orElse(null)).isEqualTo(expected);
    }

    @Test
    void onlyValuesWithoutTheirYearLackOne() {
        assertThat(EventDates.lacksYear("XXXX-07")).isTrue();
        assertThat(EventDates.lacksYear("XXXX-07-04")).isTrue();
        assertThat(EventDates.lacksYear("2017-07")).isFalse();
        assertThat(EventDates.lacksYear("PRESENT_REF")).isFalse();
        assertThat(EventDates.lacksYear(null)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"XXXX-07", "PRESENT_REF"})
    void withoutAPublicationDateRelativeValuesGiveNothing(String timex) {
        assertThat(EventDates.fromTimex(timex, null)).isEmpty();
    }
}
