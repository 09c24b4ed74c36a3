package org.parley.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * Resolves relative expressions (a unit, an offset) against the publication date into TIMEX3
 * values in the forms {@code org.parley.resolve.EventDates} reads: "2017-08-09", "2017-W31",
 * "2017-07", "2016", "2016-SU", "2017-Q1".
 *
 * <p>Without a publication date every method answers null: a relative expression has no year
 * then, and Parley never makes one up. Immutable and thread-safe.
 */
final class Anchor {
    private final LocalDate published;

    Anchor(LocalDate published) {
        this.published = published;
    }

    boolean known() {
        return published != null;
    }

    /** The period of {@code unit} ("D", "W", "WE", "M", "Y", "DE", "CE") {@code offset} units from the publication date. */
    String shifted(String unit, long offset) {
        if (published == null) {
            return null;
        }
        return switch (unit) {
            case "D" -> published.plusDays(offset).toString();
            case "W" -> week(published.plusWeeks(offset));
            case "WE" -> week(published.plusWeeks(offset)) + "-WE";
            case "M" -> YearMonth.from(published).plusMonths(offset).toString();
            case "Y" -> Integer.toString(published.getYear() + (int) offset);
            case "DE" -> Integer.toString(published.getYear() + 10 * (int) offset);
            case "CE" -> Integer.toString(published.getYear() + 100 * (int) offset);
            default -> null;
        };
    }

    /**
     * The calendar period of {@code unit} {@code offset} periods from the one that holds the
     * publication date ("last week", "this century"): as {@link #shifted}, except that a decade or
     * a century is named as TIMEX3 does ("201X", "20"), not as a single year of it, which
     * {@code EventDates} would take for the year an event happened.
     */
    String period(String unit, long offset) {
        if (published == null) {
            return null;
        }
        return switch (unit) {
            case "DE" -> (published.getYear() / 10 + offset) + "X";
            case "CE" -> Long.toString(published.getYear() / 100 + offset);
            default -> shifted(unit, offset);
        };
    }

    /** The day {@code offset} days from the publication date, with a TIMEX3 part of day ("NI") if given. */
    String day(long offset, String part) {
        String day = shifted("D", offset);
        return day == null || part == null ? day : day + "T" + part;
    }

    /**
     * A weekday seen from the publication date.
     *
     * @param direction -1 for the latest such day strictly before it ("last Friday"), +1 for the
     *                  first strictly after it ("next Monday"), 0 for the latest on or before it
     */
    String weekday(int isoDay, int direction, String part) {
        if (published == null) {
            return null;
        }
        DayOfWeek day = DayOfWeek.of(isoDay);
        LocalDate date = switch (direction) {
            case -1 -> published.with(TemporalAdjusters.previous(day));
            case 1 -> published.with(TemporalAdjusters.next(day));
            default -> published.with(TemporalAdjusters.previousOrSame(day));
        };
        return part == null ? date.toString() : date + "T" + part;
    }

    /** A season ("SU") of the publication year shifted by {@code offset} years. */
    String season(String code, int offset) {
        return published == null ? null : (published.getYear() + offset) + "-" + code;
    }

    /** The quarter {@code offset} quarters from the publication date's quarter. */
    String quarter(int offset) {
        if (published == null) {
            return null;
        }
        int index = published.getYear() * 4 + (published.getMonthValue() - 1) / 3 + offset;
        return Math.floorDiv(index, 4) + "-Q" + (Math.floorMod(index, 4) + 1);
    }

    /** The publication year, or 0 when unknown. */
    int year() {
        return published == null ? 0 : published.getYear();
    }

    /** A duration of {@code amount} units as TIMEX3 ("P3Y", "PT48H", "PXD" when the amount is unknown). */
    static String duration(String unit, long amount) {
        String n = amount < 0 ? "X" : Long.toString(amount);
        return switch (unit) {
            case "H" -> "PT" + n + "H";
            case "MIN" -> "PT" + n + "M";
            case "DE" -> amount < 0 ? "PXDE" : "P" + amount * 10 + "Y";
            case "CE" -> amount < 0 ? "PXCE" : "P" + amount * 100 + "Y";
            case "WE" -> "P" + n + "WE";
            default -> "P" + n + unit;
        };
    }

    private static String week(LocalDate date) {
        return String.format("%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
