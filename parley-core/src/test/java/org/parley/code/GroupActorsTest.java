package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.fixtures.Fixture;
import org.parley.model.AnnotatedDocument;
import org.parley.model.EventMention;

/** Groups named by a group noun or an unknown party-like name, and targets placed by their own phrase; hand-built parses. */
class GroupActorsTest {
    private static final EventCoder CODER = EventCoder.withDefaults();

    private static EventMention only(AnnotatedDocument doc) {
        List<EventMention> events = CODER.code(doc);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    @Test
    void aGroupNounTakesTheSectorOfItsModifierAndTheCountryOfItsLocative() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Opposition/NN groups/NNS/group in/IN Zimbabwe/NNP/Zimbabwe/LOCATION criticized/VBD/criticize "
                        + "the/DT government/NN ./.",
                "compound(1,0) nsubj(4,1) case(3,2) nmod:in(1,3) det(6,5) obj(4,6) punct(4,7) root(-1,4)").build();

        EventMention e = only(doc);

        assertThat(e.code()).isEqualTo("111");
        assertThat(e.trigger().text()).isEqualTo("criticized");
        assertThat(e.source().code()).isEqualTo("ZWEOPP");
        assertThat(e.source().text()).isEqualTo("Opposition groups in Zimbabwe");
        assertThat(e.target().code()).isEqualTo("ZWEGOV");
    }

    @Test
    void aGroupNounWithoutASectorModifierNamesNoActor() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Local/JJ groups/NNS/group criticized/VBD/criticize Kenya/NNP/Kenya/LOCATION ./.",
                "amod(1,0) nsubj(2,1) obj(2,3) punct(2,4) root(-1,2)").build();

        assertThat(CODER.code(doc)).isEmpty();
    }

    @Test
    void aDemonymAndASectorBeforeAGroupNoun() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Kenya/NNP/Kenya/LOCATION criticized/VBD/criticize Ugandan/JJ/Ugandan/MISC rebel/NN "
                        + "factions/NNS/faction ./.",
                "nsubj(1,0) amod(4,2) compound(4,3) obj(1,4) punct(1,5) root(-1,1)").build();

        EventMention e = only(doc);

        assertThat(e.source().code()).isEqualTo("KEN");
        assertThat(e.target().code()).isEqualTo("UGAREB");
        assertThat(e.target().text()).isEqualTo("Ugandan rebel factions");
    }

    @Test
    void anUnknownPartyLikeNameIsAPartyOfTheSourcesCountry() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "The/DT Kenyan/JJ/Kenyan/MISC government/NN accused/VBD/accuse the/DT Orange/NNP/Orange/ORGANIZATION "
                        + "Democratic/NNP/Democratic/ORGANIZATION Movement/NNP/Movement/ORGANIZATION ./.",
                "det(2,0) amod(2,1) nsubj(3,2) det(7,4) compound(7,5) compound(7,6) obj(3,7) punct(3,8) root(-1,3)")
                .build();

        EventMention e = only(doc);

        assertThat(e.code()).isEqualTo("112");
        assertThat(e.trigger().text()).isEqualTo("accused");
        assertThat(e.source().code()).isEqualTo("KENGOV");
        assertThat(e.target().code()).isEqualTo("KENPTY");
        assertThat(e.target().text()).isEqualTo("the Orange Democratic Movement");
    }

    @Test
    void aSectorWordInsideAPartyLikeNameGivesItsSector() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "The/DT Kenyan/JJ/Kenyan/MISC government/NN accused/VBD/accuse the/DT Teachers/NNPS/Teachers/ORGANIZATION "
                        + "League/NNP/League/ORGANIZATION ./.",
                "det(2,0) amod(2,1) nsubj(3,2) det(6,4) compound(6,5) obj(3,6) punct(3,7) root(-1,3)").build();

        assertThat(only(doc).target().code()).isEqualTo("KENEDU");
    }

    @Test
    void anUnknownNameThatIsNotPartyLikeNamesNoActor() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "The/DT Orange/NNP/Orange/ORGANIZATION Democratic/NNP/Democratic/ORGANIZATION "
                        + "Institute/NNP/Institute/ORGANIZATION criticized/VBD/criticize Kenya/NNP/Kenya/LOCATION ./.",
                "det(3,0) compound(3,1) compound(3,2) nsubj(4,3) obj(4,5) punct(4,6) root(-1,4)").build();

        assertThat(CODER.code(doc)).isEmpty();
    }

    @Test
    void aSectorOnlyTargetTakesTheCountryOfItsOwnLocativeBeforeTheSources() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Kenya/NNP/Kenya/LOCATION criticized/VBD/criticize the/DT rebels/NNS in/IN Uganda/NNP/Uganda/LOCATION ./.",
                "nsubj(1,0) det(3,2) obj(1,3) case(5,4) nmod:in(3,5) punct(1,6) root(-1,1)").build();

        EventMention e = only(doc);

        assertThat(e.source().code()).isEqualTo("KEN");
        assertThat(e.target().code()).isEqualTo("UGAREB");
    }

    @Test
    void anOfficeOfAPlaceIsTheOfficeOfThePlacesCountry() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Israel/NNP/Israel/LOCATION criticized/VBD/criticize the/DT mayor/NN of/IN Hebron/NNP/Hebron/LOCATION ./.",
                "nsubj(1,0) det(3,2) obj(1,3) case(5,4) nmod:of(3,5) punct(1,6) root(-1,1)").build();

        EventMention e = only(doc);

        assertThat(e.source().code()).isEqualTo("ISR");
        assertThat(e.target().code()).isEqualTo("PSEGOV");
        assertThat(e.target().text()).isEqualTo("the mayor of Hebron");
    }

    @Test
    void aPlaceAsPossessorPlacesItsOffice() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Israel/NNP/Israel/LOCATION criticized/VBD/criticize Hebron/NNP/Hebron/LOCATION 's/POS mayor/NN ./.",
                "nsubj(1,0) nmod:poss(4,2) case(2,3) obj(1,4) punct(1,5) root(-1,1)").build();

        EventMention e = only(doc);

        assertThat(e.source().code()).isEqualTo("ISR");
        assertThat(e.target().code()).isEqualTo("PSEGOV");
    }

    @Test
    void eldersOfACountryAreItsElites() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Afghan/JJ/Afghan/MISC elders/NNS/elder criticized/VBD/criticize the/DT government/NN ./.",
                "amod(1,0) nsubj(2,1) det(4,3) obj(2,4) punct(2,5) root(-1,2)").build();

        EventMention e = only(doc);

        assertThat(e.source().code()).isEqualTo("AFGELI");
        assertThat(e.target().code()).isEqualTo("AFGGOV");
    }
}
