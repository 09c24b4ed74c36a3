package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.code.HandParsed.code;
import static org.parley.code.HandParsed.only;

import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.EventMention;
import org.parley.model.Span;

/** Attackers of uses of force that are not the subject of an active verb, on hand-built parses. */
class ForceAgentsTest {
    @Test
    void theNationalityOfTheShellingAVictimWasKilledInIsTheAttacker() {
        EventMention e = only("Three/CD Palestinian/JJ/Palestinian/MISC civilians/NNS/civilian were/VBD/be killed/VBN/kill "
                        + "in/IN Israeli/JJ/Israeli/MISC tank/NN shelling/VBG/shell ./.",
                "nummod(2,0) amod(2,1) nsubj:pass(4,2) aux:pass(4,3) obl:in(4,7) case(7,5) amod(7,6) amod(7,8) "
                        + "punct(4,9) root(-1,4)");

        assertThat(e.code()).isEqualTo("190");
        assertThat(e.trigger().text()).isEqualTo("killed");
        assertThat(e.source()).isEqualTo(new Actor("Israeli", "ISR", "ISR", null, new Span(43, 50)));
        assertThat(e.target().code()).isEqualTo("PSECVL");
        assertThat(e.target().text()).isEqualTo("Three Palestinian civilians");
    }

    @Test
    void theAgentOfTheParticipleDescribingTheWeaponIsTheAttacker() {
        EventMention e = only("Two/CD Turkish/JJ/Turkish/MISC soldiers/NNS/soldier were/VBD/be killed/VBN/kill by/IN a/DT "
                        + "missile/NN fired/VBN/fire by/IN Syrian/JJ/Syrian/MISC troops/NNS/troop ./.",
                "nummod(2,0) amod(2,1) nsubj:pass(4,2) aux:pass(4,3) obl:agent(4,7) case(7,5) det(7,6) acl(7,8) "
                        + "obl:agent(8,11) case(11,9) amod(11,10) punct(4,12) root(-1,4)");

        assertThat(e.code()).isEqualTo("190");
        assertThat(e.trigger().text()).isEqualTo("killed");
        assertThat(e.source().code()).isEqualTo("SYRMIL");
        assertThat(e.source().text()).isEqualTo("Syrian troops");
        assertThat(e.target().code()).isEqualTo("TURMIL");
    }

    @Test
    void aBombThatKillsIsUnidentifiedArmedForcesOfThePlace() {
        EventMention e = only("A/DT roadside/NN bomb/NN near/IN Samarra/NNP/Samarra/LOCATION killed/VBD/kill a/DT "
                        + "U.S./NNP/U.S./LOCATION soldier/NN ./.",
                "det(2,0) compound(2,1) nsubj(5,2) nmod:near(2,4) case(4,3) obj(5,8) det(8,6) compound(8,7) "
                        + "punct(5,9) root(-1,5)");

        assertThat(e.code()).isEqualTo("190");
        assertThat(e.trigger().text()).isEqualTo("killed");
        assertThat(e.source()).isEqualTo(new Actor("A roadside bomb", "IRQUAF", "IRQ", "UAF", new Span(0, 15)));
        assertThat(e.target().code()).isEqualTo("USAMIL");
        assertThat(e.place().name()).isEqualTo("Samarra");
    }

    @Test
    void aPassiveWithoutAgentTakesUnidentifiedForcesOfItsPlaceNotThePlaceAsActor() {
        EventMention e = only("Two/CD U.S./NNP/U.S./LOCATION soldiers/NNS/soldier were/VBD/be killed/VBN/kill "
                        + "in/IN Iraq/NNP/Iraq/LOCATION ./.",
                "nummod(2,0) compound(2,1) nsubj:pass(4,2) aux:pass(4,3) obl:in(4,6) case(6,5) punct(4,7) root(-1,4)");

        assertThat(e.code()).isEqualTo("190");
        assertThat(e.source()).isEqualTo(new Actor("killed", "IRQUAF", "IRQ", "UAF", new Span(23, 29)));
        assertThat(e.target().code()).isEqualTo("USAMIL");
    }

