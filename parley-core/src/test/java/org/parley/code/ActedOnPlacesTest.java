package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.EventMention;
import org.parley.model.Span;

/** On hand-built parses: a place an event of force acts on through its object ({@link PlaceTargets}). */
class ActedOnPlacesTest {

    @Test
    void aPlaceNamedByTheObjectsOfIsTheCountryActedOn() {
        EventMention e = HandParsed.only("Turkish/JJ/Turkish/NATIONALITY jets/NNS/jet bombed/VBD/bomb part/NN/part "
                        + "of/IN/of Aleppo/NNP/Aleppo/LOCATION ./.",
                "amod(1,0) nsubj(2,1) root(-1,2) obj(2,3) case(5,4) nmod:of(3,5) punct(2,6)");

        assertThat(e.code()).isEqualTo("195");
        assertThat(e.source().country()).isEqualTo("TUR");
        assertThat(e.trigger().text()).isEqualTo("bombed");
        assertThat(e.target()).isEqualTo(new Actor("Aleppo", "SYR", "SYR", null, new Span(28, 34)));
    }

    @Test
    void aPlaceThatIsTheObjectItselfIsTheCountryActedOn() {
        EventMention e = HandParsed.only("Turkish/JJ/Turkish/NATIONALITY jets/NNS/jet bombed/VBD/bomb Aleppo/NNP/Aleppo/LOCATION ./.",
                "amod(1,0) nsubj(2,1) root(-1,2) obj(2,3) punct(2,4)");

        assertThat(e.target()).isEqualTo(new Actor("Aleppo", "SYR", "SYR", null, new Span(20, 26)));
    }

    @Test
    void aPlaceBehindAnotherPrepositionOfTheObjectIsNoTarget() {
        EventMention e = HandParsed.only("Turkish/JJ/Turkish/NATIONALITY jets/NNS/jet bombed/VBD/bomb a/DT/a convoy/NN/convoy "
                        + "bound/VBN/bind for/IN/for Aleppo/NNP/Aleppo/LOCATION ./.",
                "amod(1,0) nsubj(2,1) root(-1,2) det(4,3) obj(2,4) acl(4,5) case(7,6) obl:for(5,7) punct(2,8)");

        assertThat(e.source().country()).isEqualTo("TUR");
        assertThat(e.target()).isNull();
    }
}
