package org.parley.store;

import java.util.List;

/**
 * What the store holds.
 *
 * @param documents documents stored
 * @param sentences their sentences
 * @param mentions  event mentions
 * @param events    deduplicated events
 * @param failures  failures recorded
 * @param bySource  per publisher ({@code null} when unknown), most documents first
 * @param byMonth   per month, in order: documents and mentions by publication month, events by
 *                  the month their date starts in ({@code null} month: undated)
 */
public record StoreStats(long documents, long sentences, long mentions, long events, long failures,
                         List<SourceCount> bySource, List<MonthCount> byMonth) {

    public StoreStats {
        bySource = List.copyOf(bySource);
        byMonth = List.copyOf(byMonth);
    }

    /** Documents and mentions of one publisher. */
    public record SourceCount(String source, long documents, long mentions) {
    }

    /** Documents, mentions and events of one month ("2017-07"). */
    public record MonthCount(String month, long documents, long mentions, long events) {
    }
}
