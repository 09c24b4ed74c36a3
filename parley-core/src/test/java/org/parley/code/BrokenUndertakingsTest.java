package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.EventMention;

/** On hand-built parses: the party an undertaking gone back on was given to ({@link BrokenUndertakings}). */
class BrokenUndertakingsTest {

    private static String target(EventMention e) {
        return e.target() == null ? null : e.target().code();
    }

    private static List<EventMention> reneging(String tokens, String arcs) {
        return HandParsed.code(tokens, arcs).stream().filter(e -> e.trigger().text().equals("reneged")).toList();
    }

    @Test
    void renegingOnAPromiseToAPartyRejectsThatParty() {
        List<EventMention> events = reneging("Chile/NNP/Chile/LOCATION reneged/VBD/renege on/IN/on its/PRP$/its "
                        + "promise/NN/promise to/IN/to Peru/NNP/Peru/LOCATION ./.",
                "nsubj(1,0) root(-1,1) case(4,2) nmod:poss(4,3) obl:on(1,4) case(6,5) nmod:to(4,6) punct(1,7)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), BrokenUndertakingsTest::target)
                .containsExactly(tuple("120", "CHL", "PER"));
    }

    @Test
    void aPromiseOfNothingToAnyoneNamesNoTarget() {
        List<EventMention> events = reneging("Chile/NNP/Chile/LOCATION reneged/VBD/renege on/IN/on its/PRP$/its "
                        + "promise/NN/promise of/IN/of reform/NN/reform in/IN/in Peru/NNP/Peru/LOCATION ./.",
                "nsubj(1,0) root(-1,1) case(4,2) nmod:poss(4,3) obl:on(1,4) case(6,5) nmod:of(4,6) case(8,7) "
                        + "nmod:in(6,8) punct(1,9)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), BrokenUndertakingsTest::target)
                .containsExactly(tuple("120", "CHL", null));
    }
}
