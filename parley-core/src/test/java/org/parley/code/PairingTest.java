package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.Span;
import org.parley.ontology.Cameo;

/**
 * The targets of a mutual event that are the same actors as its coordinated sources are given as
 * those sources' own mentions: "Trump and Kim met ..., the first meeting between a sitting
 * American president and a leader of North Korea".
 */
class PairingTest {
    private static final Pairing PAIRING = new Pairing(Cameo.builtIn());
    private static final Actor TRUMP = new Actor("US President Donald Trump", "USAGOV", "USA", "GOV", new Span(0, 25));
    private static final Actor KIM = new Actor("North Korean leader Kim Jong Un", "PRKGOV", "PRK", "GOV", new Span(30, 61));
    private static final Actor PRESIDENT = new Actor("a sitting American president", "USAGOV", "USA", "GOV", new Span(120, 148));
    private static final Actor LEADER = new Actor("a leader of North Korea", "PRKGOV", "PRK", "GOV", new Span(153, 176));

    @Test
    void aMutualEventsTargetsThatAreItsCoSourcesAreTheirOwnMentions() {
        List<Actor[]> pairs = PAIRING.pairs("040", List.of(TRUMP, KIM), List.of(PRESIDENT, LEADER), true);

        assertThat(pairs).extracting(p -> p[0].text(), p -> p[1].text()).containsExactly(
                tuple("US President Donald Trump", "North Korean leader Kim Jong Un"),
                tuple("North Korean leader Kim Jong Un", "US President Donald Trump"));
    }

    @Test
    void aDirectedEventKeepsItsOwnTargetMentions() {
        List<Actor[]> pairs = PAIRING.pairs("112", List.of(TRUMP, KIM), List.of(PRESIDENT, LEADER), true);

        assertThat(pairs).extracting(p -> p[0].text(), p -> p[1].text()).containsExactly(
                tuple("US President Donald Trump", "a leader of North Korea"),
                tuple("North Korean leader Kim Jong Un", "a sitting American president"));
    }
}
