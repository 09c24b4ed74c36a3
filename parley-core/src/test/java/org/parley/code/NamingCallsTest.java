package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.parley.code.HandParsed.code;

import org.junit.jupiter.api.Test;
import org.parley.model.EventMention;

/** "Call" naming something is no telephone call ({@link NamingCalls}), on the parser's own arcs. */
class NamingCallsTest {
    @Test
    void callingThePartiesSomethingIsNoCall() {
        assertThat(code("Iran/NNP/Iran/LOCATION called/VBD/call the/DT United/NNP/United/LOCATION "
                        + "States/NNP/States/LOCATION an/DT enemy/NN/enemy ./.",
                "nsubj(1,0) root(-1,1) det(4,2) compound(4,3) iobj(1,4) det(6,5) obj(1,6) punct(1,7)")).isEmpty();
    }

    @Test
    void callingThemSomethingWithASmallClauseIsNoCall() {
        assertThat(code("Iran/NNP/Iran/LOCATION called/VBD/call Israel/NNP/Israel/LOCATION illegitimate/JJ/illegitimate ./.",
                "nsubj(1,0) root(-1,1) nsubj(3,2) xcomp(1,3) punct(1,4)")).isEmpty();
    }

    @Test
    void callingSomeoneIsATelephoneCall() {
        // A telephone call is a conversation, coded both ways; Obama is out of office on the fixture date.
        assertThat(code("Obama/NNP/Obama/PERSON called/VBD/call Putin/NNP/Putin/PERSON ./.",
                "nsubj(1,0) root(-1,1) obj(1,2) punct(1,3)"))
                .extracting(EventMention::code, e -> e.source().code(), e -> e.target().code(), e -> e.trigger().text())
                .containsExactly(tuple("041", "USA", "RUSGOV", "called"), tuple("041", "RUSGOV", "USA", "called"));
    }
}
