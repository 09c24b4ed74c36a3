package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.EventMention;
import org.parley.model.Mood;

/**
 * On hand-built parses: cooperative acts failed or refused are refusals, not the acts
 * ({@link Failures}); withheld permission is a refusal to yield; an occasion's place names the host
 * of a visit and the party of sympathy or of a claim of responsibility ({@link Occasions}).
 */
class FailuresAndOccasionsTest {

    private static String target(EventMention e) {
        return e.target() == null ? null : e.target().code();
    }

    @Test
    void failingToReachAnAgreementIsARejectionByEachParty() {
        List<EventMention> events = HandParsed.code(
                "Iran/NNP/Iran/LOCATION and/CC Iraq/NNP/Iraq/LOCATION failed/VBD/fail to/TO reach/VB/reach "
                        + "an/DT agreement/NN/agreement ./.",
                "nsubj(3,0) cc(2,1) conj:and(0,2) xcomp(3,5) mark(5,4) nsubj:xsubj(5,0) obj(5,7) det(7,6) punct(3,8) root(-1,3)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), FailuresAndOccasionsTest::target,
                        e -> e.trigger().text(), EventMention::negated, EventMention::mood)
                .containsExactly(
                        tuple("120", "IRN", null, "reach an agreement", false, Mood.ASSERTED),
                        tuple("120", "IRQ", null, "reach an agreement", false, Mood.ASSERTED));
    }

    @Test
    void refusingToSignIsTheRefusalOnlyNotANegatedSigning() {
        List<EventMention> events = HandParsed.code(
                "Russia/NNP/Russia/LOCATION refused/VBD/refuse to/TO sign/VB/sign the/DT treaty/NN/treaty "
                        + "with/IN Ukraine/NNP/Ukraine/LOCATION ./.",
                "nsubj(1,0) xcomp(1,3) mark(3,2) nsubj:xsubj(3,0) obj(3,5) det(5,4) obl:with(3,7) case(7,6) punct(1,8) root(-1,1)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), FailuresAndOccasionsTest::target,
                        e -> e.trigger().text(), EventMention::negated)
                .containsExactly(tuple("120", "RUS", "UKR", "refused", false));
    }

    @Test
    void notGivingPermissionToAPartyIsARefusalToYieldToIt() {
        EventMention e = HandParsed.only(
                "Russia/NNP/Russia/LOCATION would/MD/would not/RB/not give/VB/give permission/NN/permission "
                        + "to/IN Turkey/NNP/Turkey/LOCATION ./.",
                "nsubj(3,0) aux(3,1) advmod(3,2) obj(3,4) obl:to(3,6) case(6,5) punct(3,7) root(-1,3)");

        assertThat(tuple(e.code(), e.source().code(), target(e), e.trigger().text(), e.negated(), e.mood()))
                .isEqualTo(tuple("124", "RUS", "TUR", "give permission", false, Mood.ASSERTED));
    }

    @Test
    void attendingANamedOccasionIsAVisitToTheCountryOfItsPlace() {
        List<EventMention> events = HandParsed.code(
                "Kenya/NNP/Kenya/LOCATION attended/VBD/attend the/DT Tokyo/NNP/Tokyo/LOCATION Olympics/NNPS/Olympics ./.",
                "nsubj(1,0) obj(1,4) det(4,2) compound(4,3) punct(1,5) root(-1,1)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), FailuresAndOccasionsTest::target,
                        e -> e.target().text(), e -> e.trigger().text())
                .containsExactly(tuple("042", "KEN", "JPN", "Tokyo", "attended the Tokyo Olympics"));
    }

    @Test
    void sympathyForAnAttackAddressesTheCountryWhereItHappened() {
        EventMention e = HandParsed.only(
                "Kenya/NNP/Kenya/LOCATION expressed/VBD/express condolences/NNS/condolence for/IN the/DT "
                        + "bombing/NN/bombing in/IN Paris/NNP/Paris/LOCATION ./.",
                "nsubj(1,0) obj(1,2) nmod:for(2,5) case(5,3) det(5,4) nmod:in(5,7) case(7,6) punct(1,8) root(-1,1)");

        assertThat(tuple(e.code(), e.source().code(), target(e), e.target().text(), e.trigger().text()))
                .isEqualTo(tuple("018", "KEN", "FRA", "Paris", "expressed condolences"));
    }

    @Test
    void aClaimOfResponsibilityAddressesTheCountryOfTheAttack() {
        EventMention e = HandParsed.only(
                "Somali/JJ/somali/MISC militants/NNS/militant claimed/VBD/claim responsibility/NN/responsibility "
                        + "for/IN an/DT attack/NN/attack at/IN a/DT hotel/NN/hotel in/IN Nairobi/NNP/Nairobi/LOCATION ./.",
                "amod(1,0) nsubj(2,1) obj(2,3) nmod:for(3,6) case(6,4) det(6,5) nmod:at(6,9) case(9,7) det(9,8) "
                        + "nmod:in(9,11) case(11,10) punct(2,12) root(-1,2)");

        assertThat(tuple(e.code(), e.source().code(), target(e), e.target().text(), e.trigger().text()))
                .isEqualTo(tuple("015", "SOMREB", "KEN", "Nairobi", "claimed responsibility"));
    }

    @Test
    void theTopicOfASummitIsNotItsHost() {
        List<EventMention> events = HandParsed.code(
                "Kenya/NNP/Kenya/LOCATION attended/VBD/attend a/DT summit/NN/summit on/IN the/DT crisis/NN/crisis "
                        + "in/IN Syria/NNP/Syria/LOCATION ./.",
                "nsubj(1,0) obj(1,3) det(3,2) nmod:on(3,6) case(6,4) det(6,5) nmod:in(6,8) case(8,7) punct(1,9) root(-1,1)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), FailuresAndOccasionsTest::target)
                .containsExactly(tuple("042", "KEN", null));
    }

    @Test
    void withholdingPermissionForAPartyToActIsARefusalToYieldToThatParty() {
        List<EventMention> events = HandParsed.code(
                "Russia/NNP/Russia/LOCATION would/MD/would not/RB/not give/VB/give permission/NN/permission "
                        + "to/IN Turkey/NNP/Turkey/LOCATION to/TO help/VB/help Iraq/NNP/Iraq/LOCATION ./.",
                "nsubj(3,0) aux(3,1) advmod(3,2) obj(3,4) mark(9,5) nsubj(9,6) mark(9,7) acl:to(4,9) obj(9,10) "
                        + "punct(3,11) root(-1,3)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), FailuresAndOccasionsTest::target,
                        e -> e.trigger().text(), EventMention::negated, EventMention::mood)
                .containsExactly(tuple("124", "RUS", "TUR", "give permission", false, Mood.ASSERTED));
    }

    @Test
    void filingCriminalChargesAgainstAPersonIsLegalActionNotALawsuit() {
        EventMention e = HandParsed.only(
                "Kenya/NNP/Kenya/LOCATION filed/VBD/file charges/NNS/charge against/IN "
                        + "Somali/JJ/somali/MISC militants/NNS/militant ./.",
                "nsubj(1,0) obj(1,2) nmod:against(2,5) case(5,3) amod(5,4) punct(1,6) root(-1,1)");

        assertThat(tuple(e.code(), e.source().code(), target(e), e.trigger().text()))
                .isEqualTo(tuple("173", "KEN", "SOMREB", "filed charges"));
    }
}
