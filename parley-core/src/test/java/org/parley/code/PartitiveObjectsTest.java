package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.code.HandParsed.only;

import org.junit.jupiter.api.Test;
import org.parley.model.EventMention;

/**
 * A verb's entry reads its object through a part of a light noun ("suspended part of a military
 * aid program for Bosnia" suspends aid), on hand-built parses ({@link TriggerFinder}); the owner
 * of a rejected object is the rejection's target ({@link RejectedProposals}).
 */
class PartitiveObjectsTest {
    @Test
    void partOfAnAidProgramIsAid() {
        EventMention e = only("The/DT United/NNP/United/LOCATION States/NNP/States/LOCATION suspended/VBD/suspend "
                        + "part/NN/part of/IN a/DT military/JJ/military aid/NN/aid program/NN/program for/IN "
                        + "Bosnia/NNP/Bosnia/LOCATION ./.",
                "det(2,0) compound(2,1) nsubj(3,2) root(-1,3) obj(3,4) case(9,5) det(9,6) amod(8,7) compound(9,8) "
                        + "nmod:of(4,9) case(11,10) nmod:for(9,11) punct(3,12)");

        assertThat(e.code()).isEqualTo("162");
        assertThat(e.trigger().text()).isEqualTo("suspended");
        assertThat(e.source().code()).isEqualTo("USA");
        assertThat(e.target().code()).isEqualTo("BIH");
        assertThat(e.target().text()).isEqualTo("Bosnia");
    }

    @Test
    void anAidProgramIsAid() {
        EventMention e = only("Japan/NNP/Japan/LOCATION suspended/VBD/suspend its/PRP$/its aid/NN/aid program/NN/program "
                        + "for/IN Burma/NNP/Burma/LOCATION ./.",
                "nsubj(1,0) root(-1,1) nmod:poss(4,2) compound(4,3) obj(1,4) case(6,5) nmod:for(4,6) punct(1,7)");

        assertThat(e.code()).isEqualTo("162");
        assertThat(e.source().code()).isEqualTo("JPN");
        assertThat(e.target().code()).isEqualTo("MMR");
    }

    @Test
    void aRejectedRequestIsItsOwnersNotItsAddressees() {
        // The parser hangs "to detainees" on "request" as if it named the addressee.
        EventMention e = only("Yemen/NNP/Yemen/LOCATION rejected/VBD/reject a/DT U.S./NNP/U.S./LOCATION request/NN/request "
                        + "to/IN Egyptian/JJ/Egyptian/MISC detainees/NNS/detainee ./.",
                "nsubj(1,0) root(-1,1) det(4,2) compound(4,3) obj(1,4) case(7,5) amod(7,6) nmod:to(4,7) punct(1,8)");

        assertThat(e.code()).startsWith("12");
        assertThat(e.trigger().text()).isEqualTo("rejected a U.S. request");
        assertThat(e.source().code()).isEqualTo("YEM");
        assertThat(e.target().code()).isEqualTo("USA");
        assertThat(e.target().text()).isEqualTo("U.S.");
    }
}
