package org.parley.time;

import java.util.List;
import java.util.Locale;
import org.parley.time.Lexicon.Kind;

/**
 * Rules for times of day: "10 a.m.", "10:30 p.m.", "10pm", "0900 GMT", "at 10:30", "noon",
 * "midnight", "7 o'clock". Values are TIMEX3 times without a date ("T10:00"): the date comes from a
 * neighbouring date expression or the publication date, which is the coder's business. A time and
 * the date next to it ("10 a.m. on Monday") are two expressions. Stateless.
 */
final class ClockRules {
    private ClockRules() {
    }

    /** "noon", "midnight". */
    static void clockWord(SentenceWords v, int i, List<Candidate> out) {
        out.add(new Candidate(i, i + 1, Candidate.TIME, v.word(i).code()));
    }

    /** "a.m."/"p.m." after an hour: "10 a.m.", "10:30 p.m.". */
    static void meridiem(SentenceWords v, int k, List<Candidate> out) {
        if (k == 0) {
            return;
        }
        int minutes = hourMinutes(v.token(k - 1).word(), v.cardinal(k - 1));
        if (minutes < 60 || minutes >= 13 * 60) {
            return;
        }
        out.add(new Candidate(k - 1, k + 1, Candidate.TIME, time(withMeridiem(minutes, v.word(k).number()))));
    }

    /** "GMT", "UTC", "o'clock" after a time: "0900 GMT", "10:30 UTC", "10 a.m. GMT", "7 o'clock". */
    static void zone(SentenceWords v, int k, List<Candidate> out) {
        if (k == 0) {
            return;
        }
        if (v.kind(k - 1) == Kind.MERIDIEM) {
            int minutes = hourMinutes(v.token(Math.max(k - 2, 0)).word(), v.cardinal(k - 2));
            if (k >= 2 && minutes >= 60 && minutes < 13 * 60) {
                out.add(new Candidate(k - 2, k + 1, Candidate.TIME, time(withMeridiem(minutes, v.word(k - 1).number()))));
            }
            return;
        }
        String word = v.token(k - 1).word();
        int minutes;
        if (word.length() == 4 && SentenceWords.digits(word) >= 0) {
            long hhmm = SentenceWords.digits(word);
            minutes = hhmm % 100 < 60 ? (int) (hhmm / 100 * 60 + hhmm % 100) : -1;
        } else {
            minutes = hourMinutes(word, v.cardinal(k - 1));
        }
        if (minutes >= 0 && minutes < 24 * 60) {
            out.add(new Candidate(k - 1, k + 1, Candidate.TIME, time(minutes)));
        }
    }

    /** A token starting with a digit that is a time by itself: "10pm", "10:30am", or "10:30" after "at". */
    static void numeric(SentenceWords v, int i, List<Candidate> out) {
        String word = v.token(i).word().toLowerCase(Locale.ROOT);
        int shift = -1;
        String digits = word;
        if (word.endsWith("am") || word.endsWith("pm")) {
            shift = word.endsWith("pm") ? 12 : 0;
            digits = word.substring(0, word.length() - 2);
        } else if (word.endsWith("a.m.") || word.endsWith("p.m.")) {
            shift = word.endsWith("p.m.") ? 12 : 0;
            digits = word.substring(0, word.length() - 4);
        }
        int minutes = hourMinutes(digits, SentenceWords.digits(digits));
        if (shift >= 0 && minutes >= 60 && minutes < 13 * 60) {
            out.add(new Candidate(i, i + 1, Candidate.TIME, time(withMeridiem(minutes, shift))));
        } else if (shift < 0 && digits.indexOf(':') > 0 && v.is(i - 1, "at", "by", "until", "from") && minutes >= 0 && minutes < 24 * 60) {
            out.add(new Candidate(i, i + 1, Candidate.TIME, time(minutes)));
        }
    }

    /** Minutes after midnight of "10" (with its cardinal value) or "10:30"; -1 when neither. */
    private static int hourMinutes(String word, long cardinal) {
        int colon = word.indexOf(':');
        if (colon > 0 && colon == word.length() - 3) {
            long h = SentenceWords.digits(word.substring(0, colon));
            long m = SentenceWords.digits(word.substring(colon + 1));
            return h >= 0 && h < 24 && m >= 0 && m < 60 ? (int) (h * 60 + m) : -1;
        }
        return colon < 0 && cardinal >= 0 && cardinal < 24 ? (int) cardinal * 60 : -1;
    }

    /** 12 a.m. is midnight, 12 p.m. noon, other p.m. hours are 12 later. */
    private static int withMeridiem(int minutes, long shift) {
        int hour = minutes / 60 % 12;
        return (hour + (int) shift) * 60 + minutes % 60;
    }

    private static String time(int minutes) {
        return String.format("T%02d:%02d", minutes / 60, minutes % 60);
    }
}
