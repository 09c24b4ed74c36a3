package org.parley.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The stretches of a sentence that SUTime and CoreNLP's numeric classifiers have to see: every
 * token that can anchor a time expression or a number, widened by {@link #MARGIN} tokens on
 * each side, overlapping or touching stretches joined.
 *
 * <p>Contract: whatever SUTime and the number rules find in the whole sentence lies inside one
 * window, and everything they read to find it (the rules' context) too. This rests on SUTime's
 * English rule files ({@code english.sutime.txt}, {@code english.holidays.sutime.txt}) and on
 * {@code NumberSequenceClassifier}'s own rules:
 * <ul>
 * <li>every rule matches at least one anchor: a token {@link TimeGate} keys on (a digit, a
 * {@code CD}, a calendar, time or number word), or a word holding one of the rules' time stems
 * ({@link #STEMS}: "lunchtime", "sixties", "two-year", "birthday" and the like);</li>
 * <li>an expression has at most five plain tokens before its first anchor: a modifier of
 * position ({@code $EARLY_LATE_MOD}, "the end of") wrapped around a relative one
 * ({@code $REL_MOD}, "this coming"), as in "the end of this coming week"; it ends on an anchor
 * or within two plain tokens of one ("ago", "from now", "or so");</li>
 * <li>the rules that read beyond an expression, and change its value, are the tense and modality
 * rules of the final stage: a past-tense verb, "have", "would", "will", "going to" up to two
 * tokens ({@code []{0,2}}) before or after the expression, i.e. at most 2 + 2 + 5 = 9 plain
 * tokens from an anchor; the number rules look at most three tokens to the left; composite rules
 * join two expressions across one or two words ("to", "and", "through"), and two anchors up to
 * 2 × {@link #MARGIN} plain tokens apart share a window; hence a margin of 10;</li>
 * <li>the only unbounded runs in the rules are of adjectives ({@code [ {tag:JJ} ]*} between "the"
 * and a time unit, between a number and a plural noun), which do not count towards the margin,
 * and of proper nouns before "'s birthday", which do not count on the left of a birthday.</li>
 * </ul>
 * What this does not cover: modifiers of position stacked twice or more ("the end of the
 * beginning of next year") under a tense rule, which the rules allow but news does not write.
 * The identity of output is checked by {@code SutimeWindowsIT}.
 */
final class TimeWindows {

    /** Plain tokens kept on each side of an anchor (see the class comment for why ten). */
    static final int MARGIN = 10;

    /**
     * Parts of words that SUTime's rules read as times although {@link TimeGate} does not list
     * the whole word: units and times of day inside compounds ("two-year", "lunchtime",
     * "twice-daily"), periodic sets, ordinals, holidays.
     */
    private static final List<String> STEMS = List.of(
            "year", "month", "week", "day", "daily", "hour", "minute", "second", "fortnight",
            "-quarter", "centur", "centennial", "millen", "decade", "night", "morning", "noon",
            "evening", "time", "dawn", "dusk", "sunup", "sunrise", "sunset", "sundown", "twilight",
            "tonite", "annual", "birthday", "xmas", "teen", "tieth", "medieval");

    /** Whole words (or word endings after a hyphen) that SUTime reads as times. */
    private static final Set<String> WORDS = Set.of(
            "yr", "yrs", "mo", "mos", "hr", "hrs", "min", "mins", "sec", "secs", "wk", "wks",
            "millisec", "millisecs", "hence", "then", "eve", "mayo", "ides", "nones", "oughts",
            "noughts", "twenties", "thirties", "forties", "fifties", "sixties", "seventies",
            "eighties", "nineties");

    private TimeWindows() {
    }

    /**
     * The windows of a sentence as half-open token ranges {@code [start, end)} in sentence order,
     * none overlapping or touching another; empty when no token anchors anything.
     */
    static List<int[]> of(List<CoreLabel> tokens) {
        List<int[]> windows = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!anchors(tokens.get(i))) {
                continue;
            }
            boolean birthday = lower(tokens.get(i)).contains("birthday");
            int start = reach(tokens, i, -1, birthday);
            int end = reach(tokens, i, +1, false) + 1;
            int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
            if (last != null && start <= last[1]) {
                last[1] = Math.max(last[1], end);
            } else {
                windows.add(new int[] {start, end});
            }
        }
        return windows;
    }

    /** The last index reached from {@code from} in direction {@code step} within the margin. */
    private static int reach(List<CoreLabel> tokens, int from, int step, boolean names) {
        int at = from;
        int counted = 0;
        while (at + step >= 0 && at + step < tokens.size()) {
            CoreLabel next = tokens.get(at + step);
            if (!runs(next, names)) {
                if (counted == MARGIN) {
                    break;
                }
                counted++;
            }
            at += step;
        }
        return at;
    }

    /** Tokens of the rules' unbounded runs: adjectives; with {@code names}, proper nouns and "'s". */
    private static boolean runs(CoreLabel token, boolean names) {
        String tag = token.tag();
        return tag != null && (tag.startsWith("JJ") || names && (tag.startsWith("NNP") || tag.equals("POS")));
    }

    private static String lower(CoreLabel token) {
        return token.word() == null ? "" : token.word().toLowerCase(Locale.ROOT);
    }

    /** Whether a token can be part of what a rule must match. */
    static boolean anchors(CoreLabel token) {
        if (TimeGate.keys(token)) {
            return true;
        }
        String word = lower(token);
        String last = word.substring(word.lastIndexOf('-') + 1);
        if (WORDS.contains(word) || WORDS.contains(word.replace(".", "")) || WORDS.contains(last)) {
            return true;
        }
        for (String stem : STEMS) {
            if (word.contains(stem)) {
                return true;
            }
        }
        return false;
    }
}
