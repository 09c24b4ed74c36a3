package org.parley.time;

import java.util.List;
import org.parley.time.Lexicon.Kind;
import org.parley.time.Lexicon.Word;

/**
 * Amounts of time written as one hyphenated adjective: "a <em>48-hour</em> ceasefire", "a
 * <em>two-year</em> term", "a <em>12-month</em> ban", "a <em>twenty-five-year</em> lease". The word is
 * a cardinal (digits, a number word, or two number words joined by a hyphen) and a singular unit
 * of time, nothing more, so "a 34-year-old" (an age) and "48-hours" are not read. Stateless.
 */
final class HyphenatedDurations {
    private HyphenatedDurations() {
    }

    /** Whether the word is worth a closer look: a hyphen inside it. Cheap, as most tokens have none. */
    static boolean mayBe(String word) {
        int hyphen = word.lastIndexOf('-');
        return hyphen > 0 && hyphen < word.length() - 1;
    }

    /** Proposes the duration token {@code i} names, if it is one. */
    static void read(SentenceWords v, int i, Lexicon lexicon, List<Candidate> out) {
        String word = v.token(i).word();
        int hyphen = word.lastIndexOf('-');
        if (hyphen <= 0 || hyphen == word.length() - 1) {
            return;
        }
        Word unit = lexicon.get(word.substring(hyphen + 1));
        if (unit == null || unit.kind() != Kind.UNIT || word.endsWith("s")) {
            return; // "48-hours", "34-year-old"
        }
        long amount = amount(word.substring(0, hyphen), lexicon);
        if (amount > 0) {
            out.add(new Candidate(i, i + 1, Candidate.DURATION, Anchor.duration(unit.code(), amount)));
        }
    }

    /** "48", "two", "twenty-five"; 0 when the text is no cardinal. */
    private static long amount(String text, Lexicon lexicon) {
        if (!text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return text.length() <= 6 ? Long.parseLong(text) : 0;
        }
        Word whole = lexicon.get(text);
        if (whole != null) {
            return whole.kind() == Kind.NUMBER ? whole.number() : 0;
        }
        int hyphen = text.indexOf('-');
        if (hyphen <= 0) {
            return 0;
        }
        Word tens = lexicon.get(text.substring(0, hyphen));
        Word ones = lexicon.get(text.substring(hyphen + 1));
        boolean compound = tens != null && ones != null && tens.kind() == Kind.NUMBER && ones.kind() == Kind.NUMBER
                && tens.number() >= 20 && tens.number() % 10 == 0 && tens.number() < 100 && ones.number() < 10;
        return compound ? tens.number() + ones.number() : 0;
    }
}
