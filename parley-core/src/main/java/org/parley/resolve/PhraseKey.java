package org.parley.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns words into the keys under which dictionary phrases are stored, so that the text and
 * the dictionary meet on one spelling: lower case, accents folded ("Côte" = "cote"), full stops
 * dropped ("U.S." = "US" = "u.s"), curly apostrophes and dashes made plain.
 */
final class PhraseKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private PhraseKey() {
    }

    /** @return the normal form of one word; empty for a word of full stops only */
    static String word(String word) {
        String s = Normalizer.normalize(word, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'')
                .replace('\u2010', '-').replace('\u2011', '-').replace('\u2013', '-').replace('\u2014', '-')
                .replace(".", "");
        return s.toLowerCase(Locale.ROOT);
    }

    /** @return the normal words of a dictionary phrase, a leading "the" dropped; empty if none left */
    static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : phrase.trim().split("\\s+")) {
            String n = word(w);
            if (!n.isEmpty()) {
                out.add(n);
            }
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

    static boolean isThe(String word) {
        return word(word).equals("the");
    }
}
