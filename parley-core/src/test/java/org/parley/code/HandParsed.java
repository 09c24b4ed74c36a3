package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.parley.fixtures.Fixture;
import org.parley.model.EventMention;

/**
 * The default coder run on one hand-built sentence published on 2 January 2020: what the coder's
 * rule tests feed it ("token/POS/lemma/NER ..." and "rel(governor,dependent) ..."). The coder is
 * stateless between documents, so one serves every test.
 */
final class HandParsed {
    private static final EventCoder CODER = EventCoder.withDefaults();

    private HandParsed() {
    }

    /** Every event the default coder finds in the sentence. */
    static List<EventMention> code(String tokens, String arcs) {
        return CODER.code(Fixture.published("2020-01-02").sentence(tokens, arcs).build());
    }

    /** The one event the default coder finds in the sentence; fails the test if there is not exactly one. */
    static EventMention only(String tokens, String arcs) {
        List<EventMention> events = code(tokens, arcs);
        assertThat(events).hasSize(1);
        return events.get(0);
    }
}
