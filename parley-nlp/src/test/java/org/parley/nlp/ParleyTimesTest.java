package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Arc;
import org.parley.model.EntityMention;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.TimeExpression;
import org.parley.model.Token;
import org.parley.time.TimeTagger;

class ParleyTimesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2019, 4, 20);

    /** "May Smith met Putin in May ." with the CRF's guesses: "May Smith" and the month "May" as persons. */
    private static Sentence crfSentence() {
        String[] words = {"May", "Smith", "met", "Putin", "in", "May", "."};
        String[] ner = {"PERSON", "PERSON", "O", "PERSON", "O", "PERSON", "O"};
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(i, words[i], words[i].toLowerCase(), "NNP", ner[i],
                    new Span(at, at + words[i].length())));
            at += words[i].length() + 1;
        }
        List<EntityMention> entities = List.of(
                new EntityMention(0, 2, "PERSON", "May Smith", new Span(0, 9)),
                new EntityMention(3, 4, "PERSON", "Putin", new Span(14, 19)),
                new EntityMention(5, 6, "PERSON", "May", new Span(23, 26)));
        return new Sentence(3, new Span(0, 28), tokens, List.of(new Arc(-1, "root", 2)), entities, List.of());
    }

    /** A tagger that knows one thing: the token "May" after "in" is the month of May 2019. */
    private static TimeTagger.Tagged monthAfterIn(List<Token> tokens, LocalDate published) {
        List<Token> out = new ArrayList<>(tokens);
        Token may = tokens.get(5);
        out.set(5, new Token(5, may.word(), may.lemma(), may.pos(), "DATE", may.span()));
        return new TimeTagger.Tagged(out, List.of(new TimeExpression(5, 6, "May",
                published.getYear() + "-05", may.span())));
    }

    @Test
    void takesTheTaggersTokensAndTimesAndDropsTheEntitiesTheyOverlap() {
        List<LocalDate> seen = new ArrayList<>();
        ParleyTimes times = new ParleyTimes((tokens, published) -> {
            seen.add(published);
            return monthAfterIn(tokens, published);
        });

        Sentence out = times.retag(crfSentence(), PUBLISHED);

        assertThat(seen).containsExactly(PUBLISHED);
        assertThat(out.times()).containsExactly(new TimeExpression(5, 6, "May", "2019-05", new Span(23, 26)));
        assertThat(out.entities()).containsExactly(
                new EntityMention(0, 2, "PERSON", "May Smith", new Span(0, 9)),
                new EntityMention(3, 4, "PERSON", "Putin", new Span(14, 19)));
        assertThat(out.tokens()).extracting(Token::ner)
                .containsExactly("PERSON", "PERSON", "O", "PERSON", "O", "DATE", "O");
        assertThat(out.index()).isEqualTo(3);
        assertThat(out.span()).isEqualTo(new Span(0, 28));
        assertThat(out.arcs()).containsExactly(new Arc(-1, "root", 2));
    }

    @Test
    void aSentenceWithoutTimesKeepsEveryEntity() {
        Sentence in = crfSentence();

        Sentence out = new ParleyTimes((tokens, published) -> new TimeTagger.Tagged(tokens, List.of()))
                .retag(in, null);

        assertThat(out).isEqualTo(in);
    }
}
