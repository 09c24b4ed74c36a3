package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.dedup.Dedup;
import org.parley.model.Actor;
import org.parley.model.Document;
import org.parley.model.EventMention;
import org.parley.model.Mood;
import org.parley.model.Place;
import org.parley.model.PlacePrecision;
import org.parley.model.Span;
import org.parley.model.Trigger;
import org.parley.ontology.Cameo;

class EventStoreTest {

    static final Place AMMAN = new Place("Amman", "JOR", "Amman Governorate", 31.95, 35.93, 250441L,
            PlacePrecision.CITY);
    static final Document HAARETZ = new Document("haaretz-1", "Israel and Russia met in Amman. Israel opposed it.",
            LocalDate.of(2017, 8, 10), "Haaretz", "https://haaretz.example/1", "Secret talks", "a.jsonl:1");
    static final Document REUTERS = new Document("reuters-7", "Israeli and Russian officials met on Friday.",
            LocalDate.of(2017, 7, 15), "Reuters", null, null, "b.txt");

    @TempDir
    Path dir;

    private EventStore store;

    @BeforeEach
    void open() {
        store = EventStore.open(dir.resolve("sub/parley.duckdb"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    static EventMention mention(Document doc, int sentence, String code, String source, String target, String date,
                                Place place, boolean negated) {
        int s = doc.text().indexOf(' ');
        return new EventMention(doc.id(), sentence, code, code.substring(0, 2), code.startsWith("04") ? "CONSULT" : "REJECT",
                code.startsWith("04") ? 1 : 3, code.startsWith("04") ? 1.0 : -4.0,
                new Actor(source, source + "GOV", source, "GOV", new Span(0, 6)),
                target == null ? null : new Actor(target, target + "GOV", target, "GOV", new Span(11, 17)),
                new Trigger("met", new Span(18, 21)), date, place, negated, Mood.ASSERTED, null,
                doc.text().substring(0, s), new Span(0, s), 0.875);
    }

    /** Haaretz: ISR-RUS consult 2017-07 in Amman, and ISR rejects; Reuters: ISR-RUS consult 2017-07-14. */
    void storeTwoDocuments() {
        assertThat(store.add(HAARETZ, 2, 12, List.of(
                mention(HAARETZ, 0, "040", "ISR", "RUS", "2017-07", AMMAN, false),
                mention(HAARETZ, 1, "120", "ISR", null, "2017-07", null, false)))).isTrue();
        assertThat(store.add(REUTERS, 1, 7, List.of(
                mention(REUTERS, 0, "040", "RUS", "ISR", "2017-07-14", null, false),
                mention(REUTERS, 0, "040", "ISR", "RUS", "2017-07-14", null, true)))).isTrue();
    }

    List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(String.valueOf(r.getObject(i)));
                }
                rows.add(String.join("|", row));
            }
        }
        return rows;
    }

    @Test
    void aDocumentIsStoredOnceWithItsMentionsAndDateRanges() throws SQLException {
        storeTwoDocuments();

        assertThat(store.contains("haaretz-1")).isTrue();
        assertThat(store.contains("other")).isFalse();
        assertThat(store.add(HAARETZ, 2, 12, List.of(mention(HAARETZ, 0, "040", "ISR", "RUS", "2017", null, false))))
                .isFalse();
        assertThat(rows("SELECT doc_id, source, published, sentences, tokens, mentions FROM documents ORDER BY doc_id"))
                .containsExactly("haaretz-1|Haaretz|2017-08-10|2|12|2", "reuters-7|Reuters|2017-07-15|1|7|2");
        assertThat(rows("SELECT mention_id, code, date, date_start, date_end, place_precision, negated FROM mentions"
                + " ORDER BY mention_id")).containsExactly(
                "haaretz-1:0:0|040|2017-07|2017-07-01|2017-07-31|city|false",
                "haaretz-1:1:1|120|2017-07|2017-07-01|2017-07-31|null|false",
                "reuters-7:0:0|040|2017-07-14|2017-07-14|2017-07-14|null|false",
                "reuters-7:0:1|040|2017-07-14|2017-07-14|2017-07-14|null|true");
    }

    @Test
    void failuresAreRecordedOnceAndForgottenWhenTheOriginSucceeds() throws SQLException {
        store.fail("b.txt", null, "cannot code: parse graph has a cycle");
        store.fail("b.txt", null, "cannot code: parse graph has a cycle");
        store.fail("c.txt", null, "not valid UTF-8 text");
        assertThat(rows("SELECT origin, reason FROM failures ORDER BY origin")).containsExactly(
                "b.txt|cannot code: parse graph has a cycle", "c.txt|not valid UTF-8 text");

        store.add(REUTERS, 1, 7, List.of());

        assertThat(rows("SELECT origin FROM failures")).containsExactly("c.txt");
    }

    @Test
    void dedupGroupsMentionsIntoEventsWithReasonsAndCanBeRerun() throws SQLException {
        storeTwoDocuments();

        DedupSummary summary = store.dedup(Dedup.of(Cameo.builtIn(), 1));

        assertThat(summary).isEqualTo(new DedupSummary(4, 3));
        String consult = DedupIds.of("haaretz-1:0:0");
        assertThat(rows("SELECT event_id, code, source_code, target_code, date, date_start, place_name, mentions,"
                + " sources, documents, first_mention, source_url, negated, mood FROM events ORDER BY first_mention"))
                .containsExactly(
                        consult + "|040|ISRGOV|RUSGOV|2017-07-14|2017-07-14|Amman|2|2|2|haaretz-1:0:0"
                                + "|https://haaretz.example/1|false|asserted",
                        DedupIds.of("haaretz-1:1:1") + "|120|ISRGOV|null|2017-07|2017-07-01|null|1|1|1|haaretz-1:1:1"
                                + "|https://haaretz.example/1|false|asserted",
                        DedupIds.of("reuters-7:0:1") + "|040|ISRGOV|RUSGOV|2017-07-14|2017-07-14|null|1|1|1|reuters-7:0:1"
                                + "|null|true|asserted");
        assertThat(rows("SELECT mention_id, reason FROM merges WHERE event_id = '" + consult + "' ORDER BY mention_id"))
                .containsExactly(
                        "haaretz-1:0:0|first mention: ISRGOV→RUSGOV, root 04, date 2017-07, place Amman (JOR)",
                        "reuters-7:0:0|same pair ISRGOV↔RUSGOV (symmetric 040/040), root 04, dates 2017-07/2017-07-14"
                                + " overlap, place unknown");
        assertThat(rows("SELECT count(*) FROM mentions WHERE event_id IS NULL")).containsExactly("0");

        assertThat(store.dedup(Dedup.of(Cameo.builtIn(), 1))).isEqualTo(summary);
        assertThat(rows("SELECT count(*), count(DISTINCT event_id) FROM merges")).containsExactly("4|3");
    }

    @Test
    void statsCountByPublisherAndMonth() {
        storeTwoDocuments();
        store.dedup(Dedup.of(Cameo.builtIn(), 1));
        store.fail("c.txt", null, "empty");

        StoreStats stats = store.stats();

        assertThat(stats.documents()).isEqualTo(2);
        assertThat(stats.sentences()).isEqualTo(3);
        assertThat(stats.mentions()).isEqualTo(4);
        assertThat(stats.events()).isEqualTo(3);
        assertThat(stats.failures()).isEqualTo(1);
        assertThat(stats.bySource()).containsExactly(new StoreStats.SourceCount("Haaretz", 1, 2),
                new StoreStats.SourceCount("Reuters", 1, 2));
        assertThat(stats.byMonth()).containsExactly(new StoreStats.MonthCount("2017-07", 1, 2, 3),
                new StoreStats.MonthCount("2017-08", 1, 2, 0));
    }

    @Test
    void aFileThatIsNotADatabaseIsReportedWithItsPath() throws IOException {
        Path junk = Files.writeString(dir.resolve("junk.duckdb"), "not a database at all, just text");

        assertThatThrownBy(() -> EventStore.open(junk)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot open the event database " + junk + ": ");
    }

    /** The ids dedup gives, computed here the documented way: 16 hex digits of SHA-256. */
    static final class DedupIds {
        static String of(String firstMention) {
            try {
                byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                        .digest(firstMention.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                return java.util.HexFormat.of().formatHex(hash, 0, 8);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
