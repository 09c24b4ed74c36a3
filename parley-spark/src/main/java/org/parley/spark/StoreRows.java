package org.parley.spark;

import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.parley.dedup.DateRange;
import org.parley.dedup.StoredMention;
import org.parley.model.Actor;
import org.parley.model.Document;
import org.parley.model.EventMention;
import org.parley.model.Place;
import org.parley.model.Span;

/**
 * Parley's records as rows of the store's tables ({@link StoreSchema}), the same flattening as
 * the embedded store: {@code mention_id} is {@code doc_id:sentence:ordinal}, an ISO date at any
 * precision becomes the {@link DateRange} {@code [date_start, date_end]} it covers ("2017-07" is July).
 */
final class StoreRows {

    private StoreRows() {
    }

    static Row document(Document document, int sentences, int tokens, int mentions, LocalDateTime ingestedAt) {
        return RowFactory.create(document.id(), document.origin(), document.source(), document.url(),
                document.title(), sqlDate(document.published()), document.text(), sentences, tokens, mentions,
                ingestedAt);
    }

    static Row failure(String origin, String docId, String reason, LocalDateTime failedAt) {
        return RowFactory.create(origin, docId, reason, failedAt);
    }

    /** A mention row, its {@code event_id} still null (dedup fills it in). */
    static Row mention(EventMention m, int ordinal) {
        Actor source = m.source();
        Actor target = m.target();
        Place place = m.place();
        DateRange dates = DateRange.parse(m.date()).orElse(null);
        return RowFactory.create(
                StoredMention.idOf(m, ordinal), m.doc(), m.sentence(), ordinal,
                m.code(), m.root(), m.plover(), m.quad(), m.goldstein(),
                source.text(), source.code(), source.country(), source.sector(), start(source.span()), end(source.span()),
                target == null ? null : target.text(), target == null ? null : target.code(),
                target == null ? null : target.country(), target == null ? null : target.sector(),
                target == null ? null : start(target.span()), target == null ? null : end(target.span()),
                m.trigger().text(), start(m.trigger().span()), end(m.trigger().span()),
                m.date(), dates == null ? null : sqlDate(dates.start()), dates == null ? null : sqlDate(dates.end()),
                place == null ? null : place.name(), place == null ? null : place.country(),
                place == null ? null : place.region(), place == null ? null : place.lat(),
                place == null ? null : place.lon(), place == null ? null : place.geonamesId(),
                place == null || place.precision() == null ? null : place.precision().label(),
                m.negated(), m.mood().label(),
                m.attribution() == null ? null : m.attribution().text(),
                m.attribution() == null ? null : m.attribution().code(),
                m.evidence() == null ? "" : m.evidence(), start(m.evidenceSpan()), end(m.evidenceSpan()),
                m.confidence(), null);
    }

    static Date sqlDate(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static Integer start(Span span) {
        return span == null ? null : span.start();
    }

    private static Integer end(Span span) {
        return span == null ? null : span.end();
    }
}
