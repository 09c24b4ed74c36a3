package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.fixtures.Fixture;
import org.parley.model.AnnotatedDocument;
import org.parley.model.EventMention;
import org.parley.model.Mood;

/** Events about other events: intent, appeal, demand, refusal and threat, and stated futures. */
class EmbeddedEventsTest {
    private static final EventCoder CODER = EventCoder.withDefaults();

    @Test
    void theMatrixCodeIsRefinedByTheEmbeddedEventsRoot() {
        assertThat(EmbeddedCodes.refine("030", "085")).contains("0354");
        assertThat(EmbeddedCodes.refine("030", "046")).contains("036");
        assertThat(EmbeddedCodes.refine("030", "045")).contains("039");
        assertThat(EmbeddedCodes.refine("020", "046")).contains("026");
        assertThat(EmbeddedCodes.refine("100", "0871")).contains("1056");
        assertThat(EmbeddedCodes.refine("120", "0841")).contains("1243");
        assertThat(EmbeddedCodes.refine("120", "040")).contains("125");
        assertThat(EmbeddedCodes.refine("130", "161")).contains("1313");
        assertThat(EmbeddedCodes.refine("130", "190")).contains("138");
        assertThat(EmbeddedCodes.refine("130", "194")).contains("1384");
        assertThat(EmbeddedCodes.refine("130", "1723")).contains("1323");
    }

    @Test
    void pairsTheCodebookDoesNotSubdivideKeepTheMatrixCode() {
        assertThat(EmbeddedCodes.refine("120", "051")).isEmpty();
        assertThat(EmbeddedCodes.refine("130", "042")).isEmpty();
        assertThat(EmbeddedCodes.refine("030", "190")).isEmpty();
        assertThat(EmbeddedCodes.refine("042", "040")).isEmpty();
        assertThat(EmbeddedCodes.isRefinable("036")).isFalse();
    }

    @Test
    void anOfferToMeetIsIntentToMeetWithTheOtherPartyOfTheMeeting() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Libya/NNP/Libya/LOCATION offered/VBD/offer to/TO meet/VB Britain/NNP/Britain/LOCATION ./.",
                "nsubj(1,0) xcomp(1,3) mark(3,2) nsubj:xsubj(3,0) obj(3,4) punct(1,5) root(-1,1)").build();

        List<EventMention> events = CODER.code(doc);

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), e -> e.target().code(), EventMention::mood)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("036", "LBY", "GBR", Mood.ASSERTED),
                        org.assertj.core.groups.Tuple.tuple("040", "LBY", "GBR", Mood.INTENDED));
    }

    @Test
    void aThreatToAttackIsAThreatOfMilitaryForceAgainstTheAttacked() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Iran/NNP/Iran/LOCATION threatened/VBD/threaten to/TO attack/VB Iraq/NNP/Iraq/LOCATION ./.",
                "nsubj(1,0) xcomp(1,3) mark(3,2) nsubj:xsubj(3,0) obj(3,4) punct(1,5) root(-1,1)").build();

        EventMention threat = CODER.code(doc).get(0);

        assertThat(threat.code()).isEqualTo("138");
        assertThat(threat.target().code()).isEqualTo("IRQ");
        assertThat(threat.trigger().text()).isEqualTo("threatened");
    }

    @Test
    void anOfferWhoseComplementIsNoEventTakesItsTargetFromTheComplement() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Libya/NNP/Libya/LOCATION offered/VBD/offer to/TO ship/VB grain/NN to/TO Britain/NNP/Britain/LOCATION ./.",
                "nsubj(1,0) xcomp(1,3) mark(3,2) nsubj:xsubj(3,0) obj(3,4) obl:to(3,6) case(6,5) punct(1,7) root(-1,1)")
                .build();

        EventMention offer = CODER.code(doc).get(0);

        assertThat(offer.code()).isEqualTo("030");
        assertThat(offer.source().code()).isEqualTo("LBY");
        assertThat(offer.target().code()).isEqualTo("GBR");
    }

    @Test
    void aStatedFutureCooperativeEventIsAlsoAnExpressionOfIntent() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Egypt/NNP/Egypt/LOCATION will/MD visit/VB Jordan/NNP/Jordan/LOCATION ./.",
                "nsubj(2,0) aux(2,1) obj(2,3) punct(2,4) root(-1,2)").build();

        List<EventMention> events = CODER.code(doc);

        assertThat(events).extracting(EventMention::code, e -> e.target().code(), EventMention::mood)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("042", "JOR", Mood.INTENDED),
                        org.assertj.core.groups.Tuple.tuple("036", "JOR", Mood.ASSERTED));
    }

    @Test
    void aSymmetricEventAmongCoordinatedSubjectsGoesBothWays() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Egypt/NNP/Egypt/LOCATION and/CC Jordan/NNP/Jordan/LOCATION met/VBD/meet ./.",
                "nsubj(3,0) cc(2,1) conj:and(0,2) nsubj(3,2) punct(3,4) root(-1,3)").build();

        List<EventMention> events = CODER.code(doc);

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), e -> e.target().code())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("040", "EGY", "JOR"),
                        org.assertj.core.groups.Tuple.tuple("040", "JOR", "EGY"));
    }

    @Test
    void beingWillingToWithdrawIsIntentToDeEscalate() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Syria/NNP/Syria/LOCATION is/VBZ/be willing/JJ/willing to/TO withdraw/VB from/IN Lebanon/NNP/Lebanon/LOCATION ./.",
                "nsubj(2,0) cop(2,1) xcomp(2,4) mark(4,3) nsubj:xsubj(4,0) obl:from(4,6) case(6,5) punct(2,7) root(-1,2)")
                .build();

        List<EventMention> events = CODER.code(doc);

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), EventMention::mood)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("0874", "SYR", Mood.INTENDED),
                        org.assertj.core.groups.Tuple.tuple("0356", "SYR", Mood.ASSERTED));
    }

    @Test
    void aCurfewLiftedInAPlaceHasThePlaceAsTarget() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Serbia/NNP/Serbia/LOCATION lifted/VBD/lift a/DT curfew/NN in/IN Montenegro/NNP/Montenegro/LOCATION ./.",
                "nsubj(1,0) obj(1,3) det(3,2) nmod:in(3,5) case(5,4) punct(1,6) root(-1,1)").build();

        EventMention lifted = CODER.code(doc).get(0);

        assertThat(lifted.code()).isEqualTo("0813");
        assertThat(lifted.source().code()).isEqualTo("SRB");
        assertThat(lifted.target().code()).isEqualTo("MNE");
    }
}
