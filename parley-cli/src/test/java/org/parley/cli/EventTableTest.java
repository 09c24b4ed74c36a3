package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.EventMention;
import org.parley.model.Mood;
import org.parley.model.Place;
import org.parley.model.Span;
import org.parley.model.Trigger;

class EventTableTest {

    @Test
    void longCellsAreCutAndUnresolvedActorsShowTheirWords() {
        EventTable table = new EventTable();
        table.add(new EventMention("5f2a9c0e1b7d4a3c", 12, "0431", "04", "CONSULT", 1, 2.8,
                new Actor("the Israeli   team", null, null, null, new Span(0, 18)), null,
                new Trigger("held talks with the delegation of the other side", new Span(20, 30)),
                "2017-07", new Place("Amman", "JOR", 31.95, 35.93), false, Mood.ASSERTED, null, "e", new Span(0, 1), 0.9));

        assertThat(table.render()).isEqualTo(
                "doc           sent  event         source → target   date     place  mood      trigger\n"
                + "------------  ----  ------------  ----------------  -------  -----  --------  ------------------------\n"
                + "5f2a9c0e1b7…  12    0431 CONSULT  the Israeli team  2017-07  Amman  asserted  held talks with the del…\n");
    }
}
