package org.parley.time;

import org.parley.time.Lexicon.Kind;

/**
 * Named-entity tags of numbers outside time expressions: MONEY for a currency symbol or word and
 * the numbers it goes with ("$ 5 million", "20 euros"), PERCENT for "%", "percent", "per cent"
 * and the number before it, ORDINAL for "first", "2nd", NUMBER for other cardinals. Only tokens
 * the CRF left at "O" are tagged: the coder reads no more than "DATE" and "not O" from these, so
 * the rules stay this simple on purpose. Stateless.
 */
final class NumberTags {
    static final String NUMBER = "NUMBER";
    static final String ORDINAL = "ORDINAL";
    static final String MONEY = "MONEY";
    static final String PERCENT = "PERCENT";

    private NumberTags() {
    }

    /**
     * Fills {@code tags[i]} for the number tokens whose tag is still null (null means "keep the
     * token's own tag").
     */
    static void apply(SentenceWords v, String[] tags) {
        for (int i = 0; i < v.size(); i++) {
            if (tags[i] != null || !v.ner(i).equals("O")) {
                continue;
            }
            Kind kind = v.kind(i);
            if (kind == Kind.PERCENT || v.is(i, "cent") && v.is(i - 1, "per")) {
                tags[i] = PERCENT;
                if (v.is(i - 1, "per")) {
                    tags[i - 1] = PERCENT;
                }
                markNumbersBefore(v, v.is(i - 1, "per") ? i - 2 : i - 1, PERCENT, tags);
            } else if (kind == Kind.CURRENCY) {
                boolean symbol = !Character.isLetter(v.token(i).word().charAt(v.token(i).word().length() - 1));
                if (symbol) {
                    tags[i] = MONEY;
                    for (int k = i + 1; k < v.size() && isNumber(v, k) && tags[k] == null; k++) {
                        tags[k] = MONEY;
                    }
                } else if (isNumber(v, i - 1)) {
                    tags[i] = MONEY;
                    markNumbersBefore(v, i - 1, MONEY, tags);
                }
            } else if (v.ordinal(i) != SentenceWords.NONE && !(v.is(i, "second") && !v.pos(i).equals("JJ"))) {
                tags[i] = ORDINAL;
            } else if (isNumber(v, i) && !v.token(i).word().contains("-year-")) {
                tags[i] = NUMBER;
            }
        }
    }

    private static void markNumbersBefore(SentenceWords v, int from, String tag, String[] tags) {
        for (int k = from; k >= 0 && isNumber(v, k) && (tags[k] == null || tags[k].equals(NUMBER)); k--) {
            tags[k] = tag;
        }
    }

    private static boolean isNumber(SentenceWords v, int i) {
        return v.pos(i).equals("CD") || v.cardinal(i) != SentenceWords.NONE;
    }
}
