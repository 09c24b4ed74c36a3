package org.parley.store;

/**
 * What a deduplication did.
 *
 * @param mentions the mentions grouped
 * @param events   the events they form
 */
public record DedupSummary(int mentions, int events) {
}
