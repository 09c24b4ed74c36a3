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
import org.parley.model.Arc;
import org.parley.model.Document;
import org.parley.model.Sentence;

/**
 * Parley's own parse stage changes nothing: every sentence (tokens, entities, times and every arc
 * of the enhanced++ graph) comes out the same as with CoreNLP's {@code depparse}. Checked on
 * sentences of our own, the bundled samples and, where the team's shared folder sits beside the
 * repository (read from there, never copied in), its article and the PETRARCH2 validation texts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnhancedParseIT {

    private static final LocalDate PUBLISHED = LocalDate.of(2017, 8, 10);

    private CoreNlpAnnotator own;
    private CoreNlpAnnotator coreNlp;

    @BeforeAll
    void loadModels() {
        own = CoreNlpAnnotator.withDefaults();
        coreNlp = CoreNlpAnnotator.builder().ownParser(false).build();
    }

    private void assertSame(String id, String text) {
        Document doc = new Document(id, text, PUBLISHED, null, null, null, "test");
        AnnotatedDocument expected = coreNlp.annotate(doc);
        AnnotatedDocument actual = own.annotate(doc);
        assertThat(actual.sentences()).as(id).hasSameSizeAs(expected.sentences());
        for (int i = 0; i < expected.sentences().size(); i++) {
            assertThat(actual.sentences().get(i)).as(id + " sentence " + i).isEqualTo(expected.sentences().get(i));
        }
    }

    @Test
    void enhancedRelationsComeOutAsWithCoreNlpsParser() {
        String text = "Sue went to Paris and Bill to Rome.\n"
                + "The minister, who arrived on Monday, met rebels and soldiers in the north of Syria.\n"
                + "Protesters were attacked by police in front of the embassy.";
        Document doc = new Document("own", text, PUBLISHED, null, null, null, "test");
        List<Sentence> sentences = own.annotate(doc).sentences();

        assertSame("own", text);
        // Sue(0) went(1) to(2) Paris(3): the enhanced++ graph names the preposition in the relation.
        assertThat(sentences.get(0).arcs()).contains(new Arc(-1, "root", 1), new Arc(1, "nsubj", 0),
                new Arc(1, "obl:to", 3));
        // The(0) minister(1) ,(2) who(3) arrived(4): the relative pronoun's referent is the subject.
        assertThat(sentences.get(1).arcs()).contains(new Arc(4, "nsubj", 1), new Arc(1, "ref", 3));
        // Protesters(0) were(1) attacked(2) by(3) police(4): passive subject and agent.
        assertThat(sentences.get(2).arcs()).contains(new Arc(2, "nsubj:pass", 0), new Arc(2, "obl:agent", 4));
    }

    @Test
    void bundledSamplesComeOutAsWithCoreNlpsParser() throws IOException {
        ComparisonTexts.samples().forEach(this::assertSame);
    }

    @Test
    void sharedTextsComeOutAsWithCoreNlpsParser() throws IOException {
        assumeTrue(ComparisonTexts.sharedPresent(), "../../shared is absent");
        ComparisonTexts.shared().forEach(this::assertSame);
    }
}
