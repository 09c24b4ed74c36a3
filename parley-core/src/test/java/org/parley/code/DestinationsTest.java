package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.parley.model.EventMention;

/** On hand-built parses: the country a destination lies in ({@link Destinations}). */
class DestinationsTest {

    private static String target(EventMention e) {
        return e.target() == null ? null : e.target().code();
    }

    @Test
    void aDestinationInACountryMakesThatCountryTheTarget() {
        EventMention e = HandParsed.only("Egypt/NNP/Egypt/LOCATION dispatched/VBD/dispatch inspectors/NNS/inspector "
                        + "to/IN/to a/DT/a camp/NN/camp in/IN/in Libya/NNP/Libya/LOCATION ./.",
                "nsubj(1,0) root(-1,1) obj(1,2) case(5,3) det(5,4) obl:to(1,5) case(7,6) nmod:in(5,7) punct(1,8)");

        assertThat(tuple(e.code(), e.source().code(), target(e), e.trigger().text()))
                .isEqualTo(tuple("090", "EGY", "LBY", "dispatched inspectors"));
    }

    @Test
    void anInPhraseTheParserHungOnTheVerbAfterTheDestinationCountsToo() {
        EventMention e = HandParsed.only("Egypt/NNP/Egypt/LOCATION dispatched/VBD/dispatch inspectors/NNS/inspector "
                        + "to/IN/to a/DT/a camp/NN/camp in/IN/in Libya/NNP/Libya/LOCATION ./.",
                "nsubj(1,0) root(-1,1) obj(1,2) case(5,3) det(5,4) obl:to(1,5) case(7,6) obl:in(1,7) punct(1,8)");

        assertThat(tuple(e.code(), e.source().code(), target(e))).isEqualTo(tuple("090", "EGY", "LBY"));
    }

    @Test
    void withoutADestinationAnInPhraseIsOnlyWhereTheActWasDone() {
        EventMention e = HandParsed.only("Egypt/NNP/Egypt/LOCATION dispatched/VBD/dispatch inspectors/NNS/inspector "
                        + "in/IN/in Libya/NNP/Libya/LOCATION ./.",
                "nsubj(1,0) root(-1,1) obj(1,2) case(4,3) obl:in(1,4) punct(1,5)");

        assertThat(tuple(e.code(), e.source().code(), target(e))).isEqualTo(tuple("090", "EGY", null));
    }
}
