package org.parley.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.parley.time.Lexicon.Kind;
import org.parley.time.Lexicon.Word;

/**
 * Rules for dates the text states itself: month names with their day and year ("March 3, 2017",
 * "3 March 2017", "the 3rd of March", "Monday, March 3", "March 2017", "in March"), years
 * ("in 2017", "the 2014 election"), decades ("the 1990s"), ISO dates ("2017-03-03"), quarters and
 * halves ("the first quarter of 2017", "last quarter"; "the first quarter" alone is of the
 * publication year) and seasons ("last summer", "the summer of 2016"; a season without a modifier
 * or a year is not tagged, as "spring" and "fall" are common words). A month without a day or year
 * is a date when it is a proper noun (NNP) or follows a word like "in"; "May" and abbreviations
 * need that word or a number next to them. Each rule is anchored on one token and looks left and
 * right from it. Stateless.
 */
final class DateRules {
    /** Words after which a month that is also a common word ("May") or an abbreviation is a month. */
    private static final String[] MONTH_INTRODUCERS = {"in", "since", "by", "until", "till", "early", "late", "mid",
        "during", "through", "last", "next", "this", "before", "after", "from", "of"};

    private DateRules() {
    }

    /** A month name at {@code m}, with what surrounds it. */
    static void month(SentenceWords v, int m, List<Candidate> out) {
        Word w = v.word(m);
        int month = (int) w.number();
        int start = m;
        int end = m + 1;
        int day = v.dayOfMonth(m + 1);
        if (day > 0 && !v.pos(m + 2).startsWith("NNS")) {
            end = m + 2;
        } else {
            day = 0;
        }
        if (day == 0) { // "10 August": read before the year, which then may follow a comma
            int k = v.is(m - 1, "of") ? m - 2 : m - 1;
            int left = v.dayOfMonth(k);
            boolean written = k == m - 1 ? v.isDigits(k) || v.ordinal(k) > 0 : v.ordinal(k) > 0;
            if (left > 0 && written) {
                day = left;
                start = v.is(k - 1, "the") ? k - 1 : k;
            }
        }
        int y = v.is(end, ",") && day > 0 ? end + 1 : v.is(end, "of") && day == 0 ? end + 1 : end;
        int year = v.year(y);
        if (year > 0 && !v.pos(y + 1).startsWith("NNS")) {
            end = y + 1;
        } else {
            year = 0;
        }
        int before = v.is(start - 1, ",") ? start - 2 : start - 1;
        if (day > 0 && v.kind(before) == Kind.WEEKDAY) {
            start = before;
        } else if (day == 0 && v.is(start - 1, "early", "late", "mid")) {
            start--;
        }
        if (day == 0 && year == 0) {
            boolean named = !v.ner(m).equals("O");
            boolean introduced = v.is(m - 1, MONTH_INTRODUCERS);
            boolean name = v.pos(m).startsWith("NNP");
            if (named || !introduced && (w.kind() == Kind.MONTH_STRICT || !name)) {
                return; // "the March rally", "Theresa May", "August Strindberg"
            }
        }
        if (w.kind() == Kind.MONTH_STRICT && (v.ner(m - 1).equals("PERSON") || v.pos(m - 1).startsWith("NNP") && v.kind(m - 1) == null)) {
            return; // "Theresa May", "Mrs May"
        }
        String value;
        try {
            if (day > 0) {
                LocalDate.of(year > 0 ? year : 2000, month, day); // checks the day exists in that month
                value = (year > 0 ? String.format("%04d", year) : "XXXX") + String.format("-%02d-%02d", month, day);
            } else {
                value = (year > 0 ? String.format("%04d", year) : "XXXX") + String.format("-%02d", month);
            }
        } catch (DateTimeException e) {
            return; // "February 30" is not a date
        }
        out.add(new Candidate(start, end, Candidate.DATE, value));
    }

