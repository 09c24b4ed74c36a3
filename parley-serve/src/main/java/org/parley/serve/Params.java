package org.parley.serve;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks the query parameters of one request. Every bad value becomes a 400 naming the
 * parameter, the value and what was expected; absent or blank parameters are {@code null}.
 */
final class Params {

    private static final Pattern ACTOR = Pattern.compile("[A-Z0-9]{1,40}");
    private static final Pattern CODE = Pattern.compile("[0-9]{2,4}");
    private static final Pattern ROOT = Pattern.compile("(0[1-9]|1[0-9]|20)");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");

    private final Context context;

    Params(Context context) {
        this.context = context;
    }

    String text(String name) {
        String value = context.queryParam(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** An actor code or code prefix, upper-cased ("isr" and "ISR" are the same). */
    String actor(String name) {
        return matching(name, ACTOR, "an actor code of letters and digits such as ISR or ISRGOV");
    }

    String cameoCode(String name) {
        return matching(name, CODE, "a CAMEO code of 2 to 4 digits such as 043");
    }

    String cameoRoot(String name) {
        return matching(name, ROOT, "a CAMEO root code from 01 to 20");
    }

    String country(String name) {
        return matching(name, COUNTRY, "an ISO 3166 alpha-3 country code such as ISR");
    }

    String plover(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        String upper = value.toUpperCase(Locale.ROOT);
        for (org.parley.ontology.PloverType type : org.parley.ontology.PloverType.values()) {
            if (type.name().equals(upper)) {
                return upper;
            }
        }
        throw ApiException.badParameter(name, value, "a PLOVER type such as CONSULT or ASSAULT");
    }

    String choice(String name, String fallback, Set<String> allowed) {
        String value = text(name);
        if (value == null) {
            return fallback;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (!allowed.contains(lower)) {
            throw ApiException.badParameter(name, value, "one of " + String.join(", ", allowed.stream().sorted().toList()));
        }
        return lower;
    }

    int integer(String name, int fallback, int min, int max) {
        String value = text(name);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notNumber) {
            // answered below like an out-of-range number
        }
        throw ApiException.badParameter(name, value, "a whole number from " + min + " to " + max);
    }

    /** The first day of a date given as 2017, 2017-07 or 2017-07-14. */
    LocalDate firstDay(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            if (YEAR.matcher(value).matches()) {
                return LocalDate.of(Integer.parseInt(value), 1, 1);
            }
            if (MONTH.matcher(value).matches()) {
                return YearMonth.parse(value).atDay(1);
            }
            return LocalDate.parse(value);
        } catch (DateTimeParseException | NumberFormatException bad) {
            throw ApiException.badParameter(name, value, "a date such as 2017, 2017-07 or 2017-07-14");
        }
    }

    /** The last day of a date given as 2017, 2017-07 or 2017-07-14. */
    LocalDate lastDay(String name) {
        String value = text(name);
        LocalDate first = firstDay(name);
        if (first == null) {
            return null;
        }
        if (YEAR.matcher(value).matches()) {
            return first.withDayOfYear(first.lengthOfYear());
        }
        if (MONTH.matcher(value).matches()) {
            return first.withDayOfMonth(first.lengthOfMonth());
        }
        return first;
    }

    private String matching(String name, Pattern pattern, String expected) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        String upper = value.toUpperCase(Locale.ROOT);
        if (!pattern.matcher(upper).matches()) {
            throw ApiException.badParameter(name, value, expected);
        }
        return upper;
    }
}
