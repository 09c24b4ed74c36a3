package org.parley.store;

import java.nio.file.Path;

/**
 * What an export wrote.
 *
 * @param events       events written
 * @param mentions     mentions written, 0 when mentions were not asked for
 * @param eventsFile   the file of events
 * @param mentionsFile the file of mentions, or {@code null}
 */
public record ExportSummary(long events, long mentions, Path eventsFile, Path mentionsFile) {
}
