package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.code.HandParsed.only;

import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.EventMention;
import org.parley.model.Span;

/**
 * A known person out of office on the text's date (HandParsed publishes on 2020-01-02; Kenneth
 * Kaunda was Zambia's president until 1991) keeps the sector of a present title the text gives,
 * and is a former official (ELI) when the title is marked as past.
 */
class OutOfOfficeTitlesTest {
    @Test
    void aPresentTitleBeforeTheNameGivesTheSector() {
        EventMention e = only("Zambian/JJ/Zambian/MISC President/NNP/President Kenneth/NNP/Kenneth/PERSON "
                        + "Kaunda/NNP/Kaunda/PERSON visited/VBD/visit Tanzania/NNP/Tanzania/LOCATION ./.",
                "amod(3,0) compound(3,1) compound(3,2) nsubj(4,3) obj(4,5) punct(4,6) root(-1,4)");

        assertThat(e.code()).isEqualTo("042");
        assertThat(e.trigger().text()).isEqualTo("visited");
        assertThat(e.source()).isEqualTo(new Actor("Zambian President Kenneth Kaunda", "ZMBGOV", "ZMB", "GOV",
                new Span(0, 32)));
        assertThat(e.target().code()).isEqualTo("TZA");
    }

    @Test
    void aTitleMarkedAsPastMakesAFormerOfficial() {
        EventMention e = only("Former/JJ/former President/NNP/President Kenneth/NNP/Kenneth/PERSON "
                        + "Kaunda/NNP/Kaunda/PERSON visited/VBD/visit Tanzania/NNP/Tanzania/LOCATION ./.",
                "amod(3,0) compound(3,1) compound(3,2) nsubj(4,3) obj(4,5) punct(4,6) root(-1,4)");

        assertThat(e.code()).isEqualTo("042");
        assertThat(e.trigger().text()).isEqualTo("visited");
        assertThat(e.source()).isEqualTo(new Actor("Former President Kenneth Kaunda", "ZMBELI", "ZMB", "ELI",
                new Span(0, 31)));
        assertThat(e.target().code()).isEqualTo("TZA");
    }

    @Test
    void withoutATitleTheDictionarysOutOfOfficeCodeStands() {
        EventMention e = only("Kenneth/NNP/Kenneth/PERSON Kaunda/NNP/Kaunda/PERSON visited/VBD/visit "
                        + "Tanzania/NNP/Tanzania/LOCATION ./.",
                "compound(1,0) nsubj(2,1) obj(2,3) punct(2,4) root(-1,2)");

        assertThat(e.source()).isEqualTo(new Actor("Kenneth Kaunda", "ZMB", "ZMB", null, new Span(0, 14)));
        assertThat(e.target().code()).isEqualTo("TZA");
        assertThat(e.trigger().text()).isEqualTo("visited");
    }
}
