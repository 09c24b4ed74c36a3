package org.parley.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.EventMention;
import org.parley.model.Mood;
import org.parley.model.Place;
import org.parley.model.PlacePrecision;
import org.parley.model.Span;
import org.parley.model.Trigger;
import org.parley.ontology.Cameo;

class DedupTest {

    private static final Cameo CAMEO = Cameo.builtIn();
    private static final Place AMMAN = new Place("Amman", "JOR", "Amman Governorate", 31.95, 35.93, 250441L,
            PlacePrecision.CITY);
    private static final Place JORDAN = new Place("Jordan", "JOR", null, 31.0, 36.0, null, PlacePrecision.COUNTRY);
    private static final Place DAMASCUS = new Place("Damascus", "SYR", null, 33.5, 36.3, null, PlacePrecision.CITY);

    private final Dedup dedup = Dedup.of(CAMEO, 1);

    private static StoredMention mention(String doc, int sentence, String code, String source, String target,
                                         String date, Place place, boolean negated, Mood mood, String publisher) {
        Actor s = new Actor(source, source, source.substring(0, 3), null, new Span(0, 3));
        Actor t = target == null ? null : new Actor(target, target, target.substring(0, 3), null, new Span(5, 8));
        EventMention m = new EventMention(doc, sentence, code, code.substring(0, 2), "CONSULT", 1, 1.0, s, t,
                new Trigger("met", new Span(4, 5)), date, place, negated, mood, null, "evidence", new Span(0, 8), 0.9);
        return new StoredMention(StoredMention.idOf(m, sentence), sentence, publisher, "https://news/" + doc, m);
    }

    private static StoredMention asserted(String doc, int sentence, String code, String source, String target,
                                          String date, Place place, String publisher) {
        return mention(doc, sentence, code, source, target, date, place, false, Mood.ASSERTED, publisher);
    }

    private static List<List<String>> groups(List<DedupEvent> events) {
        return events.stream().map(e -> e.merges().stream().map(Merge::mentionId).toList()).toList();
    }

    @Test
    void reportsOfOneMeetingAcrossDocumentsBecomeOneEventWithReasons() {
        StoredMention first = asserted("a", 2, "040", "USA", "RUS", "2017-07", AMMAN, "Haaretz");
        StoredMention day = asserted("b", 0, "043", "USA", "RUS", "2017-07-14", null, "Reuters");
        StoredMention nextDay = asserted("c", 5, "040", "USA", "RUS", "2017-07-14", JORDAN, "Reuters");

        List<DedupEvent> events = dedup.group(List.of(nextDay, day, first));

        assertThat(events).hasSize(1);
        DedupEvent event = events.get(0);
        assertThat(event.eventId()).isEqualTo(Dedup.idOf("a:2:2")).hasSize(16);
        assertThat(event.firstMention()).isEqualTo("a:2:2");
        assertThat(event.code()).isEqualTo("040");
        assertThat(event.date()).isEqualTo("2017-07-14");
        assertThat(event.place()).isEqualTo(AMMAN);
        assertThat(event.mentions()).isEqualTo(3);
        assertThat(event.documents()).isEqualTo(3);
        assertThat(event.sources()).isEqualTo(2);
        assertThat(event.sourceUrl()).isEqualTo("https://news/a");
        assertThat(event.merges()).containsExactly(
                new Merge("a:2:2", "first mention: USA→RUS, root 04, date 2017-07, place Amman (JOR)"),
                new Merge("b:0:0", "same dyad USA→RUS, root 04, dates 2017-07/2017-07-14 overlap, place unknown"),
                new Merge("c:5:5", "same dyad USA→RUS, root 04, dates 2017-07/2017-07-14 overlap, place Jordan (JOR)"));
    }

    @Test
    void dayDatesMergeWithinTheWindowOnlyAndNeverChain() {
        StoredMention d14 = asserted("a", 0, "040", "USA", "RUS", "2017-07-14", null, null);
        StoredMention d15 = asserted("b", 0, "040", "USA", "RUS", "2017-07-15", null, null);
        StoredMention d16 = asserted("c", 0, "040", "USA", "RUS", "2017-07-16", null, null);

        assertThat(groups(dedup.group(List.of(d14, d15, d16))))
                .containsExactly(List.of("a:0:0", "b:0:0"), List.of("c:0:0"));
        assertThat(groups(Dedup.of(CAMEO, 2).group(List.of(d14, d15, d16))))
                .containsExactly(List.of("a:0:0", "b:0:0", "c:0:0"));
        assertThat(dedup.group(List.of(d14, d15)).get(0).merges().get(1).reason())
                .isEqualTo("same dyad USA→RUS, root 04, dates 2017-07-14/2017-07-15 within 1 day, place unknown");
    }

    @Test
    void aMonthDoesNotMatchADayOfTheNextMonth() {
        StoredMention july = asserted("a", 0, "040", "USA", "RUS", "2017-07", null, null);
        StoredMention august = asserted("b", 0, "040", "USA", "RUS", "2017-08-01", null, null);

        assertThat(dedup.group(List.of(july, august))).hasSize(2);
    }

