package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

/** The dedup rule on hand-built mention rows; no Spark session. */
class EventGroupingTest {

    private static final LocalDate JULY_23 = LocalDate.of(2022, 7, 23);

    @Test
    void aSymmetricCodeMakesOnePairWhicheverSideActs() {
        Candidate a = mention("d1:0:0", "057", "RUSGOV", "UKRGOV", "2022-07-23");
        Candidate b = mention("d1:3:1", "057", "UKRGOV", "RUSGOV", "2022-07-23");

        assertThat(EventGrouping.key(a.c, true)).isEqualTo("05|RUSGOV=UKRGOV|false|asserted")
                .isEqualTo(EventGrouping.key(b.c, true));
        assertThat(EventGrouping.key(a.c, false)).isEqualTo("05|RUSGOV>UKRGOV|false|asserted")
                .isNotEqualTo(EventGrouping.key(b.c, false));
    }

    @Test
    void negatedAndNonAssertedMentionsHaveKeysOfTheirOwn() {
        Candidate asserted = mention("d1:0:0", "057", "RUSGOV", "UKRGOV", "2022-07-23");
        Candidate negated = new Candidate(row("d1:1:0", "d1", "057", "RUSGOV", "UKRGOV", "2022-07-23", null, null, true,
                "asserted"));
        Candidate intended = new Candidate(row("d1:2:0", "d1", "057", "RUSGOV", "UKRGOV", "2022-07-23", null, null,
                false, "intended"));

        assertThat(List.of(EventGrouping.key(asserted.c, true), EventGrouping.key(negated.c, true),
                EventGrouping.key(intended.c, true))).doesNotHaveDuplicates();
    }

    @Test
    void anActorWithoutACodeIsTheSameOnlyWithinItsDocument() {
        Candidate one = new Candidate(row("d1:0:0", "d1", "111", null, "RUS", "2022-07-23", null, null, false, "asserted"));

        assertThat(EventGrouping.key(one.c, false)).isEqualTo("11|d1/the ministry>RUS|false|asserted");
    }

    @Test
    void datesWithinTheWindowJoinTheFirstMentionsEventAndLaterOnesStartAnother() {
        List<EventGrouping.Event> events = EventGrouping.group(List.of(
                mention("d1:0:0", "057", "RUSGOV", "UKRGOV", "2022-07-23").c,
                mention("d2:1:0", "057", "RUSGOV", "UKRGOV", "2022-07-25").c,
                mention("d3:0:0", "057", "RUSGOV", "UKRGOV", "2022-07-30").c), 3, true);

        assertThat(events).hasSize(2);
        assertThat(events.get(0).id()).isEqualTo(EventGrouping.eventId("d1:0:0"));
        assertThat(events.get(0).reasons()).containsExactly(EventGrouping.FIRST,
                "same pair RUSGOV=UKRGOV, root 05, date 2022-07-25 within 3 days of 2022-07-23, place unknown compatible");
        Row event = EventGrouping.eventRow(events.get(0));
        assertThat(event.getString(StoreSchema.EVENTS.fieldIndex("date"))).isEqualTo("2022-07");
        assertThat(event.getInt(StoreSchema.EVENTS.fieldIndex("mentions"))).isEqualTo(2);
        assertThat(event.getInt(StoreSchema.EVENTS.fieldIndex("documents"))).isEqualTo(2);
        assertThat(event.getString(StoreSchema.EVENTS.fieldIndex("first_mention"))).isEqualTo("d1:0:0");
        assertThat(events.get(1).mentions()).extracting(c -> c.text("mention_id")).containsExactly("d3:0:0");
    }

    @Test
    void placesInDifferentCitiesOfOneCountryAreTwoEventsButTheCountryFitsBoth() {
        Candidate istanbul = new Candidate(row("d1:0:0", "d1", "057", "RUSGOV", "UKRGOV", "2022-07-23", "Istanbul", "city",
                false, "asserted"));
        Candidate ankara = new Candidate(row("d2:0:0", "d2", "057", "RUSGOV", "UKRGOV", "2022-07-23", "Ankara", "city",
                false, "asserted"));
        Candidate turkey = new Candidate(row("d3:0:0", "d3", "057", "RUSGOV", "UKRGOV", "2022-07-23", "Turkey", "country",
                false, "asserted"));

        List<EventGrouping.Event> events = EventGrouping.group(List.of(istanbul.c, ankara.c, turkey.c), 3, true);

        assertThat(events).extracting(e -> e.mentions().size()).containsExactly(2, 1);
        assertThat(events.get(0).mentions()).extracting(c -> c.text("mention_id")).containsExactly("d1:0:0", "d3:0:0");
        assertThat(EventGrouping.eventRow(events.get(0)).getString(StoreSchema.EVENTS.fieldIndex("place_name")))
                .isEqualTo("Istanbul");
    }

    @Test
    void theCommonDateIsWhatAllDatedMentionsAgreeOn() {
        assertThat(EventGrouping.commonDate(List.of(mention("a:0:0", "057", "X", "Y", "2022-07-23").c,
                mention("b:0:0", "057", "X", "Y", "2022-07").c, mention("c:0:0", "057", "X", "Y", null).c)))
                .isEqualTo("2022-07");
        assertThat(EventGrouping.commonDate(List.of(mention("a:0:0", "057", "X", "Y", "2021-12-31").c,
                mention("b:0:0", "057", "X", "Y", "2022-01-01").c))).isNull();
    }

    /** A candidate, named so that tests read as mentions. */
    private record Candidate(EventGrouping.Candidate c) {
        Candidate(Row row) {
            this(new EventGrouping.Candidate(row, JULY_23, "Wire", "https://example.org/" + row.getString(1)));
        }
    }

    private static Candidate mention(String id, String code, String source, String target, String date) {
        return new Candidate(row(id, id.substring(0, id.indexOf(':')), code, source, target, date, null, null, false,
                "asserted"));
    }

    private static Row row(String id, String doc, String code, String source, String target, String date,
                           String place, String precision, boolean negated, String mood) {
        Object[] values = new Object[StoreSchema.MENTIONS.size()];
        String[] parts = id.split(":");
        set(values, "mention_id", id);
        set(values, "doc_id", doc);
        set(values, "sentence", Integer.parseInt(parts[1]));
        set(values, "ordinal", Integer.parseInt(parts[2]));
        set(values, "code", code);
        set(values, "root", code.substring(0, 2));
        set(values, "plover", "SUPPORT");
        set(values, "quad", 1);
        set(values, "goldstein", 5.0);
        set(values, "source_text", source == null ? "the ministry" : source);
        set(values, "source_code", source);
        set(values, "target_text", target);
        set(values, "target_code", target);
        set(values, "trigger_text", "signed");
        set(values, "date", date);
        StoreRows.DateInterval days = StoreRows.DateInterval.of(date);
        set(values, "date_start", days == null ? null : Date.valueOf(days.start()));
        set(values, "date_end", days == null ? null : Date.valueOf(days.end()));
        set(values, "place_name", place);
        set(values, "place_country", place == null ? null : "TUR");
        set(values, "place_precision", precision);
        set(values, "negated", negated);
        set(values, "mood", mood);
        set(values, "evidence", "They signed.");
        set(values, "confidence", 0.9);
        return RowFactory.create(values);
    }

    private static void set(Object[] values, String column, Object value) {
        values[StoreSchema.MENTIONS.fieldIndex(column)] = value;
    }
}
