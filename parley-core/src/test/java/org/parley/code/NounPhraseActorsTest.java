package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.fixtures.Fixture;
import org.parley.model.AnnotatedDocument;
import org.parley.model.EventMention;

/** Actors read over whole noun phrases, on hand-built parses. */
class NounPhraseActorsTest {
    private static final EventCoder CODER = EventCoder.withDefaults();

    private static EventMention only(AnnotatedDocument doc) {
        List<EventMention> events = CODER.code(doc);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    @Test
    void aDemonymInsideAnUnknownOrganisationsNameIsNotItsCountry() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "The/DT American/NNP/American/ORGANIZATION Civil/NNP/Civil/ORGANIZATION "
                        + "Liberties/NNPS/Liberties/ORGANIZATION Union/NNP/Union/ORGANIZATION "
                        + "condemned/VBD/condemn Egypt/NNP/Egypt/LOCATION ./.",
                "det(4,0) compound(4,1) compound(4,2) compound(4,3) nsubj(5,4) obj(5,6) punct(5,7) root(-1,5)").build();

        assertThat(CODER.code(doc)).isEmpty();
    }

    @Test
    void aCountryAndACourtBeforeTheHeadNameTheOwner() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Iran/NNP/Iran/LOCATION condemned/VBD/condemn a/DT U.S./NNP/U.S./LOCATION Supreme/NNP/Supreme "
                        + "Court/NNP/Court decision/NN ./.",
                "nsubj(1,0) obj(1,6) det(6,2) compound(6,3) compound(6,4) compound(6,5) punct(1,7) root(-1,1)").build();

        EventMention e = only(doc);

        assertThat(e.source().code()).isEqualTo("IRN");
        assertThat(e.target().code()).isEqualTo("USAJUD");
        assertThat(e.target().text()).isEqualTo("U.S. Supreme Court");
    }

    @Test
    void aTitleBeforeAnUnlistedNameGivesTheSector() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Iranian/JJ/Iranian/MISC Foreign/NNP/Foreign Minister/NNP/Minister Ali/NNP/Ali/PERSON "
                        + "Tabrizi/NNP/Tabrizi/PERSON condemned/VBD/condemn Egypt/NNP/Egypt/LOCATION ./.",
                "amod(4,0) compound(4,1) compound(4,2) compound(4,3) nsubj(5,4) obj(5,6) punct(5,7) root(-1,5)").build();

        EventMention e = only(doc);

        assertThat(e.source().code()).isEqualTo("IRNGOV");
        assertThat(e.source().text()).isEqualTo("Iranian Foreign Minister Ali Tabrizi");
    }

    @Test
    void aKnownMinistryWithItsDemonymIsTheGovernment() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "The/DT Egyptian/NNP/Egyptian/ORGANIZATION Foreign/NNP/Foreign/ORGANIZATION "
                        + "Ministry/NNP/Ministry/ORGANIZATION condemned/VBD/condemn Israel/NNP/Israel/LOCATION ./.",
                "det(3,0) compound(3,1) compound(3,2) nsubj(4,3) obj(4,5) punct(4,6) root(-1,4)").build();

        assertThat(only(doc).source().code()).isEqualTo("EGYGOV");
    }

    @Test
    void riotPoliceOfACountry() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Egyptian/JJ/Egyptian/MISC riot/NN police/NNS attacked/VBD/attack protesters/NNS ./.",
                "amod(2,0) compound(2,1) nsubj(3,2) obj(3,4) punct(3,5) root(-1,3)").build();

        EventMention e = only(doc);

        assertThat(e.source().code()).isEqualTo("EGYCOP");
        assertThat(e.source().text()).isEqualTo("Egyptian riot police");
    }

    @Test
    void aBackerIsNotTheActor() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Russian-backed/JJ/Russian-backed separatists/NNS attacked/VBD/attack Ukrainian/JJ/Ukrainian/MISC "
                        + "troops/NNS ./.",
                "amod(1,0) nsubj(2,1) amod(4,3) obj(2,4) punct(2,5) root(-1,2)").build();

        assertThat(CODER.code(doc)).isEmpty();
    }

    @Test
    void aTeamTakesItsCountryAndGovernment() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "The/DT Israeli/JJ/Israeli/MISC team/NN met/VBD/meet Jordanian/JJ/Jordanian/MISC officials/NNS ./.",
                "det(2,0) amod(2,1) nsubj(3,2) amod(5,4) obj(3,5) punct(3,6) root(-1,3)").build();

        // A meeting that took place goes both ways (CAMEO's reciprocal meeting events).
        assertThat(CODER.code(doc)).extracting(e -> e.source().code(), e -> e.target().code())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ISRGOV", "JORGOV"),
                        org.assertj.core.groups.Tuple.tuple("JORGOV", "ISRGOV"));
    }

    @Test
    void aNameCutAtItsHyphensIsReadWhole() {
        AnnotatedDocument doc = Fixture.published("2005-01-02").sentence(
                "Omar/NNP/Omar/PERSON al/NNP/al/PERSON ~-/HYPH/-/O ~Bashir/NNP/Bashir/PERSON "
                        + "criticized/VBD/criticize France/NNP/France/LOCATION ./.",
                "compound(3,0) compound(3,1) punct(3,2) nsubj(4,3) obj(4,5) punct(4,6) root(-1,4)").build();

        EventMention e = only(doc);

        assertThat(e.code()).isEqualTo("111");
        assertThat(e.source().code()).isEqualTo("SDNGOV");
        assertThat(e.source().text()).isEqualTo("Omar al-Bashir");
        assertThat(e.target().code()).isEqualTo("FRA");
    }

    @Test
    void theLeaderInAHyphenatedLedModifierIsTheActorsCountry() {
        AnnotatedDocument doc = Fixture.published("2016-01-02").sentence(
                "Saudi/NNP/Saudi/NATIONALITY ~-/HYPH/-/O ~led/VBN/lead forces/NNS/force "
                        + "attacked/VBD/attack Yemen/NNP/Yemen/LOCATION ./.",
                "dep(2,0) punct(2,1) amod(3,2) nsubj(4,3) obj(4,5) punct(4,6) root(-1,4)").build();

        EventMention e = only(doc);

        assertThat(e.code()).isEqualTo("190");
        assertThat(e.source().code()).isEqualTo("SAUMIL");
        assertThat(e.source().text()).isEqualTo("Saudi-led forces");
        assertThat(e.target().code()).isEqualTo("YEM");
    }

    @Test
    void theDashOfADatelineIsNotPartOfTheName() {
        AnnotatedDocument doc = Fixture.published("2023-03-10").sentence(
                "BEIJING/NNP/Beijing/LOCATION -/HYPH/-/O Iran/NNP/Iran/LOCATION criticized/VBD/criticize "
                        + "Egypt/NNP/Egypt/LOCATION ./.",
                "compound(2,0) punct(2,1) nsubj(3,2) obj(3,4) punct(3,5) root(-1,3)").build();

        EventMention e = only(doc);

        assertThat(e.source().code()).isEqualTo("IRN");
        assertThat(e.source().text()).isEqualTo("Iran");
    }
}
