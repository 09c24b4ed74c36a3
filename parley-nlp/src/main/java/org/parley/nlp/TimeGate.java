package org.parley.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A cheap test of whether a sentence may hold a time expression or a number, so that SUTime and
 * CoreNLP's numeric classifiers (the costly half of named-entity recognition) run only on the
 * sentences where they can find something.
 *
 * <p>The contract is one-sided: a sentence this test lets through is annotated exactly as before;
 * a sentence it turns away must be one on which SUTime and the numeric classifiers would tag
 * nothing, otherwise output changes. So the test errs wide: any digit, any token tagged {@code CD},
 * and every word SUTime or the numeric classifiers key on (calendar names, time units, relative
 * words, number and ordinal words, currencies, percent), compared lower-cased, also by lemma.
 */
final class TimeGate {

    /** Words that start or make up a SUTime expression or a numeric entity, lower-cased. */
    private static final Set<String> WORDS = Set.of(
            // months and their abbreviations
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec",
            // weekdays and their abbreviations
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            // units of time
            "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week",
            "weeks", "weekend", "weekends", "weekday", "weekdays", "fortnight", "month", "months",
            "quarter", "quarters", "year", "years", "decade", "decades", "century", "centuries",
            "millennium", "millennia", "season", "seasons", "semester",
            "moment",
            // parts of a day and seasons
            "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night",
            "nights", "tonight", "overnight", "noon", "midday", "midnight", "dawn", "dusk",
            "daybreak", "sunrise", "sunset", "spring", "summer", "autumn", "fall", "winter",
            "a.m.", "p.m.", "o'clock", "gmt", "utc", "est", "edt", "pst", "cet",
            // relative words
            "today", "yesterday", "tomorrow", "now", "nowadays", "currently", "current",
            "presently", "present", "recent", "recently", "lately", "ago", "last", "next",
            "past", "previous", "previously", "earlier",
            "later", "soon", "future", "once", "twice",
            "daily", "weekly", "monthly", "quarterly", "annually", "annual",
            "yearly", "hourly", "nightly", "biweekly", "biannual", "decades-long", "mid",
            // holidays
            "christmas", "easter", "thanksgiving", "halloween", "ramadan", "eid", "hanukkah",
            "passover", "diwali",
            // number and ordinal words
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "million",
            "millions", "billion", "billions", "trillion", "trillions", "dozen", "dozens",
            "half", "couple", "first", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "twentieth",
            "hundredth", "thousandth", "millionth",
            // money and percent
            "$", "us$", "£", "€", "¥", "dollar", "dollars", "cent", "cents", "euro", "euros",
            "pound", "pounds", "yen", "yuan", "renminbi", "rupee", "rupees", "peso", "pesos",
            "ruble", "rubles", "rouble", "roubles", "franc", "francs", "lira",
            "rial", "riyal", "dinar", "dinars", "shekel", "shekels", "hryvnia", "%",
            "percent", "pct");

    private TimeGate() {
    }

    /** Whether SUTime and the numeric classifiers have to see this sentence. */
    static boolean admits(List<CoreLabel> tokens) {
        for (CoreLabel token : tokens) {
            if (keys(token)) {
                return true;
            }
        }
        return false;
    }

    /** Whether this one token is a reason to admit its sentence: a number, a digit or a listed word. */
    static boolean keys(CoreLabel token) {
        return "CD".equals(token.tag()) || hasDigit(token.word()) || isKeyword(token.word())
                || isKeyword(token.lemma());
    }

    private static boolean isKeyword(String word) {
        if (word == null) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        // "Sept." and "a.m" as well as "Sept" and "a.m.".
        return WORDS.contains(lower) || WORDS.contains(lower + ".")
                || lower.endsWith(".") && WORDS.contains(lower.substring(0, lower.length() - 1));
    }

    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
