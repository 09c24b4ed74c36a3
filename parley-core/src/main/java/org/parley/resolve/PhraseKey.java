package org.parley.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns words into the keys under which dictionary phrases are stored, so that the text and
 * the dictionary meet on one spelling: lower case, accents folded ("Côte" = "cote"), full stops
 * dropped ("U.S." = "US" = "u.s"), curly apostrophes made plain, and words cut at hyphens and
 * dashes ("al-Qaeda" = "al Qaeda").
 */
final class PhraseKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern ACRONYM = Pattern.compile("(?=.*[A-Z])[A-Z0-9.&-]+");

    private PhraseKey() {
    }

    /** @return the normal form of one word; empty for a word of full stops only */
    static String word(String word) {
        if (isPlainAscii(word)) {
            return asciiWord(word);
        }
        String s = Normalizer.normalize(word, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'')
                .replace('\u2010', '-').replace('\u2011', '-').replace('\u2013', '-').replace('\u2014', '-')
                .replace(".", "");
        return s.toLowerCase(Locale.ROOT);
    }

    private static boolean isPlainAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #word} for a word of ASCII only, which is most words of English news and which
     * {@link #word} looks up many times per sentence: decomposing it changes nothing and it has
     * no marks, so the normal form only drops full stops, makes grave accents apostrophes and
     * lowers capitals. Returns the word itself when nothing changes.
     */
    private static String asciiWord(String word) {
        int i = 0;
        while (i < word.length()) {
            char c = word.charAt(i);
            if (c == '.' || c == '`' || (c >= 'A' && c <= 'Z')) {
                break;
            }
            i++;
        }
        if (i == word.length()) {
            return word;
        }
        StringBuilder out = new StringBuilder(word.length());
        out.append(word, 0, i);
        for (; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '.') {
                continue;
            }
            if (c == '`') {
                out.append('\'');
            } else if (c >= 'A' && c <= 'Z') {
                out.append((char) (c + ('a' - 'A')));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * @return the normal pieces of one token: cut at hyphens and before a possessive "'s" or
     *         plural possessive "'", full
     *         stops dropped; empty for a
     *         token of punctuation only ("-", ".")
     */
    static List<String> pieces(String token) {
        List<String> out = new ArrayList<>(2);
        String word = word(token);
        // Most words have no hyphen: then the word is its only part, as split would give.
        String[] parts = word.indexOf('-') < 0 ? new String[] {word} : word.split("-");
        for (String part : parts) {
            if (part.length() > 2 && part.endsWith("'s")) {
                // The tokeniser splits the possessive ("People 's"); a dictionary phrase and an
                // unsplit token are cut the same way, so "Democratic People's Republic of Korea"
                // matches whole and not as its tail "Republic of Korea".
                out.add(part.substring(0, part.length() - 2));
                out.add("'s");
            } else if (part.length() > 1 && part.endsWith("'")) {
                // The plural possessive likewise ("Workers ' Party" for "Workers' Party").
                out.add(part.substring(0, part.length() - 1));
                out.add("'");
            } else if (!part.isEmpty()) {
                out.add(part);
            }
        }
        return out;
    }

    /** @return the normal words of a dictionary phrase, a leading "the" dropped; empty if none left */
    static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : phrase.trim().split("\\s+")) {
            out.addAll(pieces(w));
        }
        if (out.size() > 1 && out.get(0).equals("the")) {
            out.remove(0);
        }
        return out;
    }

    /** @return the key of a dictionary phrase, or an empty string when it has no words */
    static String of(String phrase) {
        return String.join(" ", words(phrase));
    }

    /**
     * An acronym of the dictionary ("US", "WHO", "IS", "U.S.") is one word of capitals, digits
     * and full stops. Its key often equals a common word ("us", "who", "is"), so it only matches
     * text written as an acronym: see {@link #writtenAsAcronym}.
     */
    static boolean isAcronym(String phrase) {
        return ACRONYM.matcher(phrase.trim()).matches();
    }

    /** @return true for a word written in capitals ("US", "WHO") or with full stops ("u.s") */
    static boolean writtenAsAcronym(String word) {
        if (word.indexOf('.') >= 0 && word.length() > 1) {
            return true;
        }
        boolean letter = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }

    static boolean isThe(String word) {
        return word(word).equals("the");
    }
}
