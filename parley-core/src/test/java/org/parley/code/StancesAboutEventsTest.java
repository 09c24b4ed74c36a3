package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.fixtures.Fixture;
import org.parley.model.AnnotatedDocument;
import org.parley.model.EventMention;
import org.parley.model.Mood;

/**
 * Events about other events on hand-built parses: demands binding their clause's subject, wishes
 * about another's act, intent and threat, negated promises as refusals, allegations as accusations.
 */
class StancesAboutEventsTest {
    private static final EventCoder CODER = EventCoder.withDefaults();

    private static List<EventMention> code(String tokens, String arcs) {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(tokens, arcs).build();
        return CODER.code(doc);
    }

    private static String target(EventMention e) {
        return e.target() == null ? null : e.target().code();
    }

    @Test
    void aDemandThatAnotherActBindsTheSubjectOfTheClause() {
        List<EventMention> events = code(
                "Chad/NNP/Chad/LOCATION demanded/VBD/demand that/IN Libya/NNP/Libya/LOCATION withdraw/VB ./.",
                "nsubj(1,0) ccomp(1,4) mark(4,2) nsubj(4,3) punct(1,5) root(-1,1)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), StancesAboutEventsTest::target,
                        e -> e.trigger().text(), EventMention::mood)
                .containsExactly(
                        tuple("1056", "TCD", "LBY", "demanded", Mood.ASSERTED),
                        tuple("0874", "LBY", null, "withdraw", Mood.REQUESTED));
    }

    @Test
    void aDemandNounStatesItsContentClause() {
        List<EventMention> events = code(
                "Egypt/NNP/Egypt/LOCATION reiterated/VBD/reiterate its/PRP$/its demand/NN that/IN Israel/NNP/Israel/LOCATION "
                        + "withdraw/VB ./.",
                "nsubj(1,0) obj(1,3) nmod:poss(3,2) ccomp(3,6) mark(6,4) nsubj(6,5) punct(1,7) root(-1,1)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), StancesAboutEventsTest::target,
                        e -> e.trigger().text(), EventMention::mood)
                .containsExactly(
                        tuple("1056", "EGY", "ISR", "reiterated its demand", Mood.ASSERTED),
                        tuple("0874", "ISR", null, "withdraw", Mood.REQUESTED));
    }

    @Test
    void insistingOnADemandBindsTheSubjectOfItsContentClause() {
        List<EventMention> events = code(
                "Chad/NNP/Chad/LOCATION insisted/VBD/insist on/IN its/PRP$/its demand/NN that/IN Libya/NNP/Libya/LOCATION "
                        + "withdraw/VB ./.",
                "nsubj(1,0) obl:on(1,4) case(4,2) nmod:poss(4,3) ccomp(4,7) mark(7,5) nsubj(7,6) punct(1,8) root(-1,1)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), StancesAboutEventsTest::target,
                        e -> e.trigger().text(), EventMention::mood)
                .containsExactly(
                        tuple("1056", "TCD", "LBY", "insisted", Mood.ASSERTED),
                        tuple("0874", "LBY", null, "withdraw", Mood.REQUESTED));
    }

    @Test
    void aCallForAPartyToActBindsThatParty() {
        List<EventMention> events = code(
                "Egypt/NNP/Egypt/LOCATION called/VBD/call for/IN Israel/NNP/Israel/LOCATION to/TO withdraw/VB ./.",
                "nsubj(1,0) advcl:to(1,5) mark(5,2) nsubj(5,3) mark(5,4) punct(1,6) root(-1,1)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), StancesAboutEventsTest::target,
                        e -> e.trigger().text(), EventMention::mood)
                .containsExactly(
                        tuple("0256", "EGY", "ISR", "called", Mood.ASSERTED),
                        tuple("0874", "ISR", null, "withdraw", Mood.REQUESTED));
    }

