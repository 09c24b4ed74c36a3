package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.EventMention;
import org.parley.model.Mood;

/**
 * On hand-built parses: a pronoun whose antecedent is a passive subject ({@link Antecedents}),
 * expulsion by phrasal verbs ({@link Particles}, {@link Expulsions}), the errand of people sent
 * ({@link Errands}), events one engages in or stays on ({@link LightVerbs}), participles of stance
 * ({@link StativePassives}) and attempted assassinations ({@link Attempts}, {@link ForceAgents}).
 */
class ErrandsAndExpulsionsTest {

    private static String target(EventMention e) {
        return e.target() == null ? null : e.target().code();
    }

    @Test
    void heAfterAPassiveSubjectIsThatPersonReadyToHostAMeetingBetweenTwoParties() {
        List<EventMention> events = HandParsed.code(
                "King/NNP/King Abdullah/NNP/Abdullah/PERSON of/IN Jordan/NNP/Jordan/LOCATION was/VBD/be "
                        + "quoted/VBN/quote as/IN saying/VBG/say he/PRP/he would/MD/would be/VB/be ready/JJ/ready "
                        + "to/TO host/VB/host a/DT meeting/NN/meeting between/IN Syria/NNP/Syria/LOCATION "
                        + "and/CC Israel/NNP/Israel/LOCATION ./.",
                "compound(1,0) nsubj:pass(5,1) case(3,2) nmod:of(1,3) aux:pass(5,4) root(-1,5) mark(11,6) "
                        + "discourse(11,7) nsubj(11,8) nsubj:xsubj(13,8) aux(11,9) cop(11,10) advcl:as(5,11) "
                        + "mark(13,12) xcomp(11,13) det(15,14) obj(13,15) case(17,16) nmod:between(15,17) "
                        + "cc(19,18) nmod:between(15,19) conj:and(17,19) punct(5,20)");

        assertThat(events).filteredOn(e -> e.code().equals("036"))
                .extracting(e -> e.source().country(), ErrandsAndExpulsionsTest::target, e -> e.trigger().text(),
                        EventMention::mood)
                .containsExactly(tuple("JOR", "SYR", "host a meeting", Mood.ASSERTED),
                        tuple("JOR", "ISR", "host a meeting", Mood.ASSERTED));
    }

    @Test
    void orderingAnAmbassadorOutOfTheCountryExpelsADiplomat() {
        EventMention e = HandParsed.only(
                "Niger/NNP/Niger/LOCATION ordered/VBD/order the/DT French/JJ/French/NATIONALITY "
                        + "ambassador/NN/ambassador out/IN/out of/IN the/DT country/NN/country ./.",
                "nsubj(1,0) root(-1,1) det(4,2) amod(4,3) obj(1,4) case(8,5) fixed(5,6) det(8,7) obl:out_of(1,8) punct(1,9)");

        assertThat(tuple(e.code(), e.source().code(), target(e), e.trigger().text()))
                .isEqualTo(tuple("161", "NER", "FRAGOV", "ordered the French ambassador"));
    }

    @Test
    void forcingAnAgencyOutOfTheCountryExpelsAnAidAgencyNotTheSourcesOwnPeople() {
        EventMention e = HandParsed.only(
                "Sudan/NNP/Sudan/LOCATION forced/VBD/force the/DT U.N./NNP/U.N./ORGANIZATION refugee/NN/refugee "
                        + "agency/NN/agency out/IN/out of/IN Darfur/NNP/Darfur/LOCATION ./.",
                "nsubj(1,0) root(-1,1) det(5,2) compound(5,3) compound(5,4) obj(1,5) case(8,6) fixed(6,7) "
                        + "obl:out_of(1,8) punct(1,9)");

        assertThat(tuple(e.code(), e.source().code(), target(e), e.trigger().text()))
                .isEqualTo(tuple("1663", "SDN", "IGOUNOHCR", "forced"));
    }

    @Test
    void drivingRebelsOutOfATownExpelsThem() {
        EventMention e = HandParsed.only(
                "Rwanda/NNP/Rwanda/LOCATION drove/VBD/drive Burundian/JJ/Burundian/NATIONALITY rebels/NNS/rebel "
                        + "out/IN/out of/IN the/DT town/NN/town ./.",
                "nsubj(1,0) root(-1,1) amod(3,2) obj(1,3) case(7,4) fixed(4,5) det(7,6) obl:out_of(1,7) punct(1,8)");

        assertThat(tuple(e.code(), e.source().code(), target(e), e.trigger().text()))
                .isEqualTo(tuple("174", "RWA", "BDIREB", "drove"));
    }

    @Test
    void walkingOutOfTalksIsNotAnExpulsion() {
        List<EventMention> events = HandParsed.code(
                "Syria/NNP/Syria/LOCATION walked/VBD/walk out/IN/out of/IN the/DT talks/NNS/talk with/IN "
                        + "Israel/NNP/Israel/LOCATION ./.",
                "nsubj(1,0) root(-1,1) case(5,2) fixed(2,3) det(5,4) obl:out_of(1,5) case(7,6) nmod:with(5,7) punct(1,8)");

        assertThat(events).extracting(EventMention::code).doesNotContain("174");
    }

