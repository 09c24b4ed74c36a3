package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.EventMention;

/** On hand-built parses: a concession made so that something reaches a party concedes to that party. */
class ConcessionPurposeTest {

    private static String target(EventMention e) {
        return e.target() == null ? null : e.target().code();
    }

    @Test
    void openingABorderToLetDeliveriesReachAPartyConcedesToThatParty() {
        List<EventMention> events = HandParsed.code("Chad/NNP/Chad/LOCATION opened/VBD/open its/PRP$/its border/NN/border "
                        + "to/TO/to allow/VB/allow deliveries/NNS/delivery to/IN/to Sudan/NNP/Sudan/LOCATION ./.",
                "nsubj(1,0) root(-1,1) nmod:poss(3,2) obj(1,3) mark(5,4) advcl:to(1,5) obj(5,6) case(8,7) "
                        + "nmod:to(6,8) punct(1,9)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), ConcessionPurposeTest::target,
                        e -> e.trigger().text())
                .containsExactly(tuple("086", "TCD", "SDN", "opened its border"), tuple("080", "TCD", "SDN", "allow"));
    }

    @Test
    void openingABorderForNoOneNamedHasNoTarget() {
        List<EventMention> events = HandParsed.code("Chad/NNP/Chad/LOCATION opened/VBD/open its/PRP$/its border/NN/border "
                        + "to/TO/to allow/VB/allow trade/NN/trade ./.",
                "nsubj(1,0) root(-1,1) nmod:poss(3,2) obj(1,3) mark(5,4) advcl:to(1,5) obj(5,6) punct(1,7)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), ConcessionPurposeTest::target)
                .containsExactly(tuple("086", "TCD", null), tuple("080", "TCD", null));
    }
}
