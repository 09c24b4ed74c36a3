package org.parley.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.Attribution;
import org.parley.model.EventMention;
import org.parley.model.Mood;
import org.parley.model.Place;
import org.parley.model.PlacePrecision;
import org.parley.model.Span;
import org.parley.model.Trigger;

class EventJsonTest {

    private static final EventMention OPPOSED = new EventMention("doc-7", 3, "120", "12", "REJECT", 3, -4.0,
            new Actor("Israel", "ISR", "ISR", null, new Span(612, 618)),
            new Actor("Moscow's \"plan\"", "RUSGOV", "RUS", "GOV", new Span(700, 715)),
            new Trigger("opposed", new Span(630, 637)),
            "2017-07", new Place("Amman", "JOR", "Amman", 31.95, 35.93, 250441L, PlacePrecision.CITY), false, Mood.HYPOTHETICAL,
            new Attribution("Israeli officials", "ISRGOV"),
            "Israel reportedly opposed the plan \u2014 officials said.", new Span(600, 655), 0.8249);

    private static final EventMention BARE = new EventMention("d2", 0, "043", "04", "CONSULT", 1, 1.0,
            new Actor("Egypt", null, null, null, new Span(0, 5)), null,
            new Trigger("visited", new Span(6, 13)),
            null, null, true, Mood.ASSERTED, null, "Egypt visited.", new Span(0, 14), 1.0);

    @Test
    void writesEveryFieldInTheContractsOrder() {
        assertThat(EventJson.line(OPPOSED)).isEqualTo("{\"doc\":\"doc-7\",\"sentence\":3,\"code\":\"120\",\"root\":\"12\","
                + "\"plover\":\"REJECT\",\"quad\":3,\"goldstein\":-4.0,"
                + "\"source\":{\"text\":\"Israel\",\"code\":\"ISR\",\"country\":\"ISR\",\"sector\":null,\"span\":[612,618]},"
                + "\"target\":{\"text\":\"Moscow's \\\"plan\\\"\",\"code\":\"RUSGOV\",\"country\":\"RUS\",\"sector\":\"GOV\",\"span\":[700,715]},"
                + "\"trigger\":{\"text\":\"opposed\",\"span\":[630,637]},"
                + "\"date\":\"2017-07\",\"place\":{\"name\":\"Amman\",\"country\":\"JOR\",\"region\":\"Amman\",\"lat\":31.95,\"lon\":35.93,"
                + "\"geonames_id\":250441,\"precision\":\"city\"},"
                + "\"negated\":false,\"mood\":\"hypothetical\","
                + "\"attribution\":{\"text\":\"Israeli officials\",\"code\":\"ISRGOV\"},"
                + "\"evidence\":\"Israel reportedly opposed the plan \u2014 officials said.\",\"confidence\":0.82,\"evidence_span\":[600,655]}");
    }

    @Test
    void absentValuesAreNullAndCodesKeepTheirLeadingZero() {
        assertThat(EventJson.line(BARE)).isEqualTo("{\"doc\":\"d2\",\"sentence\":0,\"code\":\"043\",\"root\":\"04\","
                + "\"plover\":\"CONSULT\",\"quad\":1,\"goldstein\":1.0,"
                + "\"source\":{\"text\":\"Egypt\",\"code\":null,\"country\":null,\"sector\":null,\"span\":[0,5]},"
                + "\"target\":null,\"trigger\":{\"text\":\"visited\",\"span\":[6,13]},"
                + "\"date\":null,\"place\":null,\"negated\":true,\"mood\":\"asserted\",\"attribution\":null,"
                + "\"evidence\":\"Egypt visited.\",\"confidence\":1.00,\"evidence_span\":[0,14]}");
    }

    @Test
    void unknownCoordinatesAreNull() {
        EventMention noCoordinates = new EventMention("d3", 1, "190", "19", "ASSAULT", 4, -10.0,
                BARE.source(), null, BARE.trigger(), "2020", new Place("Somewhere", "SYR", null, null), false,
                Mood.INTENDED, null, "e", null, 0.005);

        assertThat(EventJson.line(noCoordinates))
                .contains("\"place\":{\"name\":\"Somewhere\",\"country\":\"SYR\",\"region\":null,\"lat\":null,\"lon\":null,"
                        + "\"geonames_id\":null,\"precision\":null}")
                .contains("\"evidence_span\":null")
                .contains("\"mood\":\"intended\"")
                .endsWith("\"confidence\":0.01,\"evidence_span\":null}");
    }

    @Test
    void writesOneLinePerEvent() throws IOException {
        StringWriter out = new StringWriter();
        try (EventJson json = EventJson.to(out)) {
            json.write(BARE);
            json.write(OPPOSED);
        }

        assertThat(out.toString()).isEqualTo(EventJson.line(BARE) + "\n" + EventJson.line(OPPOSED) + "\n");
    }

    @Test
    void flushHandsCompleteLinesToTheWriter() {
        StringWriter out = new StringWriter();
        EventJson json = EventJson.to(out);
        json.write(BARE);
        json.flush();

        assertThat(out.toString()).isEqualTo(EventJson.line(BARE) + "\n");
    }
}
