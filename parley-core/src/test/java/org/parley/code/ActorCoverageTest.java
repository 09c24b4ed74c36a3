package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.fixtures.Fixture;
import org.parley.model.AnnotatedDocument;
import org.parley.model.EventMention;

/** Actors that sentences with no coded event used to lack: context countries, followers, past leaders. */
class ActorCoverageTest {
    private static final EventCoder CODER = EventCoder.withDefaults();

    private static List<EventMention> code(String date, String tokens, String arcs) {
        AnnotatedDocument doc = Fixture.published(date).sentence(tokens, arcs).build();
        return CODER.code(doc);
    }

    @Test
    void supportersOfAFormerLeaderAreTheOppositionOfHisCountry() {
        List<EventMention> events = code("1990-06-01",
                "Supporters/NNS/supporter of/IN Ahmed/NNP/Ahmed/PERSON Ben/NNP/Ben/PERSON Bella/NNP/Bella/PERSON "
                        + "protested/VBD/protest ./.",
                "nsubj(5,0) case(4,1) compound(4,2) compound(4,3) nmod:of(0,4) punct(5,6) root(-1,5)");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("140");
            assertThat(e.source().code()).isEqualTo("DZAOPP");
        });
    }

    @Test
    void aSectorOnlySourceTakesTheCountryWhereItsObjectIs() {
        List<EventMention> events = code("2020-01-02",
                "Protesters/NNS/protester blocked/VBD/block roads/NNS/road in/IN Algiers/NNP/Algiers/LOCATION ./.",
                "nsubj(1,0) obj(1,2) case(4,3) nmod:in(2,4) punct(1,5) root(-1,1)");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("144");
            assertThat(e.source().code()).isEqualTo("DZAOPP");
        });
    }

    @Test
    void armedForcesDoNotTakeTheCountryOfTheGroundTheyTake() {
        List<EventMention> events = code("2020-01-02",
                "Troops/NNS/troop retook/VBD/retake a/DT village/NN in/IN Cambodia/NNP/Cambodia/LOCATION ./.",
                "nsubj(1,0) obj(1,3) det(3,2) case(5,4) nmod:in(3,5) punct(1,6) root(-1,1)");

        assertThat(events).isEmpty();
    }

    @Test
    void membersOfABodyTakeItsActor() {
        List<EventMention> events = code("2020-01-02",
                "Members/NNS/member of/IN the/DT Kenyan/JJ/Kenyan/NATIONALITY parliament/NN/parliament "
                        + "criticized/VBD/criticize Uganda/NNP/Uganda/LOCATION ./.",
                "nsubj(5,0) case(4,1) det(4,2) amod(4,3) nmod:of(0,4) obj(5,6) punct(5,7) root(-1,5)");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("111");
            assertThat(e.source().code()).isEqualTo("KENLEG");
            assertThat(e.target().code()).isEqualTo("UGA");
        });
    }

    @Test
    void aPastLeaderIsCodedWithTheRoleHeHeldThatDay() {
        List<EventMention> during = code("1989-06-01",
                "Prosper/NNP/Prosper/PERSON Avril/NNP/Avril/PERSON criticized/VBD/criticize "
                        + "France/NNP/France/LOCATION ./.",
                "compound(1,0) nsubj(2,1) obj(2,3) punct(2,4) root(-1,2)");
        List<EventMention> after = code("1995-06-01",
                "Prosper/NNP/Prosper/PERSON Avril/NNP/Avril/PERSON criticized/VBD/criticize "
                        + "France/NNP/France/LOCATION ./.",
                "compound(1,0) nsubj(2,1) obj(2,3) punct(2,4) root(-1,2)");

        assertThat(during).singleElement().satisfies(e -> assertThat(e.source().code()).isEqualTo("HTIGOV"));
        assertThat(after).singleElement().satisfies(e -> assertThat(e.source().code()).isEqualTo("HTI"));
    }

    @Test
    void anUnknownPersonIsNamedByHisApposition() {
        List<EventMention> events = code("2020-01-02",
                "Ahmed/NNP/Ahmed/PERSON Yusuf/NNP/Yusuf/PERSON ,/, a/DT Hamas/NNP/Hamas/ORGANIZATION leader/NN/leader ,/, "
                        + "condemned/VBD/condemn Egypt/NNP/Egypt/LOCATION ./.",
                "compound(1,0) punct(1,2) det(5,3) compound(5,4) appos(1,5) punct(1,6) nsubj(7,1) obj(7,8) "
                        + "punct(7,9) root(-1,7)");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("111");
            assertThat(e.source().code()).isEqualTo("PSEGOV");
            assertThat(e.target().code()).isEqualTo("EGY");
        });
    }

    @Test
    void aSectorOnlyActorOfAPlaceIsOfItsCountry() {
        List<EventMention> events = code("2020-01-02",
                "The/DT governor/NN/governor of/IN Kandahar/NNP/Kandahar/LOCATION criticized/VBD/criticize "
                        + "Pakistan/NNP/Pakistan/LOCATION ./.",
                "det(1,0) nsubj(4,1) case(3,2) nmod:of(1,3) obj(4,5) punct(4,6) root(-1,4)");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.source().code()).isEqualTo("AFGGOV");
            assertThat(e.target().code()).isEqualTo("PAK");
        });
    }

    @Test
    void aCommonNounIsNotNamedByAMisattachedApposition() {
        List<EventMention> events = code("2020-01-02",
                "Iran/NNP/Iran/LOCATION rejected/VBD/reject Israeli/JJ/Israeli/NATIONALITY changes/NNS/change ,/, "
                        + "Egyptian/JJ/Egyptian/NATIONALITY officials/NNS/official said/VBD/say ./.",
                "nsubj(1,0) amod(3,2) obj(1,3) punct(3,4) amod(6,5) appos(3,6) ccomp(7,1) punct(7,8) root(-1,7)");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("120");
            assertThat(e.target().code()).isEqualTo("ISR");
        });
    }

    @Test
    void aWeekdayParsedAsTheSubjectStandsForTheActorBeforeIt() {
        List<EventMention> events = code("2020-01-02",
                "Iran/NNP/Iran/LOCATION Tuesday/NNP/Tuesday/DATE condemned/VBD/condemn "
                        + "Israel/NNP/Israel/LOCATION ./.",
                "compound(1,0) nsubj(2,1) obj(2,3) punct(2,4) root(-1,2)");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("111");
            assertThat(e.source().code()).isEqualTo("IRN");
            assertThat(e.source().text()).isEqualTo("Iran");
            assertThat(e.target().code()).isEqualTo("ISR");
        });
    }
}
