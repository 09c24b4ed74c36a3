package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.code.HandParsed.code;
import static org.parley.code.HandParsed.only;

import org.junit.jupiter.api.Test;
import org.parley.model.EventMention;

/**
 * A reduced relative clause that the parser reads as a clausal subject is given back to its noun
 * ({@link ReducedRelatives}), on the parser's own arcs.
 */
class ReducedRelativesTest {
    private static final String RELEASED = "The/DT civilians/NNS/civilian imprisoned/VBN/imprison for/IN "
            + "acting/VBG/act against/IN Moscow/NNP/Moscow/LOCATION were/VBD/be released/VBN/release "
            + "yesterday/NN/yesterday/DATE by/IN Putin/NNP/Putin/PERSON ./.";

    @Test
    void theNounBeforeAParticipleIsWhoWasReleased() {
        EventMention e = only(RELEASED, "det(1,0) nsubj(2,1) csubj:pass(8,2) case(4,3) obl:for(2,4) case(6,5) "
                + "nmod:against(4,6) aux:pass(8,7) root(-1,8) obl:tmod(8,9) case(11,10) obl:agent(8,11) punct(8,12)");

        assertThat(e.code()).isEqualTo("084");
        assertThat(e.trigger().text()).isEqualTo("released");
        assertThat(e.source().code()).isEqualTo("RUSGOV");
        assertThat(e.target().text()).isEqualTo("The civilians");
        assertThat(e.target().code()).isEqualTo("RUSCVL");
    }

    @Test
    void aReportingVerbWithAnObjectIsNoParticiple() {
        // The parser's arcs of "Israel said a bomb was fired at it": "said" is no reduced relative of Israel,
        // so Israel does not become who fired, and the firing, by no one named, is no event.
        assertThat(code("Israel/NNP/Israel/LOCATION said/VBD/say a/DT mortar/NN/mortar bomb/NN/bomb was/VBD/be "
                        + "fired/VBN/fire at/IN it/PRP/it from/IN Gaza/NNP/Gaza/LOCATION ./.",
                "nsubj(1,0) csubj:pass(6,1) det(4,2) compound(4,3) obj(1,4) aux:pass(6,5) root(-1,6) case(8,7) "
                        + "obl:at(6,8) case(10,9) obl:from(6,10) punct(6,11)")).isEmpty();
    }

    @Test
    void aClausalSubjectWithItsOwnAuxiliaryIsLeftAlone() {
        // "The civilians were imprisoned ... was reported by Putin": a clause with its auxiliary is a
        // clause; nothing names who was released, so no target.
        EventMention e = only("The/DT civilians/NNS/civilian were/VBD/be imprisoned/VBN/imprison for/IN "
                        + "acting/VBG/act against/IN Moscow/NNP/Moscow/LOCATION were/VBD/be released/VBN/release "
                        + "yesterday/NN/yesterday/DATE by/IN Putin/NNP/Putin/PERSON ./.",
                "det(1,0) nsubj:pass(3,1) aux:pass(3,2) csubj:pass(9,3) case(5,4) obl:for(3,5) case(7,6) "
                        + "nmod:against(5,7) aux:pass(9,8) root(-1,9) obl:tmod(9,10) case(12,11) obl:agent(9,12) punct(9,13)");

        assertThat(e.code()).isEqualTo("084");
        assertThat(e.source().code()).isEqualTo("RUSGOV");
        assertThat(e.target()).isNull();
    }
}
