package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.EventMention;

/**
 * On hand-built parses: a state body named by its generic name alone ("Congress", "the government")
 * is a source with its sector and no country when nothing places it, instead of no source at all;
 * a body whose name may hold an unknown country ("the Calenardhon government") is still left out.
 */
class UnplacedBodiesTest {

    @Test
    void aLegislatureAskingALeaderToActIsItsAppealWithoutACountry() {
        List<EventMention> events = HandParsed.code(
                "Congress/NNP/Congress/ORGANIZATION asked/VBD/ask Merkel/NNP/Merkel/PERSON to/TO help/VB/help "
                        + "Iran/NNP/Iran/LOCATION ./.",
                "nsubj(1,0) obj(1,2) nsubj:xsubj(4,2) mark(4,3) xcomp(1,4) obj(4,5) punct(1,6) root(-1,1)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), e -> e.source().country(),
                        e -> e.target().code(), e -> e.trigger().text())
                .containsExactly(tuple("023", "LEG", null, "DEUGOV", "asked"), tuple("070", "DEUGOV", "DEU", "IRN", "help"));
    }

    @Test
    void theGovernmentThankingACountryIsItsPraiseOfThatCountry() {
        EventMention e = HandParsed.only(
                "The/DT government/NN/government praised/VBD/praise China/NNP/China/LOCATION ./.",
                "det(1,0) nsubj(2,1) obj(2,3) punct(2,4) root(-1,2)");

        assertThat(tuple(e.code(), e.source().code(), e.source().country(), e.target().code(), e.trigger().text()))
                .isEqualTo(tuple("051", "GOV", null, "CHN", "praised"));
    }

    @Test
    void aGovernmentWithAnUnknownNameIsLeftOut() {
        List<EventMention> events = HandParsed.code(
                "The/DT Calenardhon/NNP/Calenardhon/O government/NN/government praised/VBD/praise "
                        + "China/NNP/China/LOCATION ./.",
                "det(2,0) compound(2,1) nsubj(3,2) obj(3,4) punct(3,5) root(-1,3)");

        assertThat(events).isEmpty();
    }

    @Test
    void anIndefiniteGovernmentIsNoActor() {
        List<EventMention> events = HandParsed.code(
                "A/DT government/NN/government praised/VBD/praise China/NNP/China/LOCATION ./.",
                "det(1,0) nsubj(2,1) obj(2,3) punct(2,4) root(-1,2)");

        assertThat(events).isEmpty();
    }
}
