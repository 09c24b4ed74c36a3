package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.code.HandParsed.code;
import static org.parley.code.HandParsed.only;

import org.junit.jupiter.api.Test;
import org.parley.model.EventMention;

/**
 * An entry's object misread as the subject of a complement clause is still its object
 * ({@link MisreadObjects}), on the parser's own arcs.
 */
class MisreadObjectsTest {
    private static final String ISSUED = "A/DT court/NN/court in/IN Guyana/NNP/Guyana/LOCATION has/VBZ/have "
            + "issued/VBN/issue arrest/NN/arrest warrants/NNS/warrant for/IN two/CD/two/NUMBER Brazilian/JJ/Brazilian "
            + "men/NNS/man %s/VBD/%s in/IN the/DT slaying/NN/slaying ./.";

    @Test
    void warrantsParsedAsTheSubjectOfAParticipleAreWhatWasIssued() {
        EventMention e = only(ISSUED.formatted("sought", "seek"),
                "det(1,0) nsubj(5,1) case(3,2) nmod:in(1,3) aux(5,4) root(-1,5) compound(7,6) nsubj(12,7) case(11,8) "
                        + "nummod(11,9) amod(11,10) nmod:for(7,11) ccomp(5,12) case(15,13) det(15,14) obl:in(12,15) "
                        + "punct(5,16)");

        assertThat(e.code()).isEqualTo("173");
        assertThat(e.trigger().text()).isEqualTo("issued arrest warrants");
        assertThat(e.source().code()).isEqualTo("GUYJUD");
        assertThat(e.source().text()).isEqualTo("A court in Guyana");
        assertThat(e.target().code()).isEqualTo("BRA");
    }

    @Test
    void aComplementWithAnObjectOfItsOwnIsATrueClause() {
        // "issued warrants for two men ... sought the slaying": with an object of its own, the verb is finite.
        assertThat(code(ISSUED.formatted("sought", "seek").replace("in/IN ", ""),
                "det(1,0) nsubj(5,1) case(3,2) nmod:in(1,3) aux(5,4) root(-1,5) compound(7,6) nsubj(12,7) case(11,8) "
                        + "nummod(11,9) amod(11,10) nmod:for(7,11) ccomp(5,12) det(14,13) obj(12,14) punct(5,15)"))
                .isEmpty();
    }
}