    /** A token starting with a digit: an ISO date, a decade or a year. */
    static void numeric(SentenceWords v, int i, List<Candidate> out) {
        String word = v.token(i).word();
        if (word.length() == 10 && word.charAt(4) == '-' && word.charAt(7) == '-') {
            long y = SentenceWords.digits(word.substring(0, 4));
            long mo = SentenceWords.digits(word.substring(5, 7));
            long d = SentenceWords.digits(word.substring(8));
            try {
                out.add(new Candidate(i, i + 1, Candidate.DATE, LocalDate.of((int) y, (int) mo, (int) d).toString()));
            } catch (DateTimeException e) {
                return; // "2017-13-45" is a code, not a date
            }
            return;
        }
        if (word.length() == 5 && word.endsWith("0s") && SentenceWords.digits(word.substring(0, 4)) >= 1000) {
            int start = v.is(i - 1, "the") ? i - 1 : i;
            out.add(new Candidate(start, i + 1, Candidate.DATE, word.substring(0, 3) + "X"));
            return;
        }
        int year = v.year(i);
        if (year > 0 && !v.pos(i + 1).startsWith("NNS") && v.kind(i - 1) != Kind.CURRENCY
                && v.kind(i + 1) != Kind.CURRENCY && v.kind(i + 1) != Kind.PERCENT && v.kind(i + 1) != Kind.NUMBER) {
            int start = v.is(i - 1, "early", "late", "mid") ? i - 1 : i;
            out.add(new Candidate(start, i + 1, Candidate.DATE, Integer.toString(year)));
        }
    }

    /** "mid-March", "mid-2016": one token. */
    static void mid(SentenceWords v, int i, Lexicon lexicon, List<Candidate> out) {
        String rest = v.token(i).word().substring(4);
        Word w = lexicon.get(rest);
        if (w != null && (w.kind() == Kind.MONTH || w.kind() == Kind.MONTH_STRICT)) {
            int year = v.year(i + 1);
            String value = (year > 0 ? Integer.toString(year) : "XXXX") + String.format("-%02d", w.number());
            out.add(new Candidate(i, year > 0 ? i + 2 : i + 1, Candidate.DATE, value));
        } else if (rest.length() == 4 && SentenceWords.digits(rest) >= 1800 && SentenceWords.digits(rest) <= 2100) {
            out.add(new Candidate(i, i + 1, Candidate.DATE, rest));
        }
    }

    /** "the first quarter of 2017", "the second half of 2016", "last quarter". */
    static void period(SentenceWords v, int p, Anchor anchor, List<Candidate> out) {
        String code = v.word(p).code();
        int limit = code.equals("Q") ? 4 : 2;
        int end = p + 1;
        int y = v.is(end, "of") || v.is(end, ",") ? end + 1 : end;
        int year = v.year(y);
        if (year > 0) {
            end = y + 1;
        } else if (v.is(p + 1, "of")) {
            return; // "the first half of the match", "a quarter of the vote"
        }
        long n = v.ordinal(p - 1);
        int start;
        String value;
        if (n >= 1 && n <= limit) {
            start = v.is(p - 2, "the") ? p - 2 : p - 1;
            int y2 = year > 0 ? year : anchor.year();
            value = y2 > 0 ? y2 + "-" + code + n : null;
        } else if (code.equals("Q") && year == 0 && v.is(p - 1, "this", "last", "next", "current", "previous")) {
            start = p - 1;
            value = anchor.quarter(v.is(p - 1, "last", "previous") ? -1 : v.is(p - 1, "next") ? 1 : 0);
        } else {
            return;
        }
        out.add(new Candidate(start, end, Candidate.DATE, value));
    }

    /** "last summer", "this spring", "the summer of 2016", "winter 2015". */
    static void season(SentenceWords v, int s, Anchor anchor, List<Candidate> out) {
        String code = v.word(s).code();
        int end = s + 1;
        int y = v.is(end, "of") ? end + 1 : end;
        int year = v.year(y);
        int start = s;
        String value;
        if (year > 0) {
            end = y + 1;
            start = v.is(s - 1, "the") ? s - 1 : s;
            value = year + "-" + code;
        } else if (v.is(s - 1, "last", "this", "next")) {
            start = s - 1;
            value = anchor.season(code, v.is(s - 1, "last") ? -1 : v.is(s - 1, "next") ? 1 : 0);
        } else {
            return;
        }
        if (v.is(start - 1, "early", "late")) {
            start--;
        }
        out.add(new Candidate(start, end, Candidate.DATE, value));
    }

    /**
     * A date widened over "the end of", "the beginning of", "the start of", "the middle of" before
     * it ("the end of last month"): the value stays that of the period, which is what an event
     * date at month or year precision can say.
     */
    static Candidate withBoundary(SentenceWords v, Candidate c) {
        int s = c.start();
        if (c.type().equals(Candidate.DATE) && v.is(s - 1, "of") && v.is(s - 2, "end", "beginning", "start", "middle")
                && v.is(s - 3, "the")) {
            return new Candidate(s - 3, c.end(), c.type(), c.value());
        }
        return c;
    }
}
