package org.parley.store;

import java.util.Locale;

/** The formats {@link EventStore#export} writes. */
public enum ExportFormat {
    /** The 61 tab-separated columns of the GDELT 2.0 event table, no header; mentions GDELT-style beside. */
    GDELT,
    /** Comma-separated values with a header row. */
    CSV,
    /** JSON Lines: one object per row. */
    JSONL,
    /** Apache Parquet, written by DuckDB. */
    PARQUET;

    /** The lower-case name used on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
