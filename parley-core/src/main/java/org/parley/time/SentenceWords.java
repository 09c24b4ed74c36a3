package org.parley.time;

import java.util.List;
import java.util.Locale;
import org.parley.model.Token;
import org.parley.time.Lexicon.Kind;
import org.parley.time.Lexicon.Word;

/**
 * One sentence's tokens as the rules read them: the calendar word of each token (looked up once),
 * lower-cased words, numbers. Every accessor answers a neutral value ("", null, -1) for an index
 * outside the sentence, so that rules can look left and right without bounds checks.
 * Not thread-safe; one per call of {@link TimeTagger#tag}.
 */
final class SentenceWords {
    static final long NONE = -1;

    private final List<Token> tokens;
    private final Word[] words;
    private final Lexicon lexicon;

    SentenceWords(List<Token> tokens, Word[] words, Lexicon lexicon) {
        this.tokens = tokens;
        this.words = words;
        this.lexicon = lexicon;
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    /** The calendar word at {@code i}, or null. */
    Word word(int i) {
        return i >= 0 && i < words.length ? words[i] : null;
    }

    Kind kind(int i) {
        Word w = word(i);
        return w == null ? null : w.kind();
    }

    String lower(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).word().toLowerCase(Locale.ROOT) : "";
    }

    /** True when the lower-cased word at {@code i} is one of {@code options}. */
    boolean is(int i, String... options) {
        String w = lower(i);
        for (String o : options) {
            if (o.equals(w)) {
                return true;
            }
        }
        return false;
    }

    String pos(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).pos() : "";
    }

    String ner(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).ner() : "";
    }

    /** True when the token at {@code i} starts with a digit. */
    boolean isDigits(int i) {
        return i >= 0 && i < tokens.size() && startsWithDigit(tokens.get(i).word());
    }

    static boolean startsWithDigit(String word) {
        return !word.isEmpty() && word.charAt(0) >= '0' && word.charAt(0) <= '9';
    }

    /**
     * The cardinal number at {@code i}: digits with optional thousands commas ("1,200"), a number
     * word ("three"), or two joined by a hyphen ("twenty-five"); {@link #NONE} otherwise
     * (fractions, "34-year-old", ordinals).
     */
    long cardinal(int i) {
        if (i < 0 || i >= tokens.size()) {
            return NONE;
        }
        Word w = words[i];
        if (w != null) {
            return w.kind() == Kind.NUMBER ? w.number() : NONE;
        }
        String word = tokens.get(i).word();
        if (startsWithDigit(word)) {
            return digits(word);
        }
        int dash = word.indexOf('-');
        if (dash > 0) {
            Word tens = lexicon.get(word.substring(0, dash));
            Word ones = lexicon.get(word.substring(dash + 1));
            if (tens != null && ones != null && tens.kind() == Kind.NUMBER && ones.kind() == Kind.NUMBER
                    && tens.number() >= 20 && tens.number() < 100 && ones.number() < 10) {
                return tens.number() + ones.number();
            }
        }
        return NONE;
    }

    /** The ordinal at {@code i}: "first", "3rd", "twenty-first"; {@link #NONE} otherwise. */
    long ordinal(int i) {
        if (i < 0 || i >= tokens.size()) {
            return NONE;
        }
        Word w = words[i];
        if (w != null) {
            return w.kind() == Kind.ORDINAL ? w.number() : NONE;
        }
        String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
        if (word.length() > 2 && startsWithDigit(word)
                && (word.endsWith("st") || word.endsWith("nd") || word.endsWith("rd") || word.endsWith("th"))) {
            return digits(word.substring(0, word.length() - 2));
        }
        int dash = word.indexOf('-');
        if (dash > 0) {
            Word tens = lexicon.get(word.substring(0, dash));
            Word ones = lexicon.get(word.substring(dash + 1));
            if (tens != null && ones != null && tens.kind() == Kind.NUMBER && ones.kind() == Kind.ORDINAL
                    && tens.number() >= 20 && tens.number() < 100 && ones.number() < 10) {
                return tens.number() + ones.number();
            }
        }
        return NONE;
    }

    /** A day of the month: 1 to 31 written as one or two digits, or as an ordinal. */
    int dayOfMonth(int i) {
        String word = i >= 0 && i < tokens.size() ? tokens.get(i).word() : "";
        long n = word.length() <= 2 ? cardinal(i) : NONE;
        if (n == NONE || !startsWithDigit(word)) {
            n = ordinal(i);
        }
        return n >= 1 && n <= 31 ? (int) n : 0;
    }

    /** A year: four digits from 1800 to 2100; 0 otherwise. */
    int year(int i) {
        String word = i >= 0 && i < tokens.size() ? tokens.get(i).word() : "";
        if (word.length() != 4) {
            return 0;
        }
        long n = digits(word);
        return n >= 1800 && n <= 2100 ? (int) n : 0;
    }

    /** Digits with optional thousands commas as a number, or {@link #NONE}. */
    static long digits(String word) {
        long n = 0;
        int count = 0;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (c >= '0' && c <= '9') {
                if (++count > 15) {
                    return NONE;
                }
                n = n * 10 + (c - '0');
            } else if (c != ',' || k == 0) {
                return NONE;
            }
        }
        return count == 0 ? NONE : n;
    }
}
