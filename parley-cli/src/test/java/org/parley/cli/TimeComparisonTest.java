package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Document;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.TimeExpression;
import org.parley.model.Token;

class TimeComparisonTest {

    private static final String TEXT = "They met on Sunday and last month and will meet in early May 2020 .";
    private static final LocalDate PUBLISHED = LocalDate.of(2017, 8, 10);
    private static final Document DOCUMENT = new Document("d", TEXT, PUBLISHED, null, null, null, "a.txt");

    private static AnnotatedDocument annotated(TimeExpression... times) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String word : TEXT.split(" ")) {
            tokens.add(new Token(tokens.size(), word, word, "NN", "O", new Span(at, at + word.length())));
            at += word.length() + 1;
        }
        return new AnnotatedDocument(DOCUMENT, List.of(new Sentence(0, new Span(0, TEXT.length()), tokens,
                List.of(), List.of(), List.of(times))));
    }

    private static TimeExpression time(int start, int end, String text, String value) {
        return new TimeExpression(start, end, text, value, new Span(0, 1));
    }

    @Test
    void countsSameSpansSameDatesOverlapsAndExpressionsOnlyOneSideFound() {
        TimeComparison comparison = new TimeComparison();
        comparison.add("samples", annotated(
                        time(2, 4, "on Sunday", "2017-08-06"),   // SUTime's weekday value, dated by tense by the coder
                        time(5, 7, "last month", "2017-07"),
                        time(11, 13, "early May", "2020-05")),
                annotated(
                        time(2, 4, "on Sunday", "XXXX-WXX-7"),
                        time(5, 7, "last month", "2017-06"),
                        time(11, 14, "early May 2020", "2020-05"),
                        time(0, 1, "They", "PRESENT_REF")));

        assertThat(comparison.table()).isEqualTo(String.format(
                "%-10s %6s %7s %7s %10s %11s %12s %12s %12s%n", "texts", "docs", "SUTime", "Parley", "same span",
                "+same date", "overlapping", "SUTime only", "Parley only")
                + String.format("%-10s %6d %7d %7d %10d %11d %12d %12d %12d%n", "samples", 1, 3, 4, 2, 1, 1, 0, 1)
                + String.format("%-10s %6d %7d %7d %10d %11d %12d %12d %12d%n", "all", 1, 3, 4, 2, 1, 1, 0, 1));
        assertThat(comparison.disagreements()).containsExactly(
                "date\tsamples\ta.txt#0\t\"last month\" [5,7) 2017-07 -> 2017-07\t\"last month\" [5,7) 2017-06 -> 2017-06\t" + TEXT,
                "span\tsamples\ta.txt#0\t\"early May\" [11,13) 2020-05 -> 2020-05\t\"early May 2020\" [11,14) 2020-05 -> 2020-05\t" + TEXT,
                "parley-only\tsamples\ta.txt#0\t-\t\"They\" [0,1) PRESENT_REF -> 2017-08-10\t" + TEXT);
    }

    @Test
    void aBareWeekdayIsDatedByItsDayAndOtherValuesByEventDates() {
        assertThat(TimeComparison.coderDate(time(0, 2, "Friday night", "2017-08-11TNI"), PUBLISHED))
                .isEqualTo("weekday fri");
        assertThat(TimeComparison.coderDate(time(0, 2, "last Friday", "2017-08-04"), PUBLISHED))
                .isEqualTo("2017-08-04");
        assertThat(TimeComparison.coderDate(time(0, 1, "Friday", "XXXX-WXX-5"), null)).isEqualTo("none");
        assertThat(TimeComparison.coderDate(time(0, 2, "two years", "P2Y"), PUBLISHED)).isEqualTo("none");
    }
}
