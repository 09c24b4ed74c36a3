package org.parley.nlp;

/**
 * Prepares text for a sentence splitter that ends a sentence at every line break.
 *
 * <p>News dumps put one paragraph, headline or date line on each line, so a line break is a
 * sentence boundary. Text hard-wrapped at a fixed width (e-mail, wire copy, plain-text archives)
 * breaks lines inside sentences; there, single line breaks inside a paragraph become spaces.
 * The result always has the same length as the input, character for character except those line
 * breaks, so every offset into it is an offset into the original text.
 */
final class LineBreaks {
    private static final int MIN_LINES = 4;
    private static final int WRAP_MIN = 40;
    private static final int WRAP_MAX = 100;
    private static final double WRAPPED_SHARE = 0.7;

    private LineBreaks() {
    }

    static String forSentenceSplitting(String text) {
        return isHardWrapped(text) ? unwrap(text) : text;
    }

    /** Most lines run to about the same width, and none is longer than a wrapping width. */
    static boolean isHardWrapped(String text) {
        int lines = 0;
        int wrapped = 0;
        for (String line : text.split("\n")) {
            int length = line.strip().length();
            if (length == 0) {
                continue;
            }
            if (length > WRAP_MAX) {
                return false;
            }
            lines++;
            if (length >= WRAP_MIN) {
                wrapped++;
            }
        }
        return lines >= MIN_LINES && wrapped >= WRAPPED_SHARE * lines;
    }

    private static String unwrap(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '\n') {
                boolean blankBefore = i > 0 && chars[i - 1] == '\n';
                boolean blankAfter = i + 1 < chars.length && chars[i + 1] == '\n';
                if (!blankBefore && !blankAfter) {
                    chars[i] = ' ';
                }
            }
        }
        return new String(chars);
    }
}
