package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.fixtures.Fixture;
import org.parley.model.AnnotatedDocument;
import org.parley.model.EventMention;

/** Definite descriptions resolved to earlier actors, on hand-built parses. */
class CoreferenceTest {
    private static final EventCoder CODER = EventCoder.withDefaults();
    private static final String OFFICIALS = "Israeli/JJ/Israeli/MISC officials/NNS condemned/VBD/condemn Iran/NNP/Iran/LOCATION ./.";
    private static final String OFFICIALS_ARCS = "amod(1,0) nsubj(2,1) obj(2,3) punct(2,4) root(-1,2)";

    private static List<String> codes(AnnotatedDocument doc) {
        return CODER.code(doc).stream().map(e -> e.sentence() + " " + e.code() + " " + e.source().code() + "/"
                + e.source().text() + " " + (e.target() == null ? "-" : e.target().code())).toList();
    }

    @Test
    void theMinistryIsTheLastGovernmentActor() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(OFFICIALS, OFFICIALS_ARCS).sentence(
                "The/DT ministry/NN accused/VBD/accuse Egypt/NNP/Egypt/LOCATION ./.",
                "det(1,0) nsubj(2,1) obj(2,3) punct(2,4) root(-1,2)").build();

        assertThat(codes(doc)).containsExactly("0 111 ISRGOV/Israeli officials IRN", "1 112 ISRGOV/The ministry EGY");
    }

    @Test
    void theMinistryWithNoGovernmentBeforeStaysUnplaced() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Hamas/NNP/Hamas/ORGANIZATION condemned/VBD/condemn Iran/NNP/Iran/LOCATION ./.",
                "nsubj(1,0) obj(1,2) punct(1,3) root(-1,1)").sentence(
                "The/DT ministry/NN accused/VBD/accuse Egypt/NNP/Egypt/LOCATION ./.",
                "det(1,0) nsubj(2,1) obj(2,3) punct(2,4) root(-1,2)").build();

        assertThat(codes(doc)).containsExactly("0 111 PSEREB/Hamas IRN", "1 112 GOV/The ministry EGY");
    }

    @Test
    void theGroupIsTheLastNonStateGroup() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Hamas/NNP/Hamas/ORGANIZATION condemned/VBD/condemn Iran/NNP/Iran/LOCATION ./.",
                "nsubj(1,0) obj(1,2) punct(1,3) root(-1,1)").sentence(
                "The/DT group/NN accused/VBD/accuse Egypt/NNP/Egypt/LOCATION ./.",
                "det(1,0) nsubj(2,1) obj(2,3) punct(2,4) root(-1,2)").build();

        assertThat(codes(doc)).containsExactly("0 111 PSEREB/Hamas IRN", "1 112 PSEREB/The group EGY");
    }

    @Test
    void theDuoIsTheLastTwoPeople() {
        AnnotatedDocument doc = Fixture.published("2019-01-02").sentence(
                "Vladimir/NNP/Vladimir/PERSON Putin/NNP/Putin/PERSON met/VBD/meet "
                        + "Recep/NNP/Recep/PERSON Erdogan/NNP/Erdogan/PERSON ./.",
                "compound(1,0) nsubj(2,1) compound(4,3) obj(2,4) punct(2,5) root(-1,2)").sentence(
                "The/DT duo/NN condemned/VBD/condemn Israel/NNP/Israel/LOCATION ./.",
                "det(1,0) nsubj(2,1) obj(2,3) punct(2,4) root(-1,2)").build();

        List<EventMention> events = CODER.code(doc);

        assertThat(codes(doc)).contains("1 111 RUSGOV/The duo ISR", "1 111 TURGOV/The duo ISR");
        assertThat(events.stream().filter(e -> e.sentence() == 1)).hasSize(2);
    }

    @Test
    void theTwoLeadersNeedTwoPeople() {
        AnnotatedDocument doc = Fixture.published("2019-01-02").sentence(OFFICIALS, OFFICIALS_ARCS).sentence(
                "The/DT two/CD/two leaders/NNS condemned/VBD/condemn Egypt/NNP/Egypt/LOCATION ./.",
                "det(2,0) nummod(2,1) nsubj(3,2) obj(3,4) punct(3,5) root(-1,3)").build();

        assertThat(codes(doc)).containsExactly("0 111 ISRGOV/Israeli officials IRN");
    }
}
