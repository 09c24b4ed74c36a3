package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Arc;
import org.parley.model.Document;
import org.parley.model.EntityMention;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.TimeExpression;
import org.parley.model.Token;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoreNlpAnnotatorIT {

    private static final String TALKS =
            "Israel, the United States and Russia held secret talks last month in Amman.";
    private static final LocalDate PUBLISHED = LocalDate.of(2017, 8, 10);

    private CoreNlpAnnotator annotator;
    /** Times from SUTime: what these tests checked before Parley had times of its own. */
    private CoreNlpAnnotator sutime;

    @BeforeAll
    void loadModels() {
        annotator = CoreNlpAnnotator.withDefaults();
        sutime = CoreNlpAnnotator.builder().times(TimeSource.SUTIME).build();
    }

    private AnnotatedDocument annotate(String text, LocalDate published) {
        return annotator.annotate(new Document("test", text, published, null, null, null, "test"));
    }

    private AnnotatedDocument annotateWithSutime(String text, LocalDate published) {
        return sutime.annotate(new Document("test", text, published, null, null, null, "test"));
    }

    private static int indexOf(Sentence sentence, String word) {
        for (Token token : sentence.tokens()) {
            if (token.word().equals(word)) {
                return token.index();
            }
        }
        throw new AssertionError("no token " + word + " in " + sentence.tokens());
    }

    @Test
    void tokensCarryWordsLemmasTagsAndExactSpans() {
        Sentence s = annotate(TALKS, PUBLISHED).sentences().get(0);

        assertThat(s.tokens()).extracting(Token::word).containsExactly(
                "Israel", ",", "the", "United", "States", "and", "Russia", "held", "secret", "talks",
                "last", "month", "in", "Amman", ".");
        assertThat(s.tokens()).allSatisfy(t -> assertThat(t.span().of(TALKS)).isEqualTo(t.word()));
        assertThat(s.tokens()).extracting(Token::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
        Token held = s.token(7);
        assertThat(held.lemma()).isEqualTo("hold");
        assertThat(held.pos()).isEqualTo("VBD");
        assertThat(held.span()).isEqualTo(new Span(37, 41));
        assertThat(s.token(9).lemma()).isEqualTo("talk");
        assertThat(s.token(0).ner()).isEqualTo("LOCATION");
        assertThat(s.token(8).ner()).isEqualTo("O");
        assertThat(s.span()).isEqualTo(new Span(0, TALKS.length()));
    }

    @Test
    void enhancedPlusPlusArcsPropagateConjunctsAndKeepCaseMarkers() {
        Sentence s = annotate(TALKS, PUBLISHED).sentences().get(0);
        int held = indexOf(s, "held");

        assertThat(s.roots()).containsExactly(held);
        assertThat(s.arcs()).contains(
                new Arc(-1, "root", held),
                new Arc(held, "nsubj", indexOf(s, "Israel")),
                new Arc(held, "nsubj", indexOf(s, "States")),
                new Arc(held, "nsubj", indexOf(s, "Russia")),
                new Arc(held, "obj", indexOf(s, "talks")),
                new Arc(held, "obl:in", indexOf(s, "Amman")),
                new Arc(indexOf(s, "Israel"), "conj:and", indexOf(s, "Russia")));
        assertThat(s.arcs()).allSatisfy(a -> assertThat(a.relation()).isLowerCase());
    }

    @Test
    void namedEntitiesAreCoarseRuns() {
        Sentence s = annotate(TALKS, PUBLISHED).sentences().get(0);

        assertThat(s.entities()).containsExactly(
                new EntityMention(0, 1, "LOCATION", "Israel", new Span(0, 6)),
                new EntityMention(3, 5, "LOCATION", "United States", new Span(12, 25)),
                new EntityMention(6, 7, "LOCATION", "Russia", new Span(30, 36)),
                new EntityMention(13, 14, "LOCATION", "Amman", new Span(69, 74)));
    }

    @Test
    void parleysTimesResolveRelativeTimeAgainstThePublicationDate() {
        Sentence s = annotate(TALKS, PUBLISHED).sentences().get(0);

        assertThat(s.times()).containsExactly(
                new TimeExpression(10, 12, "last month", "2017-07", new Span(55, 65)));
        assertThat(s.tokens()).extracting(Token::ner).containsExactly("LOCATION", "O", "O", "LOCATION",
                "LOCATION", "O", "LOCATION", "O", "O", "O", "DATE", "DATE", "O", "LOCATION", "O");
    }

    @Test
    void withoutAPublicationDateParleyLeavesRelativeTimeWithoutAValue() {
        String text = "They met last month and will meet again on Friday.";
        List<TimeExpression> times = annotate(text, null).sentences().get(0).times();

        assertThat(times).extracting(TimeExpression::text).containsExactly("last month", "Friday");
        assertThat(times).extracting(TimeExpression::value).containsExactly(null, null);
        // A bare weekday is the latest such day on or before publication; the coder re-dates it by tense.
        assertThat(annotate(text, PUBLISHED).sentences().get(0).times())
                .extracting(TimeExpression::value).containsExactly("2017-07", "2017-08-04");
    }

    @Test
    void sutimeResolvesRelativeTimeAgainstThePublicationDate() {
        Sentence s = annotateWithSutime(TALKS, PUBLISHED).sentences().get(0);

        assertThat(s.times()).containsExactly(
                new TimeExpression(10, 12, "last month", "2017-07", new Span(55, 65)));
    }

    @Test
    void withoutAPublicationDateSutimeLeavesRelativeTimeUnanchored() {
        String text = "They met last month and will meet again on Friday.";
        List<TimeExpression> times = annotateWithSutime(text, null).sentences().get(0).times();

        assertThat(times).extracting(TimeExpression::text).containsExactly("last month", "Friday");
        assertThat(times.get(1).value()).isEqualTo("XXXX-WXX-5");
        assertThat(annotateWithSutime(text, PUBLISHED).sentences().get(0).times())
                .extracting(TimeExpression::value).containsExactly("2017-07", "2017-08-11");
    }

    @Test
    void sentencesAreIndexedAndSpansPointIntoTheWholeText() {
        String text = "Talks collapse\n\n\"We won't sign,\" the minister said (in Cairo). Cafés closed early.";
        AnnotatedDocument doc = annotate(text, null);

        assertThat(doc.sentences()).extracting(Sentence::index).containsExactly(0, 1, 2);
        assertThat(doc.sentences()).extracting(s -> s.span().of(text)).containsExactly(
                "Talks collapse", "\"We won't sign,\" the minister said (in Cairo).", "Cafés closed early.");
        for (Sentence s : doc.sentences()) {
            assertThat(s.tokens()).allSatisfy(t -> assertThat(t.span().of(text)).isEqualTo(t.word()));
        }
        assertThat(doc.sentences().get(1).tokens()).extracting(Token::word)
                .contains("\"", "wo", "n't", "(", ")");
    }

    @Test
    void particleVerbsAndControlledSubjectsGetTheirSubtypes() {
        Sentence s = annotate("Russia wants to call off the summit.", null).sentences().get(0);

        assertThat(s.arcs()).contains(
                new Arc(indexOf(s, "call"), "nsubj:xsubj", indexOf(s, "Russia")),
                new Arc(indexOf(s, "call"), "compound:prt", indexOf(s, "off")));
    }

    @Test
    void anEmptyDocumentHasNoSentences() {
        assertThat(annotate("", PUBLISHED).sentences()).isEmpty();
    }
}
