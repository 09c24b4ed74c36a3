package org.parley.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which events to export, and how.
 *
 * @param format     the file format
 * @param from       only events whose dates reach this day or later, or {@code null}
 * @param to         only events whose dates start on this day or earlier, or {@code null}
 * @param actor      only events whose source or target code starts with this ("ISR" matches
 *                   "ISRGOV"), or {@code null}
 * @param codePrefix only events whose CAMEO code starts with this ("04", "043"), or {@code null}
 * @param mentions   whether to write the events' mentions to a second file
 */
public record ExportQuery(ExportFormat format, LocalDate from, LocalDate to, String actor, String codePrefix,
                          boolean mentions) {
    public ExportQuery {
        Objects.requireNonNull(format, "format");
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the export ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** Every event, without mentions. */
    public static ExportQuery all(ExportFormat format) {
        return new ExportQuery(format, null, null, null, null, false);
    }
}
