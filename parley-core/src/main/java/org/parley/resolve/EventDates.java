package org.parley.resolve;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a normalised time expression into an event date in ISO 8601 at the precision the text
 * gives: "2017", "2017-07", "2017-07-14".
 *
 * <p>Input is a TIMEX3 value as the annotator resolved it against the publication date
 * ("2017-07", "2017-W31", "2017-07-14T10:00", "XXXX-07", "PRESENT_REF"). Weeks become the month
 * that holds their Thursday (the ISO rule for which year a week belongs to, applied to months),
 * because datasets that read Parley's output know years, months and days, not weeks. Values that
 * name no point in time (durations, sets, "PAST_REF") give nothing, and the caller falls back to
 * the publication date. Pure and thread-safe.
 */
public final class EventDates {
    private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
    private static final Pattern SEASON_OR_QUARTER = Pattern.compile("^(\\d{4})-(SP|SU|FA|WI|Q\\d|H\\d)$");
    private static final Pattern NO_YEAR_MONTH = Pattern.compile("^XXXX-(\\d{2})(?:-(\\d{2}))?$");

    private EventDates() {
    }

    /**
     * @param timex     a TIMEX3 value, may be null
     * @param published the publication date, may be null (then values without a year give nothing)
     * @return the ISO date at its precision, if the value names a point in time
     */
    public static Optional<String> fromTimex(String timex, LocalDate published) {
        if (timex == null || timex.isBlank()) {
            return Optional.empty();
        }
        String v = timex.trim();
        if (v.equals("PRESENT_REF")) {
            return Optional.ofNullable(published).map(LocalDate::toString);
        }
        try {
            Matcher m = DAY.matcher(v);
            if (m.find()) {
                return Optional.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)).toString());
            }
            m = MONTH.matcher(v);
            if (m.find()) {
                return Optional.of(YearMonth.of(num(m, 1), num(m, 2)).toString());
            }
            m = WEEK.matcher(v);
            if (m.find()) {
                LocalDate thursday = LocalDate.of(num(m, 1), 6, 1)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
                        .with(DayOfWeek.THURSDAY);
                return Optional.of(YearMonth.from(thursday).toString());
            }
            m = SEASON_OR_QUARTER.matcher(v);
            if (m.find()) {
                return Optional.of(m.group(1));
            }
            m = YEAR.matcher(v);
            if (m.find()) {
                return Optional.of(m.group(1));
            }
            m = NO_YEAR_MONTH.matcher(v);
            if (m.find() && published != null) {
                return Optional.of(withInferredYear(num(m, 1), m.group(2), published));
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Whether the value names a month or a day of a month without its year ("XXXX-03", "XXXX-03-03"). */
    public static boolean lacksYear(String timex) {
        return timex != null && NO_YEAR_MONTH.matcher(timex.trim()).find();
    }

    /**
     * Like {@link #fromTimex} for a month or day named without a year in a clause about the
     * future ("will meet in March"): the first such month or day on or after the publication date.
     *
     * @param timex     a value for which {@link #lacksYear} holds, otherwise as {@link #fromTimex}
     * @param published the publication date, not null
     */
    public static Optional<String> fromTimexAhead(String timex, LocalDate published) {
        Matcher m = timex == null ? null : NO_YEAR_MONTH.matcher(timex.trim());
        if (m == null || !m.find()) {
            return fromTimex(timex, published);
        }
        try {
            int month = num(m, 1);
            if (m.group(2) == null) {
                YearMonth ym = YearMonth.of(published.getYear(), month);
                return Optional.of((ym.isBefore(YearMonth.from(published)) ? ym.plusYears(1) : ym).toString());
            }
            int day = Integer.parseInt(m.group(2));
            LocalDate date = LocalDate.of(published.getYear(), month, day);
            if (date.isBefore(published)) {
                date = LocalDate.of(published.getYear() + 1, month, day);
            }
            return Optional.of(date.toString());
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A month named without a year is the latest such month not after the publication month. */
    private static String withInferredYear(int month, String day, LocalDate published) {
        int year = month > published.getMonthValue() ? published.getYear() - 1 : published.getYear();
        return day == null ? YearMonth.of(year, month).toString() : LocalDate.of(year, month, Integer.parseInt(day)).toString();
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
