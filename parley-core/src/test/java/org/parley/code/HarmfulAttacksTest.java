package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.EventMention;

/** On hand-built parses: those an attack harmed are its targets ({@link HarmfulAttacks}). */
class HarmfulAttacksTest {

    private static String target(EventMention e) {
        return e.target() == null ? null : e.target().code();
    }

    private static List<EventMention> attacks(String tokens, String arcs) {
        return HandParsed.code(tokens, arcs).stream().filter(e -> e.trigger().text().equals("raids")).toList();
    }

    @Test
    void theKilledAreTheTargetsOfTheRaidsThatKilledThem() {
        List<EventMention> events = attacks("Syrian/JJ/Syrian/NATIONALITY raids/NNS/raid killed/VBD/kill "
                        + "six/CD/six Lebanese/JJ/Lebanese/NATIONALITY soldiers/NNS/soldier ./.",
                "amod(1,0) nsubj(2,1) root(-1,2) nummod(5,3) amod(5,4) obj(2,5) punct(2,6)");

        assertThat(events).extracting(EventMention::code, e -> e.source().country(), HarmfulAttacksTest::target)
                .containsExactly(tuple("190", "SYR", "LBNMIL"));
    }

    @Test
    void raidsThatOnlyPromptedSomethingHarmedNoOne() {
        List<EventMention> events = attacks("Turkish/JJ/Turkish/NATIONALITY raids/NNS/raid prompted/VBD/prompt "
                        + "Kurdish/JJ/Kurdish/NATIONALITY protests/NNS/protest ./.",
                "amod(1,0) nsubj(2,1) root(-1,2) amod(4,3) obj(2,4) punct(2,5)");

        assertThat(events).extracting(EventMention::code, e -> e.source().country(), HarmfulAttacksTest::target)
                .containsExactly(tuple("190", "TUR", null));
    }
}
