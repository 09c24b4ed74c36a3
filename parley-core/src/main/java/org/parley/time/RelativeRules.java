package org.parley.time;

import java.util.List;
import org.parley.time.Lexicon.Kind;

/**
 * Rules for expressions measured from the publication date or from another event: day words
 * ("yesterday", "tonight", "this morning", "last night"), weekdays ("on Sunday", "last Friday",
 * "Tuesday morning"), units with a modifier or an amount ("last week", "earlier this month", "two
 * days ago", "for three years", "the past three days", "every week", "twice a year", "a week
 * earlier", "the previous day", "in recent weeks"), vague references ("now", "at present",
 * "recently", "soon") and frequency words ("daily"). Each rule is anchored on one token and looks
 * left and right from it. Stateless.
 */
final class RelativeRules {
    /** Words before an amount that belong to a duration: "more than a decade", "nearly two years". */
    private static final String[] APPROXIMATIONS = {"about", "around", "nearly", "almost", "some", "over", "roughly"};
    /** Words after an amount and unit that make a date measured from another event: "a week earlier". */
    private static final String[] AFTERWARDS = {"earlier", "later", "before", "after"};

    private RelativeRules() {
    }

    /** "today", "yesterday", "tomorrow", "tonight", "overnight", optionally with a part of the day: "yesterday morning". */
    static void day(SentenceWords v, int d, Anchor anchor, List<Candidate> out) {
        String part = v.is(d, "tonight", "overnight") ? "NI" : null;
        int end = d + 1;
        if (part == null && v.kind(end) == Kind.PART) {
            part = v.word(end).code();
            end++;
        }
        out.add(new Candidate(d, end, Candidate.DATE, anchor.day(v.word(d).number(), part)));
    }

    /** "this morning", "this evening", "last night". */
    static void part(SentenceWords v, int p, Anchor anchor, List<Candidate> out) {
        String code = v.word(p).code();
        if (v.is(p - 1, "this")) {
            out.add(new Candidate(p - 1, p + 1, Candidate.DATE, anchor.day(0, code)));
        } else if (v.is(p - 1, "last") && (code.equals("NI") || code.equals("EV"))) {
            out.add(new Candidate(p - 1, p + 1, Candidate.DATE, anchor.day(-1, code)));
        }
    }

    /** "Sunday", "last Friday", "next Monday", "Friday night"; the latest such day on or before the publication date when bare. */
    static void weekday(SentenceWords v, int w, Anchor anchor, List<Candidate> out) {
        String ner = v.ner(w);
        if (ner.equals("ORGANIZATION") || ner.equals("PERSON")) {
            return; // "the Sunday Times"
        }
        int start = w;
        int direction = 0;
        if (v.is(w - 1, "last", "next")) {
            start = w - 1;
            direction = v.is(w - 1, "last") ? -1 : 1;
        }
        int end = w + 1;
        String part = null;
        if (v.kind(end) == Kind.PART) {
            part = v.word(end).code();
            end++;
        }
        out.add(new Candidate(start, end, Candidate.DATE, anchor.weekday((int) v.word(w).number(), direction, part)));
    }

    /** "now", "currently", "recently", "soon", and "present" after "at". */
    static void vague(SentenceWords v, int k, List<Candidate> out) {
        if (v.is(k, "present")) {
            if (v.is(k - 1, "at")) {
                out.add(new Candidate(k - 1, k + 1, Candidate.DATE, v.word(k).code()));
            }
            return;
        }
        out.add(new Candidate(k, k + 1, Candidate.DATE, v.word(k).code()));
    }

    /** "daily", "weekly", "annually". */
    static void frequency(SentenceWords v, int k, List<Candidate> out) {
        out.add(new Candidate(k, k + 1, Candidate.SET, v.word(k).code()));
    }

    /** A unit of time ("day", "weeks", "decade") with what surrounds it; see the class comment. */
    static void unit(SentenceWords v, int u, Anchor anchor, List<Candidate> out) {
        String unit = v.word(u).code();
        boolean plural = v.lower(u).endsWith("s") || unit.equals("CE") && v.is(u, "centuries");
        int q = u - 1;
        long amount = SentenceWords.NONE;
        boolean counted = true;
        int start = u;
        if (v.is(q, "a", "an")) {
            amount = 1;
            start = q;
        } else if (v.is(q, "several", "few", "many")) {
            start = v.is(q - 1, "a") ? q - 1 : q;
        } else if (v.is(q, "of") && v.is(q - 1, "couple")) {
            amount = 2;
            start = v.is(q - 2, "a") ? q - 2 : q - 1;
        } else if (v.cardinal(q) > 0 && v.year(q) == 0) {
            amount = v.cardinal(q);
            start = q;
        } else {
            counted = false;
        }
        int end = u + 1;
        if (counted && v.is(end, "ago")) {
            String value = amount < 0 ? "PAST_REF" : anchor.shifted(unit, -amount);
            out.add(new Candidate(start, end + 1, Candidate.DATE, value));
            return;
        }
        if (v.is(end, AFTERWARDS) && (counted || v.is(u - 1, "the"))) {
            // "a week earlier", "the day before", "two days after the vote": dated from another event
            out.add(new Candidate(counted ? start : u - 1, end + 1, Candidate.DATE, null));
            return;
        }
        if (counted) {
            counted(v, u, unit, amount, start, out);
        } else {
            uncounted(v, u, unit, plural, anchor, out);
        }
    }

