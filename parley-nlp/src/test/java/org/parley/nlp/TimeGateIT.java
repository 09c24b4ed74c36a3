package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Document;
import org.parley.model.Sentence;
import org.parley.model.TimeExpression;

/**
 * The time gate (with SUTime on windows) changes nothing: every token, entity, time expression and arc comes out the same
 * as with SUTime and the numeric classifiers on every sentence. Checked on sentences of our own,
 * the bundled samples and, where the team's shared folder sits beside the repository (read from
 * there, never copied in), its article and the PETRARCH2 texts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimeGateIT {

    private static final LocalDate PUBLISHED = LocalDate.of(2017, 8, 10);

    private CoreNlpAnnotator gated;
    private CoreNlpAnnotator everywhere;

    @BeforeAll
    void loadModels() {
        gated = CoreNlpAnnotator.builder().times(TimeSource.SUTIME).build();
        everywhere = CoreNlpAnnotator.builder().times(TimeSource.SUTIME).timeGate(false).sutimeWindows(false).build();
    }

    private void assertSame(String id, String text) {
        Document doc = new Document(id, text, PUBLISHED, null, null, null, "test");
        AnnotatedDocument expected = everywhere.annotate(doc);
        AnnotatedDocument actual = gated.annotate(doc);
        assertThat(actual.sentences()).as(id).hasSameSizeAs(expected.sentences());
        for (int i = 0; i < expected.sentences().size(); i++) {
            assertThat(actual.sentences().get(i)).as(id + " sentence " + i).isEqualTo(expected.sentences().get(i));
        }
    }

    @Test
    void timesNumbersAndPlainSentencesComeOutAsWithoutTheGate() {
        String text = "May said the talks would resume on Sept. 4, two weeks after the vote.\n"
                + "Rebels shelled the town overnight and fled at dawn.\n"
                + "The ministry paid $40 million, about 3 percent of the budget, in the first quarter.\n"
                + "Ministers met in Brussels to discuss sanctions against the regime.\n"
                + "Protesters marched through the capital this morning and again on Christmas Eve.";
        Document doc = new Document("own", text, PUBLISHED, null, null, null, "test");
        List<Sentence> sentences = gated.annotate(doc).sentences();

        assertSame("own", text);
        assertThat(sentences.get(0).times()).extracting(TimeExpression::value).contains("2017-09-04");
        assertThat(sentences.get(3).times()).isEmpty();
        assertThat(sentences.get(3).tokens()).allSatisfy(t -> assertThat(t.ner()).isIn("O", "LOCATION"));
    }

    @Test
    void bundledSamplesComeOutAsWithoutTheGate() throws IOException {
        ComparisonTexts.samples().forEach(this::assertSame);
    }

    @Test
    void sharedTextsComeOutAsWithoutTheGate() throws IOException {
        assumeTrue(ComparisonTexts.sharedPresent(), "../../shared is absent");
        ComparisonTexts.shared().forEach(this::assertSame);
    }
}
