package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderDateTest {

    private static final LocalDate AUGUST_10 = LocalDate.of(2017, 8, 10);

    @ParameterizedTest
    @ValueSource(strings = {
        "10 August, 2017",
        "August 10, 2017",
        "10 Aug 2017",
        "2017-08-10",
        "Thursday 10 August 2017",
        "Thursday, August 10, 2017",
        "Aug. 10, 2017 5:32 p.m. ET",
        "Published: 2017/08/10",
        "Updated 10th of August 2017 | 14:05 GMT",
        "By Jane Doe | 10 August 2017",
        "  10 AUGUST 2017  ",
        "2017-08-10T17:32:00+03:00",
    })
    void readsTheFormsNewsSitesPrint(String line) {
        assertThat(HeaderDate.fromLine(line)).contains(AUGUST_10);
    }

    @Test
    void readsNumericDayMonthOnlyWhenUnambiguous() {
        assertThat(HeaderDate.fromLine("Published: 28/08/2017")).contains(LocalDate.of(2017, 8, 28));
        assertThat(HeaderDate.fromLine("Published: 08/28/2017")).contains(LocalDate.of(2017, 8, 28));
        assertThat(HeaderDate.fromLine("05.05.2017")).contains(LocalDate.of(2017, 5, 5));
        // Day and month could be either way round: no date rather than a wrong one.
        assertThat(HeaderDate.fromLine("Published: 10/08/2017")).isEmpty();
    }

    @Test
    void ignoresImpossibleDatesAndTwoDigitYears() {
        assertThat(HeaderDate.fromLine("31 February 2017")).isEmpty();
        assertThat(HeaderDate.fromLine("10 Aug 17")).isEmpty();
        assertThat(HeaderDate.fromLine("2017-13-01")).isEmpty();
    }

    @Test
    void ignoresALineThatOnlyMentionsADateInPassing() {
        assertThat(HeaderDate.fromLine(
                "Officials met in Amman on 10 August 2017 to discuss the ceasefire in the south"))
                .isEmpty();
    }

    @Test
    void takesTheFirstDateOfALine() {
        assertThat(HeaderDate.fromLine("Published 9 August 2017, updated 10 August 2017"))
                .contains(LocalDate.of(2017, 8, 9));
    }

    @Test
    void findsTheDateLineInTheHeaderOfAText() {
        String text = "Israel, US and Russia held secret talks on Syria\n"
                + "10 August, 2017\n\n"
                + "The talks took place last month.\n";
        assertThat(HeaderDate.find(text)).contains(AUGUST_10);
    }

    @Test
    void looksNoFurtherThanTheHeader() {
        String text = "Headline\n" + "Filler line.\n".repeat(12) + "10 August 2017\n";
        assertThat(HeaderDate.find(text)).isEmpty();
        String longLines = "Headline\n" + "x".repeat(650) + "\n10 August 2017\n";
        assertThat(HeaderDate.find(longLines)).isEmpty();
    }

    @Test
    void readsMetadataValuesAnywhereInTheValue() {
        assertThat(HeaderDate.parseAnywhere("Thu, 10 Aug 2017 12:00:00 GMT")).contains(AUGUST_10);
        assertThat(HeaderDate.parseAnywhere("2017-08-10T23:30:00Z")).contains(AUGUST_10);
        assertThat(HeaderDate.parseAnywhere("not a date")).isEmpty();
    }
}
