package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.fixtures.Fixture;
import org.parley.model.AnnotatedDocument;
import org.parley.model.EventMention;
import org.parley.model.Mood;
import org.parley.model.Span;

/** The coder on hand-built parses: no model is loaded. */
class EventCoderTest {
    private static final EventCoder CODER = EventCoder.withDefaults();

    /** "Israel, the United States and Russia held secret discussions last month, according to Israeli officials." */
    private static Fixture talks() {
        return Fixture.published("2017-08-10").sentence(
                "Israel/NNP/Israel/LOCATION ,/, the/DT United/NNP States/NNP and/CC Russia/NNP/Russia/LOCATION "
                        + "held/VBD/hold secret/JJ discussions/NNS/discussion last/JJ month/NN ,/, according/VBG to/IN "
                        + "Israeli/JJ/Israeli/MISC officials/NNS/official ./.",
                "nsubj(7,0) nsubj(7,4) nsubj(7,6) conj:and(0,4) conj:and(0,6) det(4,2) compound(4,3) cc(6,5) "
                        + "obj(7,9) amod(9,8) obl:tmod(7,11) amod(11,10) obl:according_to(7,16) case(16,13) fixed(13,14) "
                        + "amod(16,15) punct(7,17) root(-1,7)")
                .time(10, 12, "2017-07");
    }

    @Test
    void meetingAmongCoordinatedSubjectsPairsEveryTwoOfThemBothWays() {
        List<EventMention> events = CODER.code(talks().build());

        assertThat(events).extracting(e -> e.source().code(), e -> e.target().code(), EventMention::root, EventMention::plover)
                .containsExactly(
                        tuple("ISR", "USA", "04", "CONSULT"),
                        tuple("USA", "ISR", "04", "CONSULT"),
                        tuple("ISR", "RUS", "04", "CONSULT"),
                        tuple("RUS", "ISR", "04", "CONSULT"),
                        tuple("USA", "RUS", "04", "CONSULT"),
                        tuple("RUS", "USA", "04", "CONSULT"));
        EventMention first = events.get(0);
        assertThat(first.trigger().text()).isEqualTo("held secret discussions");
        assertThat(first.date()).isEqualTo("2017-07");
        assertThat(first.source().span()).isEqualTo(new Span(0, 6));
        assertThat(first.target().text()).isEqualTo("the United States");
        assertThat(first.attribution().text()).isEqualTo("Israeli officials");
        assertThat(first.attribution().code()).isEqualTo("ISRGOV");
        assertThat(first.mood()).isEqualTo(Mood.ASSERTED);
        assertThat(first.negated()).isFalse();
        assertThat(first.evidence()).startsWith("Israel , the United States").endsWith("officials .");
    }

    @Test
    void aLaterSentenceSaysWhereTheMeetingsTookPlace() {
        AnnotatedDocument doc = talks().sentence(
                "The/DT meetings/NNS/meeting took/VBD/take place/NN in/IN Amman/NNP/Amman/LOCATION ./.",
                "det(1,0) nsubj(2,1) obj(2,3) obl:in(2,5) case(5,4) punct(2,6) root(-1,2)").build();

        List<EventMention> events = CODER.code(doc);

        assertThat(events).hasSize(6).allSatisfy(e -> {
            assertThat(e.place().name()).isEqualTo("Amman");
            assertThat(e.place().country()).isEqualTo("JOR");
            assertThat(e.place().lat()).isCloseTo(31.95, org.assertj.core.data.Offset.offset(0.05));
        });
    }

    @Test
    void anEventAtTheMeetingsTakesTheirPlaceAndDate() {
        AnnotatedDocument doc = talks()
                .sentence("The/DT meetings/NNS/meeting took/VBD/take place/NN in/IN Amman/NNP/Amman/LOCATION ./.",
                        "det(1,0) nsubj(2,1) obj(2,3) obl:in(2,5) case(5,4) punct(2,6) root(-1,2)")
                .sentence("Israel/NNP/Israel/LOCATION opposed/VBD/oppose the/DT deal/NN at/IN the/DT meetings/NNS/meeting ./.",
                        "nsubj(1,0) obj(1,3) det(3,2) obl:at(1,6) case(6,4) det(6,5) punct(1,7) root(-1,1)")
                .build();

        EventMention opposed = CODER.code(doc).get(6);

        assertThat(opposed.sentence()).isEqualTo(2);
        assertThat(opposed.code()).isEqualTo("120");
        assertThat(opposed.plover()).isEqualTo("REJECT");
        assertThat(opposed.source().code()).isEqualTo("ISR");
        assertThat(opposed.target()).isNull();
        assertThat(opposed.trigger().text()).isEqualTo("opposed");
        assertThat(opposed.date()).isEqualTo("2017-07");
        assertThat(opposed.place().name()).isEqualTo("Amman");
    }

