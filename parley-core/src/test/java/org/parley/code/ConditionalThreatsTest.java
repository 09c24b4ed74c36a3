package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.parley.fixtures.Fixture;
import org.parley.model.AnnotatedDocument;
import org.parley.model.EventMention;

/**
 * CAMEO 13: a future or possible act made to depend on what another party does ("if", "unless")
 * is a threat; a refusal under a circumstance stays a refusal; receiving observers is admitting
 * them (0862).
 */
class ConditionalThreatsTest {
    private static final EventCoder CODER = EventCoder.withDefaults();

    @Test
    void aPossibleSanctionMadeConditionalWithIfIsAThreat() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Algeria/NNP/Algeria/LOCATION could/MD impose/VB sanctions/NNS/sanction on/IN "
                        + "Morocco/NNP/Morocco/LOCATION if/IN talks/NNS/talk fail/VBP ./.",
                "nsubj(2,0) aux(2,1) obj(2,3) case(5,4) nmod:on(3,5) mark(8,6) nsubj(8,7) advcl:if(2,8) "
                        + "punct(2,9) root(-1,2)")
                .build();

        assertThat(CODER.code(doc)).extracting(EventMention::code, e -> e.source().code(), e -> e.target() == null ? null : e.target().code(),
                        e -> e.trigger().text())
                .containsExactly(tuple("1312", "DZA", "MAR", "impose sanctions"));
    }

    @Test
    void aRefusalUnderACircumstanceStaysARefusal() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Algeria/NNP/Algeria/LOCATION will/MD not/RB accept/VB peacekeepers/NNS/peacekeeper from/IN "
                        + "Morocco/NNP/Morocco/LOCATION if/IN war/NN starts/VBZ/start ./.",
                "nsubj(3,0) aux(3,1) advmod(3,2) obj(3,4) case(6,5) nmod:from(4,6) mark(9,7) nsubj(9,8) "
                        + "advcl:if(3,9) punct(3,10) root(-1,3)")
                .build();

        assertThat(CODER.code(doc)).extracting(EventMention::code, e -> e.source().code(),
                        e -> e.target() == null ? null : e.target().code(), e -> e.trigger().text())
                .containsExactly(tuple("1245", "DZA", "IGOPKO", "accept peacekeepers"));
    }

    @Test
    void receivingAMissionOfObserversIsAdmittingThem() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Algeria/NNP/Algeria/LOCATION received/VBD/receive a/DT mission/NN of/IN observers/NNS/observer "
                        + "from/IN Morocco/NNP/Morocco/LOCATION ./.",
                "nsubj(1,0) det(3,2) obj(1,3) case(5,4) nmod:of(3,5) case(7,6) nmod:from(3,7) punct(1,8) root(-1,1)")
                .build();

        assertThat(CODER.code(doc)).extracting(EventMention::code, e -> e.source().code(), e -> e.target() == null ? null : e.target().code(),
                        e -> e.trigger().text())
                .containsExactly(tuple("0862", "DZA", "MAR", "received"));
    }

    @Test
    void withdrawingAPeacekeepingForceUnlessIsAThreatAboutPeacekeepers() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Nigeria/NNP/Nigeria/LOCATION will/MD withdraw/VB its/PRP$/its peacekeeping/NN force/NN from/IN "
                        + "Chad/NNP/Chad/LOCATION unless/IN Chad/NNP/Chad/LOCATION holds/VBZ/hold elections/NNS/election ./.",
                "nsubj(2,0) aux(2,1) nmod:poss(5,3) compound(5,4) obj(2,5) case(7,6) obl:from(2,7) mark(10,8) "
                        + "nsubj(10,9) advcl:unless(2,10) obj(10,11) punct(2,12) root(-1,2)")
                .build();

        assertThat(CODER.code(doc)).extracting(EventMention::code, e -> e.source().code(),
                        e -> e.target() == null ? null : e.target().code(), e -> e.trigger().text())
                .containsExactly(tuple("136", "NGA", "TCD", "withdraw its peacekeeping force"));
    }

    @Test
    void withdrawingAnArmyIsStillARetreat() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Nigeria/NNP/Nigeria/LOCATION withdrew/VBD/withdraw its/PRP$/its army/NN force/NN from/IN "
                        + "Chad/NNP/Chad/LOCATION ./.",
                "nsubj(1,0) nmod:poss(4,2) compound(4,3) obj(1,4) case(6,5) obl:from(1,6) punct(1,7) root(-1,1)")
                .build();

        assertThat(CODER.code(doc)).extracting(EventMention::code, e -> e.source().code(),
                        e -> e.target() == null ? null : e.target().code(), e -> e.trigger().text())
                .containsExactly(tuple("0874", "NGA", "TCD", "withdrew its army force"));
    }
}
