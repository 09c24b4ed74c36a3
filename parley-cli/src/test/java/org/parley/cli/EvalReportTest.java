package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.eval.GoldCoding;
import org.parley.eval.GoldRecord;
import org.parley.model.Actor;
import org.parley.model.EventMention;
import org.parley.model.Mood;
import org.parley.model.Span;
import org.parley.model.Trigger;

class EvalReportTest {

    private static final GoldRecord RECORD = new GoldRecord("upetr", "U-7", "Ruritania met Freedonia.", null,
            List.of(new GoldCoding("RUR", "FRE", "040", null), new GoldCoding("FREGOV", null, null, "ACCUSE")), null);

    @Test
    void anExtraLineNamesTheRecordTheEventAndEveryGoldCoding() {
        EventMention extra = new EventMention("U-7", 0, "111", "11", "ACCUSE", 3, -2.0,
                new Actor("Freedonia", "FRE", "FRE", null, new Span(14, 23)), null,
                new Trigger("met", new Span(10, 13)), null, null, false, Mood.ASSERTED, null,
                RECORD.text(), new Span(0, 24), 0.5);

        assertThat(EvalReport.extraLine(RECORD, extra)).isEqualTo("{\"set\":\"upetr\",\"id\":\"U-7\","
                + "\"text\":\"Ruritania met Freedonia.\","
                + "\"parley\":{\"code\":\"111\",\"plover\":\"ACCUSE\",\"source\":\"Freedonia = FRE\",\"target\":null,"
                + "\"trigger\":\"met\",\"mood\":\"asserted\",\"negated\":false},"
                + "\"gold\":[{\"source\":\"RUR\",\"target\":\"FRE\",\"cameo\":\"040\",\"plover\":null},"
                + "{\"source\":\"FREGOV\",\"target\":null,\"cameo\":null,\"plover\":\"ACCUSE\"}]}");
    }

    @Test
    void aRecordWithoutGoldCodingsListsNone() {
        GoldRecord none = new GoldRecord("plover", "P-1", "Nothing happened.", null, List.of(), null);
        EventMention extra = new EventMention("P-1", 0, "040", "04", "CONSULT", 1, 1.0,
                new Actor("Ruritania", "RUR", "RUR", null, new Span(0, 9)),
                new Actor("rebels", "RURREB", "RUR", "REB", new Span(20, 26)),
                new Trigger("met", new Span(10, 13)), null, null, false, Mood.ASSERTED, null,
                none.text(), new Span(0, 17), 0.5);

        assertThat(EvalReport.extraLine(none, extra)).endsWith(
                "\"parley\":{\"code\":\"040\",\"plover\":\"CONSULT\",\"source\":\"Ruritania = RUR\","
                        + "\"target\":\"rebels = RURREB\",\"trigger\":\"met\","
                        + "\"mood\":\"asserted\",\"negated\":false},\"gold\":[]}");
    }
}
