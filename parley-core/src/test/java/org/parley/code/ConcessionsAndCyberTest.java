package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.EventMention;

/**
 * Easing through measures taken ({@link MeasuresTaken}), concessions after talks
 * ({@link ConcessionPartners}), accusers named far from a passive accusation ({@link DistantAgents}),
 * the aim of a strike a protest act is done in ({@link ProtestedParties}), and cyber operations (176).
 */
class ConcessionsAndCyberTest {

    private static List<org.assertj.core.groups.Tuple> coded(String tokens, String arcs) {
        return HandParsed.code(tokens, arcs).stream()
                .map(e -> tuple(e.code(), e.source().code(), e.target() == null ? null : e.target().code(), e.trigger().text()))
                .toList();
    }

    @Test
    void stepsTakenToEaseRestrictionsAreTheTakersEasing() {
        assertThat(coded("Egypt/NNP/Egypt/LOCATION took/VBD/take steps/NNS/step to/TO ease/VB restrictions/NNS/restriction "
                        + "on/IN Israel/NNP/Israel/LOCATION ./.",
                "nsubj(1,0) obj(1,2) nsubj:xsubj(4,2) mark(4,3) xcomp(1,4) obj(4,5) case(7,6) nmod:on(5,7) punct(1,8) root(-1,1)"))
                .containsExactly(tuple("081", "EGY", "ISR", "ease restrictions"));
    }

    @Test
    void enhancingFreedomsIsEasingRestrictionsOnThem() {
        assertThat(coded("Egypt/NNP/Egypt/LOCATION took/VBD/take measures/NNS/measure to/TO enhance/VB political/JJ "
                        + "freedoms/NNS/freedom in/IN Sudan/NNP/Sudan/LOCATION ./.",
                "nsubj(1,0) obj(1,2) mark(4,3) acl:to(2,4) amod(6,5) obj(4,6) case(8,7) obl:in(4,8) punct(1,9) root(-1,1)"))
                .containsExactly(tuple("0811", "EGY", "SDN", "enhance political freedoms"));
    }

    @Test
    void aStrikeCalledOffAfterTalksYieldsToTheOtherSideOfTheTalks() {
        assertThat(coded("Kenya/NNP/Kenya/LOCATION called/VBD/call off/RP a/DT strike/NN after/IN talks/NNS/talk with/IN "
                        + "Uganda/NNP/Uganda/LOCATION ./.",
                "nsubj(1,0) compound:prt(1,2) det(4,3) obj(1,4) case(6,5) nmod:after(4,6) case(8,7) nmod:with(6,8) "
                        + "punct(1,9) root(-1,1)"))
                .containsExactly(tuple("082", "KEN", "UGA", "called off a strike"));
    }

    @Test
    void theWithPartyHungBesideTheTalksIsStillTheirOtherSide() {
        assertThat(coded("Kenya/NNP/Kenya/LOCATION called/VBD/call off/RP a/DT strike/NN after/IN deliberations/NNS/deliberation "
                        + "with/IN Uganda/NNP/Uganda/LOCATION ./.",
                "nsubj(1,0) compound:prt(1,2) det(4,3) obj(1,4) case(6,5) nmod:after(4,6) case(8,7) nmod:with(4,8) "
                        + "punct(1,9) root(-1,1)"))
                .containsExactly(tuple("082", "KEN", "UGA", "called off a strike"));
    }

    @Test
    void theAccuserOfAPassiveAccusationMayBeHungOnAParticipleInsideTheWrong() {
        assertThat(coded("Kenya/NNP/Kenya/LOCATION was/VBD/be accused/VBN/accuse of/IN misusing/VBG/misuse aid/NN ,/, "
                        + "much/RB of/IN it/PRP stolen/VBN/steal ,/, by/IN Uganda/NNP/Uganda/LOCATION ./.",
                "nsubj:pass(2,0) aux:pass(2,1) mark(4,3) advcl:of(2,4) obj(4,5) punct(7,6) appos(5,7) case(9,8) "
                        + "nmod:of(7,9) acl(7,10) punct(13,11) case(13,12) obl:agent(10,13) punct(2,14) root(-1,2)"))
                .containsExactly(tuple("112", "UGA", "KEN", "accused"));
    }

    @Test
    void aByPhraseOnAPlainNounOfTheWrongNamesTheAccuser() {
        assertThat(coded("Kenya/NNP/Kenya/LOCATION was/VBD/be accused/VBN/accuse of/IN misusing/VBG/misuse funds/NNS/fund "
                        + "by/IN Uganda/NNP/Uganda/LOCATION ./.",
                "nsubj:pass(2,0) aux:pass(2,1) case(5,3) amod(5,4) obl:of(2,5) case(7,6) nmod:by(5,7) punct(2,8) root(-1,2)"))
                .containsExactly(tuple("112", "UGA", "KEN", "accused"));
    }

    @Test
    void workStoppedInAStrikeOverALawIsAgainstWhoeverPassedIt() {
        assertThat(coded("Kenyan/JJ/Kenyan/MISC workers/NNS/worker stopped/VBD/stop work/NN in/IN a/DT strike/NN over/IN "
                        + "a/DT law/NN passed/VBN/pass by/IN Uganda/NNP/Uganda/LOCATION ./.",
                "amod(1,0) nsubj(2,1) obj(2,3) case(6,4) det(6,5) obl:in(2,6) case(9,7) det(9,8) nmod:over(6,9) "
                        + "acl(9,10) case(12,11) obl:by(10,12) punct(2,13) root(-1,2)"))
                .containsExactly(tuple("143", "KENLAB", "UGA", "stopped work"));
    }