    @Test
    void aCallNounForAPartyToActBindsThatParty() {
        List<EventMention> events = code(
                "Egypt/NNP/Egypt/LOCATION renewed/VBD/renew its/PRP$/its call/NN for/IN Israel/NNP/Israel/LOCATION to/TO "
                        + "withdraw/VB ./.",
                "nsubj(1,0) obj(1,3) nmod:poss(3,2) acl:to(3,7) mark(7,4) nsubj(7,5) mark(7,6) punct(1,8) root(-1,1)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), StancesAboutEventsTest::target,
                        e -> e.trigger().text(), EventMention::mood)
                .containsExactly(
                        tuple("0256", "EGY", "ISR", "renewed its call", Mood.ASSERTED),
                        tuple("0874", "ISR", null, "withdraw", Mood.REQUESTED));
    }

    @Test
    void wantingAnotherPartyToActIsAnAppealToIt() {
        List<EventMention> events = code(
                "Germany/NNP/Germany/LOCATION wants/VBZ/want Poland/NNP/Poland/LOCATION to/TO attack/VB "
                        + "Belarus/NNP/Belarus/LOCATION ./.",
                "nsubj(1,0) obj(1,2) xcomp(1,4) mark(4,3) nsubj:xsubj(4,2) obj(4,5) punct(1,6) root(-1,1)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), StancesAboutEventsTest::target,
                        e -> e.trigger().text(), EventMention::mood)
                .containsExactly(
                        tuple("020", "DEU", "POL", "wants", Mood.ASSERTED),
                        tuple("190", "POL", "BLR", "attack", Mood.REQUESTED));
    }

    @Test
    void wantingToAttackIsAThreatOfForce() {
        List<EventMention> events = code(
                "Japan/NNP/Japan/LOCATION wants/VBZ/want to/TO attack/VB China/NNP/China/LOCATION ./.",
                "nsubj(1,0) xcomp(1,3) mark(3,2) nsubj:xsubj(3,0) obj(3,4) punct(1,5) root(-1,1)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), StancesAboutEventsTest::target,
                        e -> e.trigger().text(), EventMention::mood)
                .containsExactly(
                        tuple("190", "JPN", "CHN", "attack", Mood.INTENDED),
                        tuple("138", "JPN", "CHN", "attack", Mood.ASSERTED));
    }

    @Test
    void aHostileActStatedAsFutureIsAThreat() {
        List<EventMention> events = code(
                "Iran/NNP/Iran/LOCATION will/MD/will attack/VB Iraq/NNP/Iraq/LOCATION ./.",
                "nsubj(2,0) aux(2,1) obj(2,3) punct(2,4) root(-1,2)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), StancesAboutEventsTest::target,
                        e -> e.trigger().text(), EventMention::mood)
                .containsExactly(
                        tuple("190", "IRN", "IRQ", "attack", Mood.INTENDED),
                        tuple("138", "IRN", "IRQ", "attack", Mood.ASSERTED));
    }

    @Test
    void planningToMeetIsAnIntentToMeet() {
        List<EventMention> events = code(
                "Japan/NNP/Japan/LOCATION plans/VBZ/plan to/TO meet/VB China/NNP/China/LOCATION ./.",
                "nsubj(1,0) xcomp(1,3) mark(3,2) nsubj:xsubj(3,0) obj(3,4) punct(1,5) root(-1,1)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), StancesAboutEventsTest::target,
                        EventMention::mood)
                .containsExactly(
                        tuple("040", "JPN", "CHN", Mood.INTENDED),
                        tuple("036", "JPN", "CHN", Mood.ASSERTED));
    }

    @Test
    void aPromiseNegatedIsARefusalAndNotANegatedPromise() {
        List<EventMention> events = code(
                "France/NNP/France/LOCATION would/MD/would not/RB/not provide/VB aid/NN to/TO Spain/NNP/Spain/LOCATION ./.",
                "nsubj(3,0) aux(3,1) advmod(3,2) obj(3,4) obl:to(3,6) case(6,5) punct(3,7) root(-1,3)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), StancesAboutEventsTest::target,
                        e -> e.trigger().text(), EventMention::negated, EventMention::mood)
                .containsExactly(tuple("122", "FRA", "ESP", "provide aid", false, Mood.ASSERTED));
    }

