package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Document;

/** The bundled sample articles ({@code samples/} at the repository root) ingest as documented. */
class SamplesTest {

    private static final Path SAMPLES = Path.of("..", "samples");

    @Test
    void everySampleIsReadWithItsTitleAndDateAndTheReadmeIsSkipped() {
        List<Document> documents = new ArrayList<>();
        List<IngestProblem> problems = new ArrayList<>();

        Ingest.withDefaults().read(SAMPLES, documents::add, problems::add);

        assertThat(problems).isEmpty();
        assertThat(documents).extracting(doc -> SAMPLES.relativize(Path.of(doc.origin())).toString(),
                        Document::published, Document::title)
                .containsExactly(
                        tuple("2015-07-14-iran-nuclear-deal-vienna.txt", LocalDate.of(2015, 7, 14),
                                "Iran and world powers reach nuclear deal in Vienna"),
                        tuple("2018-06-12-singapore-summit.txt", LocalDate.of(2018, 6, 12),
                                "Trump and Kim pledge new relations at Singapore summit"),
                        tuple("2022-02-26-swift-russian-banks.html", LocalDate.of(2022, 2, 26),
                                "Western allies move to cut Russian banks from SWIFT"),
                        tuple("2022-07-23-odesa-port-strike-grain-deal.txt", LocalDate.of(2022, 7, 23),
                                "Missiles hit Odesa port a day after grain export deal"),
                        tuple("wire.jsonl:1", LocalDate.of(2020, 9, 15),
                                "Israel signs normalisation accords with UAE and Bahrain"),
                        tuple("wire.jsonl:2", LocalDate.of(2022, 2, 24),
                                "Russia invades Ukraine; West answers with sanctions"),
                        tuple("wire.jsonl:3", LocalDate.of(2023, 3, 10),
                                "Saudi Arabia and Iran agree to restore ties in China-brokered deal"));
    }
}
