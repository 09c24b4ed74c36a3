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
 * Round 2 of the event rules: obligations stated by a speaker, readiness, conditional threats,
 * light nouns between a support verb and its event noun, participles and purpose clauses.
 */
class StanceRulesTest {
    private static final EventCoder CODER = EventCoder.withDefaults();

    @Test
    void aSpeakerSayingThatAnotherMustActDemandsIt() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Britain/NNP/Britain/LOCATION said/VBD/say Libya/NNP/Libya/LOCATION must/MD lower/VB "
                        + "its/PRP$/its tariffs/NNS/tariff ./.",
                "nsubj(1,0) ccomp(1,4) nsubj(4,2) aux(4,3) nmod:poss(6,5) obj(4,6) punct(1,7) root(-1,1)")
                .build();

        List<EventMention> events = CODER.code(doc);

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), e -> e.target().code(),
                        e -> e.trigger().text(), EventMention::mood)
                .containsExactly(tuple("100", "GBR", "LBY", "said", Mood.ASSERTED));
    }

    @Test
    void theDemandIsRefinedByTheEventTheSpeakerRequires() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Britain/NNP/Britain/LOCATION said/VBD/say Sudan/NNP/Sudan/LOCATION must/MD withdraw/VB "
                        + "its/PRP$/its troops/NNS/troop ./.",
                "nsubj(1,0) ccomp(1,4) nsubj(4,2) aux(4,3) nmod:poss(6,5) obj(4,6) punct(1,7) root(-1,1)")
                .build();

        EventMention demand = CODER.code(doc).get(0);

        assertThat(demand.code()).isEqualTo("1056");
        assertThat(demand.source().code()).isEqualTo("GBR");
        assertThat(demand.target().code()).isEqualTo("SDN");
    }

    @Test
    void aStatementWithoutObligationOrWithoutAnotherPartyIsNoDemand() {
        AnnotatedDocument plain = Fixture.published("2020-01-02").sentence(
                "Britain/NNP/Britain/LOCATION said/VBD/say Libya/NNP/Libya/LOCATION handed/VBD/hand over/RP "
                        + "the/DT suspects/NNS/suspect ./.",
                "nsubj(1,0) ccomp(1,3) nsubj(3,2) compound:prt(3,4) det(6,5) obj(3,6) punct(1,7) root(-1,1)")
                .build();
        AnnotatedDocument itself = Fixture.published("2020-01-02").sentence(
                "Britain/NNP/Britain/LOCATION said/VBD/say it/PRP must/MD act/VB ./.",
                "nsubj(1,0) ccomp(1,4) nsubj(4,2) aux(4,3) punct(1,5) root(-1,1)")
                .build();

        assertThat(CODER.code(plain)).extracting(EventMention::code).doesNotContain("100");
        assertThat(CODER.code(itself)).isEmpty();
    }

    @Test
    void readinessToDoWhatTheLexiconDoesNotListIsIntentTowardTheComplementsParty() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "France/NNP/France/LOCATION is/VBZ/be ready/JJ to/TO contribute/VB troops/NNS/troop "
                        + "to/TO Liberia/NNP/Liberia/LOCATION ./.",
                "nsubj(2,0) cop(2,1) xcomp(2,4) mark(4,3) obj(4,5) case(7,6) obl:to(4,7) punct(2,8) root(-1,2)")
                .build();

        List<EventMention> events = CODER.code(doc);

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), e -> e.target().code(),
                        e -> e.trigger().text())
                .containsExactly(tuple("030", "FRA", "LBR", "ready"));
    }

    @Test
    void aFutureConflictMadeConditionalOnAnotherPartyIsAThreat() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Algeria/NNP/Algeria/LOCATION will/MD boycott/VB the/DT elections/NNS/election unless/IN "
                        + "Morocco/NNP/Morocco/LOCATION withdraws/VBZ/withdraw ./.",
                "nsubj(2,0) aux(2,1) det(4,3) obj(2,4) mark(7,5) nsubj(7,6) advcl(2,7) punct(2,8) root(-1,2)")
                .build();

        EventMention threat = CODER.code(doc).stream().filter(e -> e.trigger().text().startsWith("boycott"))
                .findFirst().orElseThrow();

        assertThat(threat.code()).isEqualTo("133");
        assertThat(threat.source().code()).isEqualTo("DZA");
        assertThat(threat.mood()).isEqualTo(Mood.ASSERTED);
    }

    @Test
    void aFutureConflictWithoutConditionStaysTheEventItself() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Algeria/NNP/Algeria/LOCATION will/MD boycott/VB the/DT talks/NNS/talk ./.",
                "nsubj(2,0) aux(2,1) det(4,3) obj(2,4) punct(2,5) root(-1,2)").build();

        assertThat(CODER.code(doc)).extracting(EventMention::code, EventMention::mood)
                .containsExactly(tuple("125", Mood.INTENDED));
    }

    @Test
    void aSupportVerbReachesTheEventNounThroughALightNoun() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Qatar/NNP/Qatar/LOCATION launched/VBD/launch a/DT mediation/NN effort/NN between/IN "
                        + "Egypt/NNP/Egypt/LOCATION and/CC Sudan/NNP/Sudan/LOCATION ./.",
                "nsubj(1,0) det(4,2) compound(4,3) obj(1,4) case(6,5) nmod:between(4,6) cc(8,7) conj:and(6,8) "
                        + "punct(1,9) root(-1,1)")
                .build();

        List<EventMention> events = CODER.code(doc);

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), e -> e.target().code())
                .containsExactly(tuple("045", "QAT", "EGY"), tuple("045", "QAT", "SDN"));
    }

    @Test
    void aParticipleOfAnIssuedStatementBelongsToItsIssuer() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Egypt/NNP/Egypt/LOCATION issued/VBD/issue a/DT statement/NN condemning/VBG/condemn "
                        + "Israel/NNP/Israel/LOCATION ./.",
                "nsubj(1,0) det(3,2) obj(1,3) acl(3,4) obj(4,5) punct(1,6) root(-1,1)").build();

        assertThat(CODER.code(doc)).extracting(EventMention::code, e -> e.source().code(), e -> e.target().code())
                .containsExactly(tuple("111", "EGY", "ISR"));
    }

    @Test
    void anInfinitiveOfPurposeTakesTheSubjectOfTheClauseItServes() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Iran/NNP/Iran/LOCATION sent/VBD/send envoys/NNS/envoy to/TO demand/VB the/DT release/NN "
                        + "of/IN Iraqi/JJ/Iraqi/MISC prisoners/NNS/prisoner ./.",
                "nsubj(1,0) obj(1,2) mark(4,3) advcl(1,4) det(6,5) obj(4,6) case(9,7) amod(9,8) nmod:of(6,9) "
                        + "punct(1,10) root(-1,1)")
                .build();

        assertThat(CODER.code(doc)).extracting(EventMention::code, e -> e.source().code())
                .contains(tuple("1053", "IRN"));
    }

    @Test
    void anObjectsPartyIsTheTargetWhenTheClauseNamesNoOther() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Ukraine/NNP/Ukraine/LOCATION ratified/VBD/ratify an/DT agreement/NN with/IN "
                        + "Moldova/NNP/Moldova/LOCATION ./.",
                "nsubj(1,0) det(3,2) obj(1,3) case(5,4) nmod:with(3,5) punct(1,6) root(-1,1)").build();

        assertThat(CODER.code(doc)).extracting(EventMention::code, e -> e.source().code(), e -> e.target().code())
                .contains(tuple("057", "UKR", "MDA"));
    }

    @Test
    void forceIsAimedAtItsTarget() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Syria/NNP/Syria/LOCATION launched/VBD/launch missiles/NNS/missile at/IN Israel/NNP/Israel/LOCATION ./.",
                "nsubj(1,0) obj(1,2) case(4,3) obl:at(1,4) punct(1,5) root(-1,1)").build();

        assertThat(CODER.code(doc)).extracting(EventMention::code, e -> e.source().code(), e -> e.target().code())
                .containsExactly(tuple("194", "SYR", "ISR"));
    }
}
