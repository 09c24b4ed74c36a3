package org.parley.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publication date that news pages print near the top of an article ("10 August, 2017",
 * "Aug. 10, 2017 5:32 p.m. ET", "2017-08-10", "Thursday 10 August 2017", "Published: 2017/08/10").
 *
 * <p>Only the header is searched: lines that start within the first {@value #HEADER_CHARS}
 * characters, at most {@value #HEADER_LINES} of them. A line counts only when it is (mostly) a
 * date: at most {@value #MAX_LINE_CHARS} characters, with the date making up at least a quarter of
 * it, so that "By Jane Doe | 10 August 2017" counts but a first sentence that mentions a date in
 * passing does not. The first such line wins.
 *
 * <p>Design decision: purely numeric day/month forms ("10/08/2017") are read only when they are
 * unambiguous (one of the two numbers is above 12, or both are equal), because news sites print
 * both orders and a wrong month is worse than no date. Two-digit years are never read.
 *
 * <p>Stateless and thread-safe.
 */
final class HeaderDate {

    static final int HEADER_LINES = 10;
    static final int HEADER_CHARS = 600;
    static final int MAX_LINE_CHARS = 80;

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1),
            Map.entry("feb", 2), Map.entry("february", 2),
            Map.entry("mar", 3), Map.entry("march", 3),
            Map.entry("apr", 4), Map.entry("april", 4),
            Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("june", 6),
            Map.entry("jul", 7), Map.entry("july", 7),
            Map.entry("aug", 8), Map.entry("august", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("september", 9),
            Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("nov", 11), Map.entry("november", 11),
            Map.entry("dec", 12), Map.entry("december", 12));

    private static final String MONTH =
            "(january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "(\\d{4})";

    /** "2017-08-10", "2017/08/10", "2017-08-10T17:32:00Z" (year first is never ambiguous). */
    private static final Pattern YEAR_FIRST =
            Pattern.compile("(?<![\\d/.-])" + YEAR + "([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d/])");
    /** "10 August 2017", "10 Aug. 2017", "10th of August, 2017". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\w])" + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + "(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    /** "August 10, 2017", "Aug. 10 2017", "August 10th, 2017". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\w])" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    /** "10/08/2017", "10.08.2017": read only when unambiguous. */
    private static final Pattern NUMERIC =
            Pattern.compile("(?<![\\d/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})(?![\\d/])");

    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;

    private HeaderDate() {
    }

    /** The date printed in the header of {@code text}, if a header line is (mostly) a date. */
    static Optional<LocalDate> find(String text) {
        int lineStart = 0;
        for (int lines = 0; lines < HEADER_LINES && lineStart < Math.min(text.length(), HEADER_CHARS); lines++) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            Optional<LocalDate> date = fromLine(text.substring(lineStart, lineEnd));
            if (date.isPresent()) {
                return date;
            }
            lineStart = lineEnd + 1;
        }
        return Optional.empty();
    }

    /** The date of one line, if the line is (mostly) a date. */
    static Optional<LocalDate> fromLine(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_LINE_CHARS) {
            return Optional.empty();
        }
        return earliestMatch(trimmed)
                .filter(found -> found.length * 4 >= trimmed.length())
                .map(found -> found.date);
    }

    /**
     * Reads a date written in any of the forms above, anywhere in {@code value}; for metadata
     * values that are not ISO ("Thursday, August 10, 2017").
     */
    static Optional<LocalDate> parseAnywhere(String value) {
        return earliestMatch(value).map(found -> found.date);
    }

    private record Found(int start, int length, LocalDate date) {
    }

    /** The leftmost valid date in the line: when a line names two, the first is the publication. */
    private static Optional<Found> earliestMatch(String line) {
        Found best = null;
        for (Pattern pattern : new Pattern[] {YEAR_FIRST, DAY_MONTH_YEAR, MONTH_DAY_YEAR, NUMERIC}) {
            Matcher m = pattern.matcher(line);
            while (m.find()) {
                if (best != null && m.start() >= best.start) {
                    break;
                }
                Optional<LocalDate> date = toDate(pattern, m);
                if (date.isPresent()) {
                    best = new Found(m.start(), m.end() - m.start(), date.get());
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<LocalDate> toDate(Pattern pattern, Matcher m) {
        if (pattern == YEAR_FIRST) {
            return date(m.group(1), m.group(3), m.group(4));
        }
        if (pattern == DAY_MONTH_YEAR) {
            return date(m.group(3), month(m.group(2)), m.group(1));
        }
        if (pattern == MONTH_DAY_YEAR) {
            return date(m.group(3), month(m.group(1)), m.group(2));
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(3));
        if (first > 12 && second <= 12) {
            return date(m.group(4), m.group(3), m.group(1));
        }
        if (second > 12 && first <= 12) {
            return date(m.group(4), m.group(1), m.group(3));
        }
        if (first == second) {
            return date(m.group(4), m.group(1), m.group(1));
        }
        return Optional.empty();
    }

    private static String month(String name) {
        return String.valueOf(MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", "")));
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        int y = Integer.parseInt(year);
        if (y < MIN_YEAR || y > MAX_YEAR) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException invalid) {
            return Optional.empty();
        }
    }
}
