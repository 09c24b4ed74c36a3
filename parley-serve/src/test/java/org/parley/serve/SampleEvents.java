package org.parley.serve;

import java.nio.file.Path;

/**
 * The events of the API and browser tests: three short reports (written for these tests) and
 * seven events, two of them reported twice.
 *
 * <pre>
 * e1 040 CONSULT ISRGOV-RUSGOV 2017-08-08 Amman   (d1 s0, d2 s0)
 * e2 033 AGREE   RUSGOV-JORGOV 2017-08    Amman
 * e3 194 ASSAULT SYRMIL-       2017-08-11 Daraa
 * e4 112 ACCUSE  IRNGOV-ISRGOV 2017-09-03
 * e5 057 SUPPORT IRNGOV-RUSGOV 2017-09
 * e6 111 ACCUSE  ISRGOV-       2017
 * e7 020 REQUEST ISRGOV-RUSGOV 2017-09-04 Moscow
 * </pre>
 */
final class SampleEvents {

    static final String D1 = "Israeli envoys met Russian officials in Amman on Tuesday. "
            + "Israel criticised the ceasefire plan. Moscow promised aid to the Jordanian government.";
    static final String D2 = "Russian diplomats and Israeli officials consulted again in Amman. "
            + "Syrian troops shelled a village near Daraa.";
    static final String D3 = "Iran accused Israel of provocations. Iran and Russia signed an agreement. "
            + "Israel asked Russia for guarantees in Moscow.";

    private SampleEvents() {
    }

    static EventDatabase create(Path directory) {
        EventDatabase db = new EventDatabase(directory);
        db.document("d1", "Envoys meet in Amman", "Gazette", "2017-08-10", D1);
        db.document("d2", "Talks go on", "Courier", "2017-08-12", D2);
        db.document("d3", "Tehran and Moscow sign", "Gazette", "2017-09-05", D3);
        db.mention("d1", 0, "040").source("Israeli envoys", "ISRGOV", "ISR", "GOV")
                .target("Russian officials", "RUSGOV", "RUS", "GOV").trigger("met").date("2017-08-08")
                .place("Amman", "JOR", 31.95, 35.93).event("e1").insert();
        db.mention("d1", 1, "111").source("Israel", "ISRGOV", "ISR", "GOV").trigger("criticised")
                .date("2017").event("e6").insert();
        db.mention("d1", 2, "033").source("Moscow", "RUSGOV", "RUS", "GOV")
                .target("the Jordanian government", "JORGOV", "JOR", "GOV").trigger("promised")
                .date("2017-08").place("Amman", "JOR", 31.95, 35.93).event("e2").insert();
        db.mention("d2", 0, "040").source("Israeli officials", "ISRGOV", "ISR", "GOV")
                .target("Russian diplomats", "RUSGOV", "RUS", "GOV").trigger("consulted").date("2017-08-08")
                .place("Amman", "JOR", 31.95, 35.93).event("e1").insert();
        db.mention("d2", 1, "194").source("Syrian troops", "SYRMIL", "SYR", "MIL").trigger("shelled")
                .date("2017-08-11").place("Daraa", "SYR", 32.62, 36.10).event("e3").insert();
        db.mention("d3", 0, "112").source("Iran", "IRNGOV", "IRN", "GOV").target("Israel", "ISRGOV", "ISR", "GOV")
                .trigger("accused").date("2017-09-03").event("e4").insert();
        db.mention("d3", 1, "057").source("Iran", "IRNGOV", "IRN", "GOV").target("Russia", "RUSGOV", "RUS", "GOV")
                .trigger("signed").date("2017-09").event("e5").insert();
        db.mention("d3", 2, "020").source("Israel", "ISRGOV", "ISR", "GOV").target("Russia", "RUSGOV", "RUS", "GOV")
                .trigger("asked").date("2017-09-04").place("Moscow", "RUS", 55.76, 37.62).event("e7").insert();
        db.groupEvents();
        return db;
    }
}
