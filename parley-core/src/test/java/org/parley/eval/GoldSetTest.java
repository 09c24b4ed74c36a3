package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldSetTest {

    @TempDir
    Path gold;

    private static final String PLOVER_JSON = """
            [
             {"id": "X-DOC-1", "event": "DOCUMENT", "eventText": "notes for readers"},
             {"id": "X-DEMAND-1", "date": "2001-02-03", "event": "DEMAND",
              "text": "Ruritanian  ministers\\n asked Freedonia to pay.",
              "source": [{"actorText": "Ruritanian ministers", "code": "RUR", "sector": "GOV"}],
              "target": [{"actorText": "Freedonia", "code": "FRE"}],
              "eventLoc": {"name": "Geneva", "country code": "CH"}},
             {"id": "X-AGREE-1", "date": "2001-02-03", "event": "AGREE",
              "text": "Two sides agreed.",
              "source": [{"actorText": "a", "code": "AAA", "sector": "***"}, {"actorText": "b", "code": "BBB", "sector": "CVLalb"}],
              "target": "diplomatic"},
             {"id": "X-FIGHT-1", "event": "FIGHT", "text": "Ten were killed.",
              "target": [{"actorText": "civilians", "code": "CCC", "sector": "CVL"}],
              "eventLoc": {"name": "Somewhere"}}
            ]
            """;

    private static final String PETRARCH_XML = """
            <Validation>
            ####################
            #  A header with <EventCoding...> in it
            ####################
            <Sentences>
            <Sentence category="T" date="20080806" id="T_1" evaluate="true"/>
            <EventCoding eventcode="042" sourcecode="USA" targetcode="CHN" />
            <EventCoding eventcode="043" sourcecode="CHN" targetcode="USA" />
            <Text>
            The leader went
              to Beijing &amp; talked.
            </Text>
            <Parse>
            (ROOT (S (NP < odd bracket) ))
            </Parse>
            <!-- <Sentence id="commented" date="20010101"> -->
            <Sentence date = "121108" id ="T_2" category="T" sentence="true">
            <EventCoding noevents = "True">
            <Text>Nothing happened.</Text>
            </Sentence>
            <Sentence date="19950101" id="T_3" category="T">
            <EventCoding sourcecode='""' targetcode="GON" eventcode="903"></EventCoding>
            <EventCoding error="storydiscard"></EventCoding>
            <Text>Someone did something to Gondor.</Text>
            </Sentence>
            </Sentences>
            </Validation>
            """;

    @Test
    void readsPloverRecordsPairingEverySourceWithEveryTarget() throws IOException {
        Files.createDirectories(gold.resolve("plover"));
        Files.writeString(gold.resolve("plover/PLOVER_GSR_CAMEO.json"), PLOVER_JSON);

        List<GoldRecord> records = GoldSet.PLOVER.read(gold);

        assertThat(records).extracting(GoldRecord::id).containsExactly("X-DEMAND-1", "X-AGREE-1", "X-FIGHT-1");
        GoldRecord demand = records.get(0);
        assertThat(demand.set()).isEqualTo("plover");
        assertThat(demand.text()).isEqualTo("Ruritanian ministers asked Freedonia to pay.");
        assertThat(demand.date()).isEqualTo(LocalDate.of(2001, 2, 3));
        assertThat(demand.codings()).containsExactly(new GoldCoding("RURGOV", "FRE", null, "DEMAND"));
        assertThat(demand.place()).isEqualTo(new GoldPlace("Geneva", "CHE"));
        assertThat(records.get(1).codings()).containsExactly(
                new GoldCoding("AAA", null, null, "AGREE"), new GoldCoding("BBBCVLALB", null, null, "AGREE"));
        assertThat(records.get(2).codings()).containsExactly(new GoldCoding(null, "CCCCVL", null, "FIGHT"));
        assertThat(records.get(2).date()).isNull();
        assertThat(records.get(2).place()).isEqualTo(new GoldPlace("Somewhere", null));
    }

    @Test
    void readsPetrarchRecordsDespiteHashCommentsAndUnclosedTags() throws IOException {
        Files.createDirectories(gold.resolve("petrarch2"));
        Files.writeString(gold.resolve("petrarch2/PETR.UnitTest.records.xml"), PETRARCH_XML);

        List<GoldRecord> records = GoldSet.PETR2.read(gold);

        assertThat(records).extracting(GoldRecord::id).containsExactly("T_1", "T_2", "T_3");
        assertThat(records.get(0).text()).isEqualTo("The leader went to Beijing & talked.");
        assertThat(records.get(0).date()).isEqualTo(LocalDate.of(2008, 8, 6));
        assertThat(records.get(0).codings()).containsExactly(
                new GoldCoding("USA", "CHN", "042", null), new GoldCoding("CHN", "USA", "043", null));
        assertThat(records.get(1).date()).isNull();
        assertThat(records.get(1).codings()).isEmpty();
        assertThat(records.get(2).codings()).containsExactly(new GoldCoding(null, "GON", "903", null));
        assertThat(records.get(2).place()).isNull();
    }

    @Test
    void namesTheFileWhenItIsMissingOrMalformed() throws IOException {
        assertThatThrownBy(() -> GoldSet.UPETR.read(gold))
                .isInstanceOf(GoldFormatException.class)
                .hasMessage(gold.resolve("universalpetrarch/PETR2_GSR_validation.xml") + ": no such file");

        Files.createDirectories(gold.resolve("plover"));
        Files.writeString(gold.resolve("plover/PLOVER_GSR_CAMEO.json"), "{\"id\": 1}");
        assertThatThrownBy(() -> GoldSet.PLOVER.read(gold))
                .isInstanceOf(GoldFormatException.class)
                .hasMessage(gold.resolve("plover/PLOVER_GSR_CAMEO.json") + ": expected a JSON array of records");

        Files.writeString(gold.resolve("plover/PLOVER_GSR_CAMEO.json"), "[{\"id\": \"R-1\", \"event\": \"AGREE\"}]");
        assertThatThrownBy(() -> GoldSet.PLOVER.read(gold))
                .hasMessage(gold.resolve("plover/PLOVER_GSR_CAMEO.json") + ": R-1: a record needs id, text and event");
    }

    @Test
    void findsSetsByTheirShortName() {
        assertThat(GoldSet.ofKey("UPETR")).contains(GoldSet.UPETR);
        assertThat(GoldSet.ofKey("gsr")).isEmpty();
    }
}
