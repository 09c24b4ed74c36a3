package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.fixtures.Fixture;
import org.parley.model.AnnotatedDocument;
import org.parley.model.EventMention;

/** The coder's smaller rules, each on a hand-built parse. */
class CoderRulesTest {
    private static final EventCoder CODER = EventCoder.withDefaults();

    /** "Egypt upbraided Jordan ." with a verb the lexicon does not list. */
    private static AnnotatedDocument upbraided() {
        return Fixture.published("2020-01-02").sentence(
                "Egypt/NNP/Egypt/LOCATION upbraided/VBD/upbraid Jordan/NNP/Jordan/LOCATION ./.",
                "nsubj(1,0) obj(1,2) punct(1,3) root(-1,1)").build();
    }

    @Test
    void anUnlistedVerbIsCodedWhenTwoOfItsNeighboursAgreeOnTheRoot() {
        EventCoder coder = EventCoder.builder()
                .synonyms((lemma, verb) -> lemma.equals("upbraid") ? List.of("frobnicate", "condemn", "criticize") : List.of())
                .build();

        List<EventMention> events = coder.code(upbraided());

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.root()).isEqualTo("11");
            assertThat(e.source().code()).isEqualTo("EGY");
            assertThat(e.target().code()).isEqualTo("JOR");
            assertThat(e.confidence()).isLessThan(0.7);
        });
    }

    @Test
    void oneNeighbourAloneIsNotEnough() {
        EventCoder coder = EventCoder.builder()
                .synonyms((lemma, verb) -> lemma.equals("upbraid") ? List.of("condemn", "meet") : List.of())
                .build();

        assertThat(coder.code(upbraided())).isEmpty();
    }

    @Test
    void anEventNounThatOnlyDatesAnotherClauseIsNotReported() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Egypt/NNP/Egypt/LOCATION spoke/VBD/speak after/IN Syria/NNP/Syria/LOCATION 's/POS war/NN ended/VBD/end ./.",
                "nsubj(1,0) advcl:after(1,6) mark(6,2) nsubj(6,5) nmod:poss(5,3) case(3,4) punct(1,7) root(-1,1)").build();

        assertThat(CODER.code(doc)).isEmpty();
    }

    @Test
    void aPronounInAReportedClauseIsTheSpeaker() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Britain/NNP/Britain/LOCATION said/VBD/say it/PRP would/MD condemn/VB Iran/NNP/Iran/LOCATION ./.",
                "nsubj(1,0) ccomp(1,4) nsubj(4,2) aux(4,3) obj(4,5) punct(1,6) root(-1,1)").build();

        EventMention e = CODER.code(doc).get(0);

        assertThat(e.source().text()).isEqualTo("it");
        assertThat(e.source().code()).isEqualTo("GBR");
        assertThat(e.target().code()).isEqualTo("IRN");
        assertThat(e.attribution().code()).isEqualTo("GBR");
    }

    @Test
    void aTargetNamingOnlyASectorTakesTheSourcesCountry() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Israel/NNP/Israel/LOCATION condemned/VBD/condemn the/DT police/NN ./.",
                "nsubj(1,0) obj(1,3) det(3,2) punct(1,4) root(-1,1)").build();

        EventMention e = CODER.code(doc).get(0);

        assertThat(e.target().code()).isEqualTo("ISRCOP");
        assertThat(e.target().text()).isEqualTo("the police");
    }
}