    @Test
    void anUnattributedAttackWithoutAPlaceIsNotCoded() {
        assertThat(code("A/DT roadside/NN bomb/NN killed/VBD/kill a/DT U.S./NNP/U.S./LOCATION soldier/NN ./.",
                "det(2,0) compound(2,1) nsubj(3,2) obj(3,6) det(6,4) compound(6,5) punct(3,7) root(-1,3)")).isEmpty();
    }

    @Test
    void aPronounSubjectIsAnAttackerNotReadNotAnUnidentifiedOne() {
        assertThat(code("They/PRP/they killed/VBD/kill two/CD Iraqi/JJ/Iraqi/MISC civilians/NNS/civilian "
                        + "in/IN Baghdad/NNP/Baghdad/LOCATION ./.",
                "nsubj(1,0) obj(1,4) nummod(4,2) amod(4,3) obl:in(1,6) case(6,5) punct(1,7) root(-1,1)")).isEmpty();
    }

    @Test
    void whatALightVerbOfForceIsAimedAtOnIsTheTarget() {
        EventMention e = only("Israeli/JJ/Israeli/MISC soldiers/NNS/soldier opened/VBD/open fire/NN on/IN "
                        + "Lebanese/JJ/Lebanese/MISC civilians/NNS/civilian ./.",
                "amod(1,0) nsubj(2,1) obj(2,3) obl:on(2,6) case(6,4) amod(6,5) punct(2,7) root(-1,2)");

        assertThat(e.code()).isEqualTo("190");
        assertThat(e.trigger().text()).isEqualTo("opened fire");
        assertThat(e.source().code()).isEqualTo("ISRMIL");
        assertThat(e.target()).isEqualTo(new Actor("Lebanese civilians", "LBNCVL", "LBN", "CVL", new Span(32, 50)));
    }

    @Test
    void theObjectOfAVerbThatEngagesItInAFirefightIsTheTarget() {
        EventMention e = only("Syrian/JJ/Syrian/MISC rebels/NNS/rebel engaged/VBD/engage Turkish/JJ/Turkish/MISC troops/NNS/troop "
                        + "in/IN a/DT firefight/NN ./.",
                "amod(1,0) nsubj(2,1) obj(2,4) amod(4,3) obl:in(2,7) case(7,5) det(7,6) punct(2,8) root(-1,2)");

        assertThat(e.code()).isEqualTo("193");
        assertThat(e.trigger().text()).isEqualTo("firefight");
        assertThat(e.source().code()).isEqualTo("SYRREB");
        assertThat(e.target()).isEqualTo(new Actor("Turkish troops", "TURMIL", "TUR", "MIL", new Span(22, 36)));
    }

    @Test
    void aVerbWhoseObjectIsNoPartyDoesNotEngageItInTheEvent() {
        assertThat(code("France/NNP/France/LOCATION played/VBD/play a/DT role/NN in/IN the/DT genocide/NN ./.",
                "nsubj(1,0) obj(1,3) det(3,2) obl:in(1,6) case(6,4) det(6,5) punct(1,7) root(-1,1)")).isEmpty();
    }

    @Test
    void guerillasAreRebelsAndThePlaceTheObjectLeadsIntoIsTheTarget() {
        EventMention e = only("Afghan/JJ/Afghan/MISC guerillas/NNS/guerilla blew/VBD/blow up/RP power/NN lines/NNS/line "
                        + "leading/VBG/lead into/IN Kabul/NNP/Kabul/LOCATION ./.",
                "amod(1,0) nsubj(2,1) compound:prt(2,3) compound(5,4) obj(2,5) acl(5,6) obl:into(6,8) case(8,7) "
                        + "punct(2,9) root(-1,2)");

        assertThat(e.code()).isEqualTo("1712");
        assertThat(e.source().code()).isEqualTo("AFGREB");
        assertThat(e.target()).isEqualTo(new Actor("Kabul", "AFG", "AFG", null, new Span(50, 55)));
    }
}
