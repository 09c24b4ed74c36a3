package org.parley.dedup;

import java.util.Objects;
import org.parley.model.EventMention;

/**
 * An event mention as stored, with what deduplication needs beyond the mention itself.
 *
 * @param mentionId the stored id, {@code doc:sentence:ordinal}
 * @param ordinal   the position among its document's mentions, from 0
 * @param publisher who published its document ("Reuters"), or {@code null} when unknown
 * @param url       where its document was published, or {@code null}
 * @param mention   the mention as coded
 */
public record StoredMention(String mentionId, int ordinal, String publisher, String url, EventMention mention) {
    public StoredMention {
        Objects.requireNonNull(mentionId, "mentionId");
        Objects.requireNonNull(mention, "mention");
    }

    /** The stored id of the {@code ordinal}-th mention of a document: {@code doc:sentence:ordinal}. */
    public static String idOf(EventMention mention, int ordinal) {
        return mention.doc() + ":" + mention.sentence() + ":" + ordinal;
    }
}