    @Test
    void cyberAttacksAreCoercionNotArmedAttacks() {
        assertThat(coded("Iran/NNP/Iran/LOCATION launched/VBD/launch cyber/JJ/cyber attacks/NNS/attack against/IN "
                        + "Israel/NNP/Israel/LOCATION ./.",
                "nsubj(1,0) amod(3,2) obj(1,3) case(5,4) obl:against(1,5) punct(1,6) root(-1,1)"))
                .containsExactly(tuple("176", "IRN", "ISR", "launched cyber attacks"));
    }

    @Test
    void defacedWebSitesAreACyberAttackByHackers() {
        assertThat(coded("Iranian/JJ/Iranian/MISC hackers/NNS/hacker defaced/VBD/deface Israeli/JJ/Israeli/MISC "
                        + "web/NN sites/NNS/site ./.",
                "amod(1,0) nsubj(2,1) amod(5,3) compound(5,4) obj(2,5) punct(2,6) root(-1,2)"))
                .containsExactly(tuple("176", "IRNCRM", "ISR", "defaced Israeli web sites"));
    }

    @Test
    void anArrestForSpyingIsTheAccusationOfTheStateWhereItHappened() {
        assertThat(coded("A/DT Kenyan/JJ/Kenyan/MISC student/NN was/VBD/be arrested/VBN/arrest in/IN Uganda/NNP/Uganda/LOCATION "
                        + "for/IN spying/VBG/spy for/IN Sudan/NNP/Sudan/LOCATION ./.",
                "det(2,0) amod(2,1) nsubj:pass(4,2) aux:pass(4,3) case(6,5) obl:in(4,6) mark(8,7) advcl:for(4,8) "
                        + "case(10,9) obl:for(8,10) punct(4,11) root(-1,4)"))
                .containsExactly(tuple("1125", "UGA", "KENEDU", "arrested"));
    }

    @Test
    void anAgentlessArrestForOrdinaryCrimeHasNoActor() {
        assertThat(coded("A/DT Kenyan/JJ/Kenyan/MISC student/NN was/VBD/be arrested/VBN/arrest in/IN Uganda/NNP/Uganda/LOCATION "
                        + "for/IN theft/NN ./.",
                "det(2,0) amod(2,1) nsubj:pass(4,2) aux:pass(4,3) case(6,5) obl:in(4,6) case(8,7) obl:for(4,8) "
                        + "punct(4,9) root(-1,4)"))
                .isEmpty();
    }

    @Test
    void weaponsMadeToUseAgainstAPartyThreatenIt() {
        assertThat(coded("Kenya/NNP/Kenya/LOCATION is/VBZ/be building/VBG/build bombs/NNS/bomb to/TO use/VB against/IN "
                        + "Uganda/NNP/Uganda/LOCATION ./.",
                "nsubj(2,0) aux(2,1) obj(2,3) nsubj:xsubj(5,3) mark(5,4) xcomp(2,5) case(7,6) obl:against(5,7) "
                        + "punct(2,8) root(-1,2)"))
                .containsExactly(tuple("138", "KEN", "UGA", "building bombs"));
    }

    @Test
    void chemicalWeaponsForUseAgainstAPartyThreatenItWithMassDestruction() {
        assertThat(coded("Kenya/NNP/Kenya/LOCATION is/VBZ/be making/VBG/make chemical/JJ weapons/NNS/weapon for/IN use/NN "
                        + "against/IN Uganda/NNP/Uganda/LOCATION ./.",
                "nsubj(2,0) aux(2,1) amod(4,3) obj(2,4) case(6,5) nmod:for(4,6) case(8,7) nmod:against(6,8) "
                        + "punct(2,9) root(-1,2)"))
                .containsExactly(tuple("1385", "KEN", "UGA", "making chemical weapons"));
    }

    @Test
    void weaponsMadeForNoNamedPartyAreNoEvent() {
        assertThat(coded("Kenya/NNP/Kenya/LOCATION is/VBZ/be building/VBG/build bombs/NNS/bomb ./.",
                "nsubj(2,0) aux(2,1) obj(2,3) punct(2,4) root(-1,2)"))
                .isEmpty();
    }

    @Test
    void thePartySpiedForIsNotTheAccused() {
        assertThat(HandParsed.code("A/DT missionary/JJ was/VBD/be arrested/VBN/arrest in/IN Uganda/NNP/Uganda/LOCATION "
                        + "for/IN collaborating/VBG/collaborate with/IN Sudan/NNP/Sudan/LOCATION ./.",
                "det(1,0) nsubj:pass(3,1) aux:pass(3,2) case(5,4) obl:in(3,5) case(7,6) obl:for(3,7) case(9,8) "
                        + "nmod:with(7,9) punct(3,10) root(-1,3)"))
                .extracting(EventMention::code, e -> e.source().code(), EventMention::target)
                .containsExactly(tuple("1125", "UGA", null));
    }

    @Test
    void aPlaceEndingCoordinatedActsIsWhereTheEasingIsDone() {
        assertThat(coded("Egypt/NNP/Egypt/LOCATION took/VBD/take steps/NNS/step to/TO enhance/VB freedoms/NNS/freedom and/CC "
                        + "promote/VB tolerance/NN in/IN Sudan/NNP/Sudan/LOCATION ./.",
                "nsubj(1,0) obj(1,2) nsubj:xsubj(4,2) mark(4,3) xcomp(1,4) obj(4,5) cc(7,6) conj:and(4,7) xcomp(1,7) "
                        + "obj(7,8) case(10,9) obl:in(7,10) punct(1,11) root(-1,1)"))
                .containsExactly(tuple("0811", "EGY", "SDN", "enhance freedoms"));
    }
}
