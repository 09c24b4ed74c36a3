package org.parley.store;

/** How many rows {@link EventStore#load} added to each table. */
public record LoadSummary(long documents, long mentions, long events, long merges, long failures) {
}