    @Test
    void peopleSentSomewhereToInvestigateMakeTheSenderInvestigateThatCountry() {
        EventMention e = HandParsed.only(
                "Egypt/NNP/Egypt/LOCATION sent/VBD/send a/DT team/NN/team to/IN Libya/NNP/Libya/LOCATION "
                        + "on/IN Monday/NNP/Monday/DATE to/TO investigate/VB/investigate the/DT situation/NN/situation ./.",
                "nsubj(1,0) root(-1,1) det(3,2) obj(1,3) case(5,4) obl:to(1,5) mark(9,6) nsubj(9,7) mark(9,8) "
                        + "advcl:to(1,9) det(11,10) obj(9,11) punct(1,12)");

        assertThat(tuple(e.code(), e.source().code(), target(e), e.trigger().text()))
                .isEqualTo(tuple("090", "EGY", "LBY", "investigate"));
    }

    @Test
    void forcesEngagedInEthnicCleansingCommitIt() {
        EventMention e = HandParsed.only(
                "Sudanese/JJ/Sudanese/NATIONALITY troops/NNS/troops were/VBD/be engaged/VBN/engage in/IN "
                        + "ethnic/JJ/ethnic cleansing/NN/cleansing against/IN Chadian/JJ/Chadian/NATIONALITY "
                        + "civilians/NNS/civilian ./.",
                "amod(1,0) nsubj:pass(3,1) aux:pass(3,2) root(-1,3) case(6,4) amod(6,5) obl:in(3,6) case(9,7) "
                        + "amod(9,8) obl:against(3,9) punct(3,10)");

        assertThat(tuple(e.code(), e.source().code(), target(e), e.trigger().text()))
                .isEqualTo(tuple("203", "SDNMIL", "TCDCVL", "engaged in ethnic cleansing"));
    }

    @Test
    void attemptingToAssassinateIsTheAttempt() {
        EventMention e = HandParsed.only(
                "Colombian/JJ/Colombian/NATIONALITY rebels/NNS/rebel attempted/VBD/attempt to/TO "
                        + "assassinate/VB/assassinate the/DT Venezuelan/JJ/Venezuelan/NATIONALITY president/NN/president ./.",
                "amod(1,0) nsubj(2,1) root(-1,2) mark(4,3) xcomp(2,4) nsubj:xsubj(4,1) det(7,5) amod(7,6) obj(4,7) punct(2,8)");

        assertThat(tuple(e.code(), e.source().code(), target(e), e.trigger().text()))
                .isEqualTo(tuple("185", "COLREB", "VENGOV", "assassinate"));
    }

    @Test
    void aFoiledAttemptToAssassinateWithNoAttackerIsByUnidentifiedForcesOfThePlace() {
        EventMention e = HandParsed.only(
                "An/DT attempt/NN/attempt to/TO assassinate/VB/assassinate the/DT Peruvian/JJ/Peruvian/NATIONALITY "
                        + "president/NN/president was/VBD/be foiled/VBN/foil in/IN Lima/NNP/Lima/LOCATION ./.",
                "det(1,0) nsubj:pass(8,1) mark(3,2) acl:to(1,3) det(6,4) amod(6,5) obj(3,6) aux:pass(8,7) root(-1,8) "
                        + "case(10,9) obl:in(8,10) punct(8,11)");

        assertThat(tuple(e.code(), e.source().code(), target(e), e.trigger().text()))
                .isEqualTo(tuple("185", "PERUAF", "PERGOV", "assassinate"));
    }

    @Test
    void troopsRemainingOnAlertInAPlaceRaiseTheirAlertStatusAgainstIt() {
        EventMention e = HandParsed.only(
                "Indian/JJ/Indian/NATIONALITY troops/NNS/troops remained/VBD/remain on/IN alert/NN/alert "
                        + "in/IN Kashmir/NNP/Kashmir/LOCATION ./.",
                "amod(1,0) nsubj(2,1) root(-1,2) case(4,3) obl:on(2,4) case(6,5) obl:in(2,6) punct(2,7)");

        assertThat(tuple(e.code(), e.source().code(), e.trigger().text()))
                .isEqualTo(tuple("152", "INDMIL", "remained on alert"));
    }

    @Test
    void aTravelAlertIsNoMilitaryAlert() {
        List<EventMention> events = HandParsed.code(
                "Britain/NNP/Britain/LOCATION kept/VBD/keep its/PRP$/its travel/NN/travel alert/NN/alert "
                        + "on/IN Kenya/NNP/Kenya/LOCATION ./.",
                "nsubj(1,0) root(-1,1) nmod:poss(4,2) compound(4,3) obj(1,4) case(6,5) nmod:on(4,6) punct(1,7)");

        assertThat(events).isEmpty();
    }

    @Test
    void aCountryCommittedToAnActCommitsItself() {
        EventMention e = HandParsed.only(
                "Kenya/NNP/Kenya/LOCATION is/VBZ/be committed/VBN/commit to/IN reforming/VBG/reform "
                        + "its/PRP$/its courts/NNS/court ./.",
                "nsubj:pass(2,0) aux:pass(2,1) root(-1,2) case(4,3) advcl:to(2,4) nmod:poss(6,5) obj(4,6) punct(2,7)");

        assertThat(tuple(e.code(), e.source().code(), e.target(), e.trigger().text()))
                .isEqualTo(tuple("030", "KEN", null, "committed"));
    }
}
