package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.fixtures.Fixture;
import org.parley.model.EventMention;

/** A date an interval is measured from ("days before July 4") does not date the event; one a time phrase names does. */
class ReferencePointDatesTest {
    private static final EventCoder CODER = EventCoder.withDefaults();

    private static EventMention meeting(String tokens, String arcs, int from, int to) {
        List<EventMention> events = CODER.code(Fixture.published("2017-08-10").sentence(tokens, arcs)
                .time(from, to, "XXXX-07-04").build());
        assertThat(events).extracting(EventMention::code).containsExactly("040", "040");
        return events.get(0);
    }

    @Test
    void daysBeforeADateAreNotThatDate() {
        EventMention e = meeting("Israel/NNP/Israel/LOCATION met/VBD/meet Russia/NNP/Russia/LOCATION days/NNS/day "
                        + "before/IN July/NNP/July/DATE 4/CD/4/DATE ./.",
                "nsubj(1,0) root(-1,1) obj(1,2) obl:tmod(1,3) case(5,4) nmod:before(3,5) nummod(5,6) punct(1,7)", 5, 7);

        assertThat(e.date()).isEqualTo("2017-08-10");
    }

    @Test
    void theMorningOfADateIsThatDate() {
        EventMention e = meeting("Israel/NNP/Israel/LOCATION met/VBD/meet Russia/NNP/Russia/LOCATION on/IN the/DT "
                        + "morning/NN/morning of/IN July/NNP/July/DATE 4/CD/4/DATE ./.",
                "nsubj(1,0) root(-1,1) obj(1,2) case(5,3) det(5,4) obl:on(1,5) case(7,6) nmod:of(5,7) nummod(7,8) punct(1,9)", 7, 9);

        assertThat(e.date()).isEqualTo("2017-07-04");
    }
}
