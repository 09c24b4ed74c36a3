package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.code.HandParsed.code;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.parley.fixtures.Fixture;
import org.parley.model.EventMention;

/** A phrase of time never fills a trigger's prepositional slot nor names a party ({@link TimeWords}). */
class TimeWordsTest {
    private static final String ARCS = "nsubj(1,0) root(-1,1) obj(1,2) case(4,3) obl:on(1,4) punct(1,5)";

    @Test
    void aDateAfterOnIsNoAppeal() {
        List<EventMention> events = code("Macron/NNP/Macron/PERSON called/VBD/call Putin/NNP/Putin/PERSON on/IN "
                + "Monday/NNP/Monday/DATE ./.", ARCS);

        // A call between the two (041, coded both ways), not an appeal to Monday (020).
        assertThat(events).extracting(EventMention::code).containsExactly("041", "041");
        assertThat(events).extracting(ev -> ev.source().code()).containsExactly("FRAGOV", "RUSGOV");
    }

    @Test
    void aPhraseInsideASentenceTimeIsNoAppealEither() {
        // The recogniser tagged nothing; the sentence's time expression covers "the weekend".
        List<EventMention> events = EventCoder.withDefaults().code(Fixture.published("2020-01-02")
                .sentence("Macron/NNP/Macron/PERSON called/VBD/call Putin/NNP/Putin/PERSON on/IN the/DT "
                        + "weekend/NN/weekend ./.", "nsubj(1,0) root(-1,1) obj(1,2) case(5,3) det(5,4) obl:on(1,5) punct(1,6)")
                .time(4, 6, "2019-W52-WE").build());

        assertThat(events).extracting(EventMention::code).containsExactly("041", "041");
        assertThat(events).extracting(ev -> ev.target().code()).containsExactly("RUSGOV", "FRAGOV");
    }

    @Test
    void aPartyAfterOnStillMakesTheAppeal() {
        List<EventMention> events = code("Macron/NNP/Macron/PERSON called/VBD/call on/IN Putin/NNP/Putin/PERSON "
                + "to/TO withdraw/VB/withdraw ./.", "nsubj(1,0) root(-1,1) case(3,2) obl:on(1,3) mark(5,4) advcl:to(1,5) punct(1,6)");

        // The appeal to Putin, and the withdrawal it asks for.
        assertThat(events).extracting(EventMention::code).containsExactly("020", "0874");
        assertThat(events.get(0).source().code()).isEqualTo("FRAGOV");
        assertThat(events.get(0).target().code()).isEqualTo("RUSGOV");
    }

    @Test
    void timeIsATagOfTimeOrAPlaceInsideATimeExpression() {
        DependencyGraph graph = new DependencyGraph(Fixture.published("2020-01-02")
                .sentence("Talks/NNS/talk lasted/VBD/last two/CD/two/DURATION days/NNS/day over/IN the/DT weekend/NN/weekend "
                        + "in/IN Paris/NNP/Paris/LOCATION", "nsubj(1,0) root(-1,1) nummod(3,2) obl:tmod(1,3) case(6,4) det(6,5) "
                        + "obl:over(1,6) case(8,7) obl:in(1,8)")
                .time(5, 7, "2019-W52-WE").build().sentences().get(0));

        assertThat(IntStream.range(0, graph.size()).filter(i -> TimeWords.isTime(graph, i)).boxed())
                .containsExactly(2, 5, 6);
    }
}
