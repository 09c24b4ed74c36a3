package org.parley.eval;

import java.util.regex.Pattern;

/** Gold texts are hard-wrapped and indented; Parley reads each as one line. */
final class Whitespace {

    private static final Pattern RUN = Pattern.compile("\\s+");

    private Whitespace() {
    }

    static String fold(String text) {
        return RUN.matcher(text).replaceAll(" ").strip();
    }
}
