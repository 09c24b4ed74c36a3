package org.parley.ingest;

import org.parley.model.Document;

/**
 * Reads one plain-text file as one {@link Document}: the text as decoded (line ends already
 * normalised by {@link Utf8Text}), its headline as title and the date printed in its header.
 */
final class PlainTextDocuments {

    /** A headline is short: longer first lines are the opening paragraph of an untitled text. */
    static final int MAX_HEADLINE_CHARS = 150;
    static final int MAX_HEADLINE_WORDS = 25;

    private PlainTextDocuments() {
    }

    static Document read(String text, String origin) {
        return new Document(DocumentId.of(text), text, HeaderDate.find(text).orElse(null), null, null,
                headline(text), origin);
    }

    /**
     * The first non-empty line when it looks like a headline: short, not ending in a period, and not
     * itself a date line; else {@code null}.
     */
    static String headline(String text) {
        for (String line : text.split("\n", HeaderDate.HEADER_LINES + 1)) {
            String candidate = line.strip();
            if (candidate.isEmpty()) {
                continue;
            }
            boolean looksLikeHeadline = candidate.length() <= MAX_HEADLINE_CHARS
                    && candidate.split("\\s+").length <= MAX_HEADLINE_WORDS
                    && !candidate.endsWith(".")
                    && HeaderDate.fromLine(candidate).isEmpty();
            return looksLikeHeadline ? candidate : null;
        }
        return null;
    }
}