    @Test
    void symmetricCodesMatchEitherDirectionDirectedOnesDoNot() {
        StoredMention consult = asserted("a", 0, "040", "USA", "RUS", "2017-07-14", null, null);
        StoredMention consultBack = asserted("b", 0, "040", "RUS", "USA", "2017-07-14", null, null);
        StoredMention demand = asserted("a", 1, "100", "USA", "RUS", "2017-07-14", null, null);
        StoredMention demandBack = asserted("b", 1, "100", "RUS", "USA", "2017-07-14", null, null);

        List<DedupEvent> events = dedup.group(List.of(consult, consultBack, demand, demandBack));

        assertThat(groups(events)).containsExactly(List.of("a:0:0", "b:0:0"), List.of("a:1:1"), List.of("b:1:1"));
        assertThat(events.get(0).merges().get(1).reason()).isEqualTo(
                "same pair USA↔RUS (symmetric 040/040), root 04, dates 2017-07-14/2017-07-14 within 1 day, place unknown");
    }

    @Test
    void differentCountriesRootsOrTargetsStayApart() {
        StoredMention amman = asserted("a", 0, "040", "USA", "RUS", "2017-07-14", AMMAN, null);
        StoredMention damascus = asserted("b", 0, "040", "USA", "RUS", "2017-07-14", DAMASCUS, null);
        StoredMention otherRoot = asserted("c", 0, "120", "USA", "RUS", "2017-07-14", AMMAN, null);
        StoredMention otherTarget = asserted("d", 0, "040", "USA", "IRN", "2017-07-14", AMMAN, null);
        StoredMention noTarget = asserted("e", 0, "040", "USA", null, "2017-07-14", AMMAN, null);

        assertThat(dedup.group(List.of(amman, damascus, otherRoot, otherTarget, noTarget))).hasSize(5);
    }

    @Test
    void negatedAndNonAssertedMentionsFormEventsOfTheirOwn() {
        StoredMention met = asserted("a", 0, "040", "USA", "RUS", "2017-07-14", null, null);
        StoredMention didNotMeet = mention("b", 0, "040", "USA", "RUS", "2017-07-14", null, true, Mood.ASSERTED, null);
        StoredMention willMeet = mention("c", 0, "040", "USA", "RUS", "2017-07-14", null, false, Mood.INTENDED, null);
        StoredMention willMeetToo = mention("d", 0, "040", "USA", "RUS", "2017-07-14", null, false, Mood.INTENDED, null);

        List<DedupEvent> events = dedup.group(List.of(met, didNotMeet, willMeet, willMeetToo));

        assertThat(groups(events)).containsExactly(List.of("a:0:0"), List.of("b:0:0"), List.of("c:0:0", "d:0:0"));
        assertThat(events.get(1).negated()).isTrue();
        assertThat(events.get(2).mood()).isEqualTo(Mood.INTENDED);
        assertThat(events.get(2).merges().get(1).reason()).endsWith(", intended");
    }

    @Test
    void undatedMentionsMergeOnlyWithinTheirDocument() {
        StoredMention a0 = asserted("a", 0, "040", "USA", "RUS", null, null, null);
        StoredMention a3 = asserted("a", 3, "040", "USA", "RUS", null, null, null);
        StoredMention b0 = asserted("b", 0, "040", "USA", "RUS", null, null, null);

        assertThat(groups(dedup.group(List.of(b0, a3, a0)))).containsExactly(List.of("a:0:0", "a:3:3"), List.of("b:0:0"));
    }

    @Test
    void theMostFrequentCodeWinsAndIdsAreStable() {
        StoredMention a = asserted("a", 0, "040", "USA", "RUS", "2017-07-14", null, null);
        StoredMention b = asserted("b", 0, "043", "USA", "RUS", "2017-07-14", null, null);
        StoredMention c = asserted("c", 0, "043", "USA", "RUS", "2017-07-14", null, null);

        List<DedupEvent> once = dedup.group(List.of(a, b, c));
        List<DedupEvent> again = dedup.group(List.of(c, a, b));

        assertThat(once.get(0).code()).isEqualTo("043");
        assertThat(once).isEqualTo(again);
        assertThat(dedup.blockKey(a)).isEqualTo(dedup.blockKey(c));
    }

    @Test
    void aNegativeWindowIsRefused() {
        assertThatThrownBy(() -> Dedup.of(CAMEO, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the date window must be 0 days or more, got -1");
    }

    @Test
    void dateRangesCoverTheirPrecision() {
        assertThat(DateRange.parse("2016")).get().hasToString(
                "DateRange[start=2016-01-01, end=2016-12-31, precision=YEAR]");
        assertThat(DateRange.parse("2016-02")).get().extracting(DateRange::end).hasToString("2016-02-29");
        assertThat(DateRange.parse("2016-02-30")).isEmpty();
        assertThat(DateRange.parse("2016-W05")).isEmpty();
        assertThat(DateRange.parse(null)).isEmpty();
    }
}
