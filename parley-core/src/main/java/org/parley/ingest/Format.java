package org.parley.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The formats ingest reads, told by file extension or, without a known one, by content. */
enum Format {
    TEXT, HTML, JSON_LINES, FEED;

    /** A feed's root element, after an optional XML declaration, comments and processing instructions. */
    private static final Pattern FEED_ROOT = Pattern.compile(
            "(?:<\\?[^>]*>\\s*|<!--.*?-->\\s*)*<(?:rss|feed|rdf:RDF)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** How many leading bytes {@link #sniff} looks at. */
    static final int HEAD_BYTES = 8192;

    /** The format that a file name's extension names, if it names one. */
    static Optional<Format> byExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        switch (fileName.substring(dot + 1).toLowerCase(Locale.ROOT)) {
            case "txt", "text":
                return Optional.of(TEXT);
            case "html", "htm", "xhtml":
                return Optional.of(HTML);
            case "jsonl", "ndjson", "json":
                return Optional.of(JSON_LINES);
            case "xml", "rss", "atom":
                return Optional.of(FEED);
            default:
                return Optional.empty();
        }
    }

    /**
     * The format of content from its first bytes: an object brace starts JSON Lines, a feed root
     * element ({@code <rss>}, {@code <feed>}, RDF) a feed, any other markup HTML, anything else
     * plain text.
     */
    static Format sniff(byte[] head, int length) {
        // Lenient decoding is fine here: the head is only looked at, never kept.
        String start = new String(head, 0, length, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        if (start.startsWith("{")) {
            return JSON_LINES;
        }
        if (!start.startsWith("<")) {
            return TEXT;
        }
        return FEED_ROOT.matcher(start).lookingAt() ? FEED : HTML;
    }
}
