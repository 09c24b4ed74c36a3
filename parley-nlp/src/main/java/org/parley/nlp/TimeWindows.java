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
 * <li>a rule covers at most four plain tokens beside its anchors ("the beginning of the" before
 * "next week"; the tense rules' verb and two tokens of {@code []{0,2}}; "going to" and two
 * tokens) and the number rules look at most three tokens to the left; composite rules join two
 * expressions across one or two words ("to", "and", "through"), so two anchors up to
 * 2 × {@link #MARGIN} plain tokens apart share a window;</li>
 * <li>the only unbounded runs in the rules are of adjectives ({@code [ {tag:JJ} ]*} between "the"
 * or a number and a time unit or a plural noun), adverbs before them, and proper nouns before
 * "'s birthday": tokens tagged {@code JJ*}, {@code RB*}, {@code NNP*} or {@code POS} therefore
 * do not count towards the margin.</li>
 * </ul>
 * The identity of output is checked by {@code SutimeWindowsIT}.
 */
final class TimeWindows {

    /** Plain tokens kept on each side of an anchor. */
    static final int MARGIN = 6;

    /**
     * Parts of words that SUTime's rules read as times although {@link TimeGate} does not list
     * the whole word: times of day, decades, units inside compounds, periodic sets, holidays.
     */
    private static final List<String> STEMS = List.of(
            "year", "month", "week", "day", "dai", "hour", "minute", "second", "fortnight",
            "quarter", "centur", "centennial", "millen", "decade", "night", "morning", "noon",
            "evening", "time", "dawn", "dusk", "sunup", "sunrise", "sunset", "sundown", "twilight",
            "tonite", "eve", "ties", "oughts", "annual", "birthday", "mas", "mayo", "ides", "nones",
            "medieval", "teen", "tieth");

    /** Abbreviated units that SUTime reads only as whole words. */
    private static final Set<String> UNITS = Set.of(
            "yr", "yrs", "mo", "mos", "hr", "hrs", "min", "mins", "sec", "secs", "wk", "wks",
            "millisec", "millisecs", "hence", "then", "now");

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
            int start = reach(tokens, i, -1);
            int end = reach(tokens, i, +1) + 1;
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
    private static int reach(List<CoreLabel> tokens, int from, int step) {
        int at = from;
        int counted = 0;
        while (at + step >= 0 && at + step < tokens.size()) {
            CoreLabel next = tokens.get(at + step);
            if (!runs(next)) {
                if (counted == MARGIN) {
                    break;
                }
                counted++;
            }
            at += step;
        }
        return at;
    }

    /** Tokens of the rules' unbounded runs: adjectives, adverbs, proper nouns, possessive marks. */
    private static boolean runs(CoreLabel token) {
        String tag = token.tag();
        return tag != null && (tag.startsWith("JJ") || tag.startsWith("RB") || tag.startsWith("NNP")
                || tag.equals("POS"));
    }

    /** Whether a token can be part of what a rule must match. */
    static boolean anchors(CoreLabel token) {
        if (TimeGate.keys(token)) {
            return true;
        }
        String word = token.word() == null ? "" : token.word().toLowerCase(Locale.ROOT);
        if (UNITS.contains(word) || UNITS.contains(word.replace(".", ""))) {
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
