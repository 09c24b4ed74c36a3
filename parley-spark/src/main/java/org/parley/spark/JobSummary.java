package org.parley.spark;

/**
 * What a run of {@link CodeJob} wrote.
 *
 * @param documents documents coded (distinct ids)
 * @param sentences sentences in them
 * @param mentions  event mentions (distinct ids)
 * @param events    deduplicated events
 * @param failures  inputs or documents that could not be read or coded
 */
public record JobSummary(long documents, long sentences, long mentions, long events, long failures) {
}
