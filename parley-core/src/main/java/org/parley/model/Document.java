package org.parley.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A news document as read by ingest: its text exactly as read (all spans point into it) and what
 * is known of where it came from.
 *
 * @param id        the id it came with (the JSON {@code id}), else a stable hash of its normalised text
 * @param text      the text as read; character offsets of every span refer to this string
 * @param published the publication date, or {@code null} when none was found
 * @param source    the publisher ("Haaretz", "The New Arab"), or {@code null}
 * @param url       where it was published, or {@code null}
 * @param title     its headline, or {@code null}
 * @param origin    where Parley read it (a path, "stdin", "file.jsonl:12"), for messages
 */
public record Document(String id, String text, LocalDate published, String source, String url,
                       String title, String origin) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
    }

    /** A copy with another publication date (the {@code --date} option overrides what was found). */
    public Document withPublished(LocalDate date) {
        return new Document(id, text, date, source, url, title, origin);
    }
}