    @Test
    void urgingToDemandIsARequestAndARequestedDemand() {
        AnnotatedDocument doc = Fixture.published("2017-08-10").sentence(
                "The/DT team/NN from/IN Tel/NNP Aviv/NNP urged/VBD/urge their/PRP$ Russian/JJ/Russian/MISC "
                        + "counterparts/NNS/counterpart to/TO demand/VB that/IN Hizballah/NNP/Hizballah/ORGANIZATION "
                        + "leave/VB the/DT country/NN ./.",
                "det(1,0) nmod:from(1,4) case(4,2) compound(4,3) nsubj(5,1) obj(5,8) nmod:poss(8,6) amod(8,7) "
                        + "xcomp(5,10) nsubj:xsubj(10,8) mark(10,9) ccomp(10,13) mark(13,11) nsubj(13,12) obj(13,15) "
                        + "det(15,14) punct(5,16) root(-1,5)").build();

        List<EventMention> events = CODER.code(doc);

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), e -> e.target().code(), EventMention::mood)
                .containsExactly(
                        tuple("020", "ISRGOV", "RUSGOV", Mood.ASSERTED),
                        tuple("100", "RUSGOV", "LBNREB", Mood.REQUESTED));
        assertThat(events.get(0).source().text()).isEqualTo("The team from Tel Aviv");
        assertThat(events.get(1).target().text()).isEqualTo("Hizballah");
        assertThat(events.get(1).target().country()).isEqualTo("LBN");
    }

    @Test
    void negationAndPassiveAgent() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Syria/NNP/Syria/LOCATION was/VBD/be not/RB attacked/VBN/attack by/IN Israel/NNP/Israel/LOCATION ./.",
                "nsubj:pass(3,0) aux:pass(3,1) advmod(3,2) obl:agent(3,5) case(5,4) punct(3,6) root(-1,3)").build();

        EventMention e = CODER.code(doc).get(0);

        assertThat(e.source().code()).isEqualTo("ISR");
        assertThat(e.target().code()).isEqualTo("SYR");
        assertThat(e.root()).isEqualTo("19");
        assertThat(e.negated()).isTrue();
        assertThat(e.date()).isEqualTo("2020-01-02");
    }

    @Test
    void aPromiseReportedByAMinisterIsIntendedAndAttributed() {
        AnnotatedDocument doc = Fixture.published("2017-08-10").sentence(
                "Foreign/NNP Minister/NNP Sergey/NNP/Sergey/PERSON Lavrov/NNP/Lavrov/PERSON said/VBD/say that/IN "
                        + "Moscow/NNP/Moscow/LOCATION would/MD assure/VB Israel/NNP/Israel/LOCATION ./.",
                "compound(1,0) compound(3,1) compound(3,2) nsubj(4,3) ccomp(4,8) mark(8,5) nsubj(8,6) aux(8,7) "
                        + "obj(8,9) punct(4,10) root(-1,4)").build();

        EventMention e = CODER.code(doc).get(0);

        assertThat(e.code()).isEqualTo("030");
        assertThat(e.source().code()).isEqualTo("RUSGOV");
        assertThat(e.target().code()).isEqualTo("ISR");
        assertThat(e.mood()).isEqualTo(Mood.INTENDED);
        assertThat(e.attribution().text()).isEqualTo("Foreign Minister Sergey Lavrov");
        assertThat(e.attribution().code()).isEqualTo("RUSGOV");
    }

    @Test
    void aNounWithoutAnActorIsNoEvent() {
        AnnotatedDocument doc = Fixture.published("2017-08-10").sentence(
                "The/DT talks/NNS/talk ended/VBD/end ./.", "det(1,0) nsubj(2,1) punct(2,3) root(-1,2)").build();

        assertThat(CODER.code(doc)).isEmpty();
    }
}
