package org.parley.resolve;

import java.util.ArrayList;
import java.util.List;

/**
 * The content lines of a TABARI/PETRARCH dictionary: {@code <!-- ... -->} blocks (which may span
 * lines) and {@code #} comments (a {@code #} inside a code bracket, as in {@code [###]}, is a
 * code) removed, blank lines dropped, each line trimmed and numbered as in
 * the file. Shared by the actor, agent and verb readers.
 */
public final class PetrarchLines {

    /** One content line and its 1-based number in the file. */
    public record Line(int number, String text) {
    }

    private PetrarchLines() {
    }

    /** @return the content lines of a file's lines, in order */
    public static List<Line> clean(List<String> lines) {
        List<Line> out = new ArrayList<>();
        boolean inComment = false;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            StringBuilder kept = new StringBuilder();
            int at = 0;
            while (at < text.length()) {
                if (inComment) {
                    int close = text.indexOf("-->", at);
                    if (close < 0) {
                        at = text.length();
                    } else {
                        inComment = false;
                        at = close + 3;
                    }
                } else {
                    int open = text.indexOf("<!", at);
                    int hash = commentHash(text, at);
                    if (hash >= 0 && (open < 0 || hash < open)) {
                        kept.append(text, at, hash);
                        at = text.length();
                    } else if (open >= 0) {
                        kept.append(text, at, open);
                        inComment = true;
                        at = open + 2;
                    } else {
                        kept.append(text, at, text.length());
                        at = text.length();
                    }
                }
            }
            String content = kept.toString().strip();
            if (!content.isEmpty()) {
                out.add(new Line(i + 1, content));
            }
        }
        return out;
    }

    /** The first '#' at or after {@code from} outside square brackets, or -1. */
    private static int commentHash(String text, int from) {
        boolean inBracket = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                inBracket = true;
            } else if (c == ']') {
                inBracket = false;
            } else if (c == '#' && !inBracket) {
                return i;
            }
        }
        return -1;
    }
}
