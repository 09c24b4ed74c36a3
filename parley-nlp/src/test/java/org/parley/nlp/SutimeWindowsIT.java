package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Document;
import org.parley.model.Sentence;
import org.parley.model.TimeExpression;
import org.parley.model.Token;

/**
 * SUTime on windows changes nothing: every token (with its NER tag), entity, time expression
 * (text, span, value resolved against the publication date) and arc comes out the same as with
 * SUTime and the numeric classifiers on the whole of every admitted sentence. Checked on
 * sentences of our own built to put time expressions at window edges, the bundled samples and,
 * where the team's shared folder sits beside the repository (read from there, never copied in),
 * its article and the PETRARCH2 texts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SutimeWindowsIT {

    private static final LocalDate PUBLISHED = LocalDate.of(2017, 8, 10);

    private CoreNlpAnnotator windowed;
    private CoreNlpAnnotator whole;

    @BeforeAll
    void loadModels() {
        windowed = CoreNlpAnnotator.builder().times(TimeSource.SUTIME).sutimeWindows(true).build();
        whole = CoreNlpAnnotator.builder().times(TimeSource.SUTIME).build();
    }

    private int assertSame(String id, String text) {
        Document doc = new Document(id, text, PUBLISHED, null, null, null, "test");
        AnnotatedDocument expected = whole.annotate(doc);
        AnnotatedDocument actual = windowed.annotate(doc);
        assertThat(actual.sentences()).as(id).hasSameSizeAs(expected.sentences());
        int times = 0;
        for (int i = 0; i < expected.sentences().size(); i++) {
            assertThat(actual.sentences().get(i)).as(id + " sentence " + i).isEqualTo(expected.sentences().get(i));
            times += expected.sentences().get(i).times().size();
        }
        return times;
    }

    @Test
    void theTwoAnnotatorsDifferInTheSwitchOnly() {
        assertThat(windowed.sutimeOnWindows()).isTrue();
        assertThat(whole.sutimeOnWindows()).isFalse();
    }

    @Test
    void timesFarApartAndAtWindowEdgesComeOutAsOnWholeSentences() {
        String text = "The envoy, who had spent many long and difficult hours with the rebels in the hills,"
                + " said on Monday that the ceasefire agreed by the warring parties in the capital after a meeting"
                + " of their leaders and the foreign mediators would hold until the end of next month.\n"
                + "Talks resumed at noon after the delegations of both neighbouring countries had argued"
                + " over the wording of the statement for almost three weeks.\n"
                + "In 1998 the government, the opposition parties and the unions signed an accord that"
                + " the courts later struck down, and 2000 angry protesters marched on the ministry.\n"
                + "President Obama's birthday was marked in Washington while ministers met in Geneva"
                + " and in Vienna for talks between 3 and 5 p.m. local time.\n"
                + "The minister said the army would withdraw from the border region by the beginning of"
                + " the following year, and the rebels said they had left it two years ago.";
        Document doc = new Document("own", text, PUBLISHED, null, null, null, "test");
        List<Sentence> sentences = windowed.annotate(doc).sentences();

        int times = assertSame("own", text);
        assertThat(times).isGreaterThanOrEqualTo(8);
        // "hours" and "Monday" share a window, "the end of next month" has one of its own.
        assertThat(TimeWindows.of(labels(sentences.get(0)))).hasSize(2);
        assertThat(sentences.get(0).times()).extracting(TimeExpression::text)
                .containsExactly("hours", "Monday", "the end of next month");
        assertThat(sentences.get(0).times()).extracting(TimeExpression::value)
                .containsExactly("PTXH", "2017-08-07", "2017-09");
    }

    private static List<CoreLabel> labels(Sentence sentence) {
        List<CoreLabel> labels = new ArrayList<>();
        for (Token token : sentence.tokens()) {
            CoreLabel label = new CoreLabel();
            label.setWord(token.word());
            label.setLemma(token.lemma());
            label.setTag(token.pos());
            labels.add(label);
        }
        return labels;
    }

    @Test
    void bundledSamplesComeOutAsOnWholeSentences() throws IOException {
        ComparisonTexts.samples().forEach(this::assertSame);
    }

    @Test
    void sharedTextsComeOutAsOnWholeSentences() throws IOException {
        assumeTrue(ComparisonTexts.sharedPresent(), "../../shared is absent");
        ComparisonTexts.shared().forEach(this::assertSame);
    }
}