    @Test
    void notBeingWillingToMeetIsARefusalToMeet() {
        List<EventMention> events = code(
                "Spain/NNP/Spain/LOCATION is/VBZ/be not/RB/not willing/JJ/willing to/TO meet/VB Italy/NNP/Italy/LOCATION ./.",
                "nsubj(3,0) cop(3,1) advmod(3,2) xcomp(3,5) mark(5,4) nsubj:xsubj(5,0) obj(5,6) punct(3,7) root(-1,3)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), StancesAboutEventsTest::target,
                        e -> e.trigger().text(), EventMention::negated)
                .containsExactly(tuple("125", "ESP", "ITA", "meet", false));
    }

    @Test
    void aHostileActNegatedStaysNegatedAndIsNoThreat() {
        List<EventMention> events = code(
                "Greece/NNP/Greece/LOCATION will/MD/will not/RB/not attack/VB Turkey/NNP/Turkey/LOCATION ./.",
                "nsubj(3,0) aux(3,1) advmod(3,2) obj(3,4) punct(3,5) root(-1,3)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), StancesAboutEventsTest::target,
                        EventMention::negated, EventMention::mood)
                .containsExactly(tuple("190", "GRC", "TUR", true, Mood.INTENDED));
    }

    @Test
    void anAllegationOfAnAttackIsAnAccusationOfAggression() {
        List<EventMention> events = code(
                "Canada/NNP/Canada/LOCATION claimed/VBD/claim that/IN Russia/NNP/Russia/LOCATION attacked/VBD/attack "
                        + "Ukraine/NNP/Ukraine/LOCATION ./.",
                "nsubj(1,0) ccomp(1,4) mark(4,2) nsubj(4,3) obj(4,5) punct(1,6) root(-1,1)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), StancesAboutEventsTest::target,
                        e -> e.trigger().text())
                .containsExactly(
                        tuple("190", "RUS", "UKR", "attacked"),
                        tuple("1123", "CAN", "RUS", "claimed"));
    }

    @Test
    void claimingOnesOwnAttackIsClaimingResponsibility() {
        List<EventMention> events = code(
                "Russia/NNP/Russia/LOCATION claimed/VBD/claim that/IN Russia/NNP/Russia/LOCATION attacked/VBD/attack "
                        + "Ukraine/NNP/Ukraine/LOCATION ./.",
                "nsubj(1,0) ccomp(1,4) mark(4,2) nsubj(4,3) obj(4,5) punct(1,6) root(-1,1)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), StancesAboutEventsTest::target,
                        e -> e.trigger().text())
                .containsExactly(
                        tuple("190", "RUS", "UKR", "attacked"),
                        tuple("015", "RUS", "UKR", "claimed"));
    }

    @Test
    void merelySayingThatAnotherAttackedAccusesNoOne() {
        List<EventMention> events = code(
                "Canada/NNP/Canada/LOCATION said/VBD/say that/IN Russia/NNP/Russia/LOCATION attacked/VBD/attack "
                        + "Ukraine/NNP/Ukraine/LOCATION ./.",
                "nsubj(1,0) ccomp(1,4) mark(4,2) nsubj(4,3) obj(4,5) punct(1,6) root(-1,1)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), StancesAboutEventsTest::target)
                .containsExactly(tuple("190", "RUS", "UKR"));
    }

    @Test
    void aRefusalOfAPromiseTakesTheRefusalColumnOfItsFamily() {
        assertThat(EmbeddedCodes.refusalOf("070")).isEqualTo("122");
        assertThat(EmbeddedCodes.refusalOf("0354")).isEqualTo("1244");
        assertThat(EmbeddedCodes.refusalOf("030")).isEqualTo("120");
        assertThat(EmbeddedCodes.refusalOf("051")).isEqualTo("120");
        assertThat(EmbeddedCodes.refusalOf("0841")).isEqualTo("1243");
    }
}
