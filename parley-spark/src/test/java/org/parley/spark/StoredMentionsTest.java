package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.parley.dedup.Dedup;
import org.parley.dedup.DedupEvent;
import org.parley.dedup.StoredMention;
import org.parley.model.Actor;
import org.parley.model.Attribution;
import org.parley.model.EventMention;
import org.parley.model.Mood;
import org.parley.model.Place;
import org.parley.model.PlacePrecision;
import org.parley.model.Span;
import org.parley.model.Trigger;
import org.parley.ontology.Cameo;

/** Mentions through Spark rows and back, and the store's dedup on them; no Spark session. */
class StoredMentionsTest {

    private static final Place ISTANBUL = new Place("Istanbul", "TUR", "Istanbul", 41.01, 28.95, 745044L,
            PlacePrecision.CITY);

    @Test
    void aMentionRowReadsBackAsTheMentionItWasMadeFrom() {
        EventMention signed = mention("d1", 2, "RUSGOV", "UKRGOV", "2022-07-22", false);

        Row row = StoreRows.mention(signed, 0);
        StoredMention read = StoredMentions.read(candidate(row, "Wire", "https://example.org/d1"));

        assertThat(read).isEqualTo(new StoredMention("d1:2:0", 0, "Wire", "https://example.org/d1", signed));
        assertThat(row.get(StoreSchema.MENTIONS.fieldIndex("date_start"))).isEqualTo(Date.valueOf("2022-07-22"));
        assertThat(row.get(StoreSchema.MENTIONS.fieldIndex("place_precision"))).isEqualTo("city");
        assertThat(row.get(StoreSchema.MENTIONS.fieldIndex("event_id"))).isNull();
    }

    @Test
    void eventsOfTheStoresDedupBecomeEventAndMergeRows() {
        Dedup dedup = Dedup.of(Cameo.builtIn(), 1);
        StoredMention first = StoredMentions.read(candidate(StoreRows.mention(
                mention("d1", 2, "RUSGOV", "UKRGOV", "2022-07-22", false), 0), "Wire", "https://example.org/d1"));
        StoredMention again = StoredMentions.read(candidate(StoreRows.mention(
                mention("d2", 0, "UKRGOV", "RUSGOV", "2022-07-22", false), 0), "Other wire", null));
        StoredMention denied = StoredMentions.read(candidate(StoreRows.mention(
                mention("d2", 5, "RUSGOV", "UKRGOV", "2022-07-22", true), 1), "Other wire", null));

        assertThat(dedup.blockKey(first)).isEqualTo(dedup.blockKey(again)).isNotEqualTo(dedup.blockKey(denied));
        List<DedupEvent> events = dedup.group(List.of(first, again, denied));
        assertThat(events).hasSize(2);
        Row event = StoredMentions.event(events.get(0));
        assertThat(event.size()).isEqualTo(StoreSchema.EVENTS.size());
        assertThat(List.of(event.getAs(StoreSchema.EVENTS.fieldIndex("code")),
                event.getAs(StoreSchema.EVENTS.fieldIndex("source_code")),
                event.getAs(StoreSchema.EVENTS.fieldIndex("mentions")),
                event.getAs(StoreSchema.EVENTS.fieldIndex("sources")),
                event.getAs(StoreSchema.EVENTS.fieldIndex("first_mention")),
                event.getAs(StoreSchema.EVENTS.fieldIndex("source_url")),
                event.getAs(StoreSchema.EVENTS.fieldIndex("place_name")),
                event.getAs(StoreSchema.EVENTS.fieldIndex("negated")),
                event.getAs(StoreSchema.EVENTS.fieldIndex("mood"))))
                .containsExactly("057", "RUSGOV", 2, 2, "d1:2:0", "https://example.org/d1", "Istanbul", false, "asserted");
        assertThat(StoredMentions.merges(events.get(0))).extracting(r -> r.getString(1))
                .containsExactly("d1:2:0", "d2:0:0");
        assertThat(StoredMentions.merges(events.get(1))).extracting(r -> r.getString(0) + " " + r.getString(1))
                .containsExactly(events.get(1).eventId() + " d2:5:1");
    }

    private static Row candidate(Row mention, String publisher, String url) {
        Object[] values = new Object[mention.size() + 2];
        for (int i = 0; i < mention.size(); i++) {
            values[i] = mention.get(i);
        }
        values[mention.size()] = publisher;
        values[mention.size() + 1] = url;
        return RowFactory.create(values);
    }

    private static EventMention mention(String doc, int sentence, String source, String target, String date,
                                        boolean negated) {
        return new EventMention(doc, sentence, "057", "05", "SUPPORT", 1, 5.0,
                new Actor("Moscow", source, source.substring(0, 3), "GOV", new Span(10, 16)),
                new Actor("Kyiv", target, target.substring(0, 3), "GOV", new Span(21, 25)),
                new Trigger("signed", new Span(26, 32)), date, ISTANBUL, negated, Mood.ASSERTED,
                new Attribution("officials", null), "Moscow and Kyiv signed in Istanbul.", new Span(0, 35), 0.9);
    }
}
