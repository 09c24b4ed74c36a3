package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.code.HandParsed.code;
import static org.parley.code.HandParsed.only;

import org.junit.jupiter.api.Test;
import org.parley.model.EventMention;

/**
 * Actors the subject slot hides, on hand-built parses: the side that is withdrawn or demobilised in
 * an agentless passive ({@link PassiveRetreat}), and sector-only actors placed by a setting whose
 * name sits inside a common noun's phrase ({@link NestedPlaces}).
 */
class SelfActingSubjectsTest {
    @Test
    void troopsWithdrawnWithoutAnAgentAreTheSideThatWithdraws() {
        EventMention e = only("Serbian/JJ/Serbian/MISC troops/NNS/troop were/VBD/be withdrawn/VBN/withdraw "
                        + "from/IN Bosnia/NNP/Bosnia/LOCATION ./.",
                "amod(1,0) nsubj:pass(3,1) aux:pass(3,2) obl:from(3,5) case(5,4) punct(3,6) root(-1,3)");

        assertThat(e.code()).isEqualTo("0874");
        assertThat(e.trigger().text()).isEqualTo("troops were withdrawn"); // the trigger spans the object its entry names
        assertThat(e.source().code()).isEqualTo("SRBMIL");
        assertThat(e.source().text()).isEqualTo("Serbian troops");
        assertThat(e.target().code()).isEqualTo("BIH");
        assertThat(e.target().text()).isEqualTo("Bosnia");
    }

    @Test
    void rebelsDemobilizedWithoutAnAgentAreTheSideThatStandsDown() {
        EventMention e = only("Angolan/JJ/Angolan/MISC rebels/NNS/rebel have/VBP/have been/VBN/be "
                        + "demobilized/VBN/demobilize ./.",
                "amod(1,0) nsubj:pass(4,1) aux(4,2) aux:pass(4,3) punct(4,5) root(-1,4)");

        assertThat(e.code()).isEqualTo("0873");
        assertThat(e.trigger().text()).isEqualTo("demobilized");
        assertThat(e.source().code()).isEqualTo("AGOREB");
        assertThat(e.source().text()).isEqualTo("Angolan rebels");
        assertThat(e.target()).isNull();
    }

    @Test
    void aPassiveWithAnAgentKeepsTheAgentAsSource() {
        EventMention e = only("Serbian/JJ/Serbian/MISC troops/NNS/troop were/VBD/be withdrawn/VBN/withdraw "
                        + "by/IN Russia/NNP/Russia/LOCATION ./.",
                "amod(1,0) nsubj:pass(3,1) aux:pass(3,2) obl:agent(3,5) case(5,4) punct(3,6) root(-1,3)");

        // The forces withdrawn are what is withdrawn, as the object of "Russia withdrew Serbian troops" is.
        assertThat(e.code()).isEqualTo("0874");
        assertThat(e.source().code()).isEqualTo("RUS");
        assertThat(e.target()).isNull();
    }

    @Test
    void aMilitiaDisarmedIsNotTakenForTheSideThatActs() {
        assertThat(code("Angolan/JJ/Angolan/MISC rebels/NNS/rebel were/VBD/be disarmed/VBN/disarm ./.",
                "amod(1,0) nsubj:pass(3,1) aux:pass(3,2) punct(3,4) root(-1,3)")).isEmpty();
    }

    @Test
    void aSectorOnlySourceTakesTheCountryNamedInsideTheSettingPhrase() {
        EventMention e = only("Students/NNS/student rioted/VBD/riot at/IN a/DT jail/NN in/IN Chile/NNP/Chile/LOCATION ./.",
                "nsubj(1,0) obl:at(1,4) case(4,2) det(4,3) nmod:in(4,6) case(6,5) punct(1,7) root(-1,1)");

        assertThat(e.code()).isEqualTo("145");
        assertThat(e.trigger().text()).isEqualTo("rioted");
        assertThat(e.source().code()).isEqualTo("CHLEDU");
        assertThat(e.source().text()).isEqualTo("Students");
        assertThat(e.target().code()).isEqualTo("CHL");
    }

    @Test
    void aKindOfPlaceNamesItsPlaceInAnOfPhrase() {
        EventMention e = only("Students/NNS/student rioted/VBD/riot in/IN the/DT capital/NN city/NN of/IN "
                        + "Chile/NNP/Chile/LOCATION ./.",
                "nsubj(1,0) obl:in(1,5) case(5,2) det(5,3) compound(5,4) nmod:of(5,7) case(7,6) punct(1,8) root(-1,1)");

        assertThat(e.code()).isEqualTo("145");
        assertThat(e.source().code()).isEqualTo("CHLEDU");
        assertThat(e.target().code()).isEqualTo("CHL");
    }

    @Test
    void forcesShippedOutOfAPlaceWithdrawFromItsCountry() {
        EventMention e = only("UN/NNP/UN/ORGANIZATION peacekeepers/NNS/peacekeeper were/VBD/be shipped/VBN/ship "
                        + "out/IN of/IN Bosnia/NNP/Bosnia/LOCATION ./.",
                "compound(1,0) nsubj:pass(3,1) aux:pass(3,2) obl:out_of(3,6) case(6,4) fixed(4,5) punct(3,7) root(-1,3)");

        assertThat(e.code()).isEqualTo("0874");
        assertThat(e.trigger().text()).isEqualTo("shipped");
        assertThat(e.source().code()).isEqualTo("IGOPKO");
        assertThat(e.source().text()).isEqualTo("UN peacekeepers");
        assertThat(e.target().code()).isEqualTo("BIH");
        assertThat(e.target().text()).isEqualTo("Bosnia");
    }

    @Test
    void goodsShippedOutOfAPlaceAreNoEvent() {
        assertThat(code("Weapons/NNS/weapon were/VBD/be shipped/VBN/ship out/IN of/IN Bosnia/NNP/Bosnia/LOCATION ./.",
                "nsubj:pass(2,0) aux:pass(2,1) obl:out_of(2,5) case(5,3) fixed(3,4) punct(2,6) root(-1,2)")).isEmpty();
    }
}
