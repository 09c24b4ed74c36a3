package org.parley.dedup;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The days an ISO 8601 date at its precision covers: "2017" is 2017-01-01 to 2017-12-31,
 * "2017-07" is 2017-07-01 to 2017-07-31, "2017-07-14" is that one day. Both ends are inclusive.
 *
 * @param start     the first day covered
 * @param end       the last day covered, never before {@code start}
 * @param precision how exact the date is
 */
public record DateRange(LocalDate start, LocalDate end, Precision precision) {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** How exact a date is, from the coarsest to the finest. */
    public enum Precision { YEAR, MONTH, DAY }

    public DateRange {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("date range ends before it starts: " + start + " to " + end);
        }
    }

    /**
     * The range of an ISO date of the form YYYY, YYYY-MM or YYYY-MM-DD; empty for {@code null} and
     * anything else (a date the coder could not pin down is not a range).
     */
    public static Optional<DateRange> parse(String iso) {
        if (iso == null) {
            return Optional.empty();
        }
        try {
            if (DAY.matcher(iso).matches()) {
                LocalDate day = LocalDate.parse(iso);
                return Optional.of(new DateRange(day, day, Precision.DAY));
            }
            if (MONTH.matcher(iso).matches()) {
                YearMonth month = YearMonth.parse(iso);
                return Optional.of(new DateRange(month.atDay(1), month.atEndOfMonth(), Precision.MONTH));
            }
            if (YEAR.matcher(iso).matches()) {
                int year = Integer.parseInt(iso);
                return Optional.of(new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Days between the two ranges: 0 when they overlap, else from the end of one to the start of the other. */
    public long gapDays(DateRange other) {
        if (other.start.isAfter(end)) {
            return ChronoUnit.DAYS.between(end, other.start);
        }
        if (start.isAfter(other.end)) {
            return ChronoUnit.DAYS.between(other.end, start);
        }
        return 0;
    }
}
