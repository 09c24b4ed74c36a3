package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.EventMention;

/** On hand-built parses: the help an act is done with names an ally, not a target ({@link Helpers}). */
class HelpersTest {

    private static String target(EventMention e) {
        return e.target() == null ? null : e.target().code();
    }

    private static List<EventMention> blockades(String tokens, String arcs) {
        return HandParsed.code(tokens, arcs).stream().filter(e -> e.trigger().text().contains("blockade")).toList();
    }

    @Test
    void theBlockadedCountryIsTheTargetNotTheOneHelping() {
        List<EventMention> events = blockades("Egypt/NNP/Egypt/LOCATION imposed/VBD/impose a/DT/a blockade/NN/blockade "
                        + "of/IN/of Libya/NNP/Libya/LOCATION with/IN/with Chad/NNP/Chad/LOCATION 's/POS/'s help/NN/help ./.",
                "nsubj(1,0) root(-1,1) det(3,2) obj(1,3) case(5,4) nmod:of(3,5) case(9,6) nmod:poss(9,7) case(7,8) "
                        + "nmod:with(3,9) punct(1,10)");

        assertThat(events).extracting(e -> e.source().code(), HelpersTest::target).containsOnly(tuple("EGY", "LBY"));
    }

    @Test
    void aPartnerNamedWithoutHelpStaysTheTarget() {
        List<EventMention> events = blockades("Egypt/NNP/Egypt/LOCATION imposed/VBD/impose a/DT/a blockade/NN/blockade "
                        + "with/IN/with Chad/NNP/Chad/LOCATION ./.",
                "nsubj(1,0) root(-1,1) det(3,2) obj(1,3) case(5,4) nmod:with(3,5) punct(1,6)");

        assertThat(events).extracting(e -> e.source().code(), HelpersTest::target).containsOnly(tuple("EGY", "TCD"));
    }
}