    /** An amount of units: a set ("twice a year", "every two weeks") or a duration ("the past three days"). */
    private static void counted(SentenceWords v, int u, String unit, long amount, int start, List<Candidate> out) {
        if (amount == 1 && v.is(start, "a", "an") && v.is(start - 1, "twice", "once")) {
            out.add(new Candidate(start - 1, u + 1, Candidate.SET, "P1" + unit));
            return;
        }
        if (amount == 1 && v.is(start, "a", "an") && v.is(start - 1, "times") && v.cardinal(start - 2) > 0) {
            out.add(new Candidate(start - 2, u + 1, Candidate.SET, "P1" + unit));
            return;
        }
        if (v.is(start - 1, "every", "each")) {
            out.add(new Candidate(start - 1, u + 1, Candidate.SET, Anchor.duration(unit, amount)));
            return;
        }
        if (v.is(start - 1, "past", "last", "next", "coming", "previous", "first", "final")) {
            start = v.is(start - 2, "the") ? start - 2 : start - 1;
        } else if (v.is(start - 1, "than") && v.is(start - 2, "more", "less", "fewer")) {
            start -= 2;
        } else if (v.is(start - 1, "least") && v.is(start - 2, "at")) {
            start -= 2;
        } else if (v.is(start - 1, APPROXIMATIONS)) {
            start--;
        }
        out.add(new Candidate(start, u + 1, Candidate.DURATION, Anchor.duration(unit, amount)));
    }

    /** A unit without an amount: "last week", "earlier this month", "the previous day", "in recent weeks", "every week", "for years". */
    private static void uncounted(SentenceWords v, int u, String unit, boolean plural, Anchor anchor, List<Candidate> out) {
        int m = u - 1;
        boolean the = v.is(m - 1, "the");
        if (v.is(m, "every", "each", "per")) {
            if (!plural) {
                out.add(new Candidate(m, u + 1, Candidate.SET, Anchor.duration(unit, 1)));
            }
            return;
        }
        if (plural) {
            if (v.is(m, "recent", "past", "last")) {
                out.add(new Candidate(the ? m - 1 : m, u + 1, Candidate.DATE, "PAST_REF"));
            } else if (v.is(m, "coming", "next")) {
                out.add(new Candidate(the ? m - 1 : m, u + 1, Candidate.DATE, "FUTURE_REF"));
            } else if (v.is(m, "for", "in", "over")) {
                out.add(new Candidate(u, u + 1, Candidate.DURATION, Anchor.duration(unit, -1)));
            }
            return;
        }
        if (v.is(m, "same") && the || v.is(m, "previous", "preceding", "following") || v.is(m, "next") && the) {
            out.add(new Candidate(the ? m - 1 : m, u + 1, Candidate.DATE, null)); // measured from another event
            return;
        }
        if (unit.equals("H") || unit.equals("MIN")) {
            return;
        }
        if (the && v.is(m, "past", "last")) {
            out.add(new Candidate(m - 1, u + 1, Candidate.DURATION, Anchor.duration(unit, 1)));
            return;
        }
        int offset;
        if (v.is(m, "this", "current") || the && v.is(m, "coming")) {
            offset = v.is(m, "coming") ? 1 : 0;
        } else if (v.is(m, "last", "past")) {
            offset = -1;
        } else if (v.is(m, "next", "coming")) {
            offset = 1;
        } else {
            return;
        }
        if (unit.equals("D")) {
            return; // "this day" is not a way news names a date
        }
        int start = the ? m - 1 : m;
        if (v.is(m, "past") && v.is(m - 1, "this")) {
            start = m - 1; // "this past weekend"
        }
        if (v.is(start - 1, "early", "earlier", "late", "later", "mid")) {
            start--;
        }
        out.add(new Candidate(start, u + 1, Candidate.DATE, anchor.period(unit, offset)));
    }
}
