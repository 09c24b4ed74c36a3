package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.fixtures.Fixture;
import org.parley.model.AnnotatedDocument;
import org.parley.model.EventMention;

/** Peoples and faiths in the plural, and state bodies named by their generic name; hand-built parses. */
class PeoplesAndBodiesTest {
    private static final EventCoder CODER = EventCoder.withDefaults();

    private static final String KENYA_PARLIAMENT = "Kenya/NNP/Kenya/LOCATION 's/POS parliament/NN "
            + "criticized/VBD/criticize the/DT president/NN ./.";
    private static final String KENYA_PARLIAMENT_ARCS = "nmod:poss(2,0) case(0,1) nsubj(3,2) det(5,4) obj(3,5) "
            + "punct(3,6) root(-1,3)";

    @Test
    void aFaithInThePluralIsItsReligiousCode() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Muslims/NNPS/Muslim/MISC criticized/VBD/criticize the/DT French/JJ/French/MISC government/NN ./.",
                "nsubj(1,0) det(4,2) amod(4,3) obj(1,4) punct(1,5) root(-1,1)").build();

        List<EventMention> events = CODER.code(doc);

        assertThat(events).hasSize(1);
        assertThat(events.get(0).code()).isEqualTo("111");
        assertThat(events.get(0).trigger().text()).isEqualTo("criticized");
        assertThat(events.get(0).source().code()).isEqualTo("MOS");
        assertThat(events.get(0).target().code()).isEqualTo("FRAGOV");
    }

    @Test
    void aBranchOfAFaithWithADemonymLivesInThatCountry() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Iraqi/JJ/Iraqi/MISC Shiites/NNPS/Shiite/MISC criticized/VBD/criticize the/DT government/NN ./.",
                "amod(1,0) nsubj(2,1) det(4,3) obj(2,4) punct(2,5) root(-1,2)").build();

        List<EventMention> events = CODER.code(doc);

        assertThat(events).hasSize(1);
        assertThat(events.get(0).source().code()).isEqualTo("IRQMOSSHI");
        assertThat(events.get(0).source().text()).isEqualTo("Iraqi Shiites");
        assertThat(events.get(0).target().code()).isEqualTo("IRQGOV");
    }

    @Test
    void aGenericBodyTakesTheOneCountryTheDocumentNamesElsewhere() {
        AnnotatedDocument doc = Fixture.published("2020-01-02")
                .sentence(KENYA_PARLIAMENT, KENYA_PARLIAMENT_ARCS)
                .sentence("The/DT Senate/NNP/Senate/ORGANIZATION rejected/VBD/reject the/DT budget/NN ./.",
                        "det(1,0) nsubj(2,1) det(4,3) obj(2,4) punct(2,5) root(-1,2)")
                .build();

        List<EventMention> events = CODER.code(doc);

        assertThat(events).hasSize(2);
        EventMention rejected = events.get(1);
        assertThat(rejected.code()).isEqualTo("120");
        assertThat(rejected.trigger().text()).isEqualTo("rejected");
        assertThat(rejected.source().code()).isEqualTo("KENLEG");
        assertThat(rejected.source().text()).isEqualTo("The Senate");
        assertThat(rejected.target()).isNull();
    }

    @Test
    void aGenericBodyStaysUnplacedButActsWhenTheDocumentNamesTwoCountries() {
        AnnotatedDocument doc = Fixture.published("2020-01-02")
                .sentence(KENYA_PARLIAMENT, KENYA_PARLIAMENT_ARCS)
                .sentence("Uganda/NNP/Uganda/LOCATION criticized/VBD/criticize the/DT plan/NN ./.",
                        "nsubj(1,0) det(3,2) obj(1,3) punct(1,4) root(-1,1)")
                .sentence("The/DT Senate/NNP/Senate/ORGANIZATION rejected/VBD/reject the/DT budget/NN ./.",
                        "det(1,0) nsubj(2,1) det(4,3) obj(2,4) punct(2,5) root(-1,2)")
                .build();

        // Unplaced, the Senate still acts: with its sector only, no guessed country.
        assertThat(CODER.code(doc)).extracting(e -> e.trigger().text(), e -> e.source().code(), e -> e.source().country())
                .containsExactly(tuple("criticized", "KENLEG", "KEN"), tuple("criticized", "UGA", "UGA"), tuple("rejected", "LEG", null));
    }

    @Test
    void aGenericBodyIsNotPlacedInTheCountryItsOwnSentenceNamesButActs() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "The/DT government/NN criticized/VBD/criticize China/NNP/China/LOCATION 's/POS plan/NN ./.",
                "det(1,0) nsubj(2,1) nmod:poss(5,3) case(3,4) obj(2,5) punct(2,6) root(-1,2)").build();

        // Not China's: the government stays unplaced, with its sector only.
        assertThat(CODER.code(doc)).extracting(EventMention::code, e -> e.source().code(), e -> e.source().country(),
                        e -> e.target().code())
                .containsExactly(tuple("111", "GOV", null, "CHN"));
    }
}
