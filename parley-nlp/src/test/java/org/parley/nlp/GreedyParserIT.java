package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Parley's own transition loop and forward pass ({@link GreedyParser}) give CoreNLP's
 * {@code DependencyParser.predict} analysis arc for arc: every basic dependency (governor,
 * dependent, relation) of every sentence, on sentences of our own, the bundled samples and,
 * where the team's shared folder sits beside the repository, its articles and the PETRARCH2
 * validation texts. Both run on one loaded parser, so they see the same numbers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GreedyParserIT {

    private StanfordCoreNLP tagger;
    private DependencyParser coreNlp;
    private GreedyParser own;

    @BeforeAll
    void loadModels() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos");
        p.setProperty("tokenize.language", "en");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        tagger = new StanfordCoreNLP(p, false);
        coreNlp = new DependencyParser(new Properties());
        coreNlp.loadModelFile(DependencyParser.DEFAULT_MODEL);
        own = new GreedyParser(new ParserNetwork(coreNlp));
    }

    /** Compares every sentence of a text; returns how many sentences it compared. */
    private int assertSameArcs(String id, String text) {
        Annotation annotation = new Annotation(LineBreaks.forSentenceSplitting(text));
        tagger.annotate(annotation);
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        for (int i = 0; i < sentences.size(); i++) {
            CoreMap sentence = sentences.get(i);
            List<String> expected = arcs(coreNlp.predict(sentence));
            List<String> actual = arcs(own.parse(sentence));
            assertThat(actual).as(id + " sentence " + i).isEqualTo(expected);
            assertThat(actual).hasSize(sentence.get(CoreAnnotations.TokensAnnotation.class).size());
        }
        return sentences.size();
    }

    private static List<String> arcs(GrammaticalStructure analysis) {
        return analysis.typedDependencies().stream().map(GreedyParserIT::arc).toList();
    }

    private static String arc(TypedDependency d) {
        return d.reln().toString() + "(" + d.gov().index() + "," + d.dep().index() + ")";
    }

    @Test
    void ownSentencesParseAsWithCoreNlp() {
        String text = "Sue went to Paris and Bill to Rome.\n"
                + "The minister, who arrived on Monday, met rebels and soldiers in the north of Syria.\n"
                + "Protesters were attacked by police in front of the embassy.\n"
                + "Yes.\n"
                + "\"We will not negotiate,\" the spokesman said, adding that talks had collapsed.";
        assertThat(assertSameArcs("own", text)).isEqualTo(5);
        // Yes(1) alone: the single transition sequence shift, root arc.
        Annotation one = new Annotation("Yes.");
        tagger.annotate(one);
        CoreMap sentence = one.get(CoreAnnotations.SentencesAnnotation.class).get(0);
        assertThat(arcs(own.parse(sentence))).containsExactly("root(0,1)", "punct(1,2)");
    }

    @Test
    void bundledSamplesParseAsWithCoreNlp() throws IOException {
        int compared = ComparisonTexts.samples().entrySet().stream()
                .mapToInt(e -> assertSameArcs(e.getKey(), e.getValue())).sum();
        assertThat(compared).isGreaterThan(0);
    }

    @Test
    void sharedTextsParseAsWithCoreNlp() throws IOException {
        assumeTrue(ComparisonTexts.sharedPresent(), "../../shared is absent");
        ComparisonTexts.shared().forEach(this::assertSameArcs);
    }
}
