package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.code.HandParsed.code;
import static org.parley.code.HandParsed.only;

import org.junit.jupiter.api.Test;
import org.parley.model.EventMention;

/** The noun a passive participle describes is its target; its agent only a "by" phrase ({@link ReducedPassives}). */
class ReducedPassivesTest {
    @Test
    void theAgentOfAParticipleIsItsByPhrase() {
        EventMention e = only("The/DT Syrian/JJ/Syrian/NATIONALITY rebels/NNS/rebel arrested/VBN/arrest by/IN "
                + "Turkish/JJ/Turkish/NATIONALITY police/NNS/police fled/VBD/flee ./.",
                "det(2,0) amod(2,1) nsubj(7,2) acl(2,3) case(6,4) amod(6,5) obl:agent(3,6) root(-1,7) punct(7,8)");
        assertThat(e.code()).isEqualTo("173");
        assertThat(e.source().text()).isEqualTo("Turkish police");
        assertThat(e.source().code()).isEqualTo("TURCOP");
        assertThat(e.target().text()).isEqualTo("The Syrian rebels");
        assertThat(e.target().code()).isEqualTo("SYRREB");
    }

    @Test
    void theNounOfAParticipleIsNeverItsSource() {
        // The rebels are sought, they seek nothing: with no "by" phrase the seeking has no source, so no event.
        assertThat(code("Two/CD/two Syrian/JJ/Syrian/NATIONALITY rebels/NNS/rebel sought/VBN/seek in/IN the/DT "
                + "killing/NN/killing of/IN a/DT Turkish/JJ/Turkish/NATIONALITY soldier/NN/soldier fled/VBD/flee ./.",
                "nummod(2,0) amod(2,1) nsubj(11,2) acl(2,3) case(6,4) det(6,5) obl:in(3,6) case(10,7) det(10,8) amod(10,9) "
                        + "nmod:of(6,10) root(-1,11) punct(11,12)")).isEmpty();
    }

    @Test
    void aPresentParticipleStillActs() {
        // "rebels attacking the police": the noun of an active participle is its agent.
        EventMention e = only("Syrian/JJ/Syrian/NATIONALITY rebels/NNS/rebel attacking/VBG/attack "
                + "the/DT police/NNS/police fled/VBD/flee ./.",
                "amod(1,0) nsubj(5,1) acl(1,2) det(4,3) obj(2,4) root(-1,5) punct(5,6)");

        assertThat(e.code()).isEqualTo("190");
        assertThat(e.source().code()).isEqualTo("SYRREB");
        assertThat(e.target().text()).isEqualTo("the police");
    }

    @Test
    void theNounOfAParticipleMeetsTheLexiconsObjectConstraints() {
        // "released" a statement is no release of persons: the blocking entry sees the noun as the object.
        assertThat(code("A/DT statement/NN/statement released/VBN/release by/IN Israel/NNP/Israel/LOCATION "
                        + "followed/VBD/follow ./.",
                "det(1,0) nsubj(5,1) acl(1,2) case(4,3) obl:agent(2,4) root(-1,5) punct(5,6)")).isEmpty();

        EventMention e = only("The/DT Palestinian/JJ/Palestinian/NATIONALITY prisoners/NNS/prisoner released/VBN/release "
                        + "by/IN Israel/NNP/Israel/LOCATION returned/VBD/return ./.",
                "det(2,0) amod(2,1) nsubj(6,2) acl(2,3) case(5,4) obl:agent(3,5) root(-1,6) punct(6,7)");
        assertThat(e.code()).isEqualTo("0841");
        assertThat(e.trigger().text()).isEqualTo("prisoners released");
        assertThat(e.source().code()).isEqualTo("ISR");
        assertThat(e.target().text()).isEqualTo("The Palestinian prisoners");
        assertThat(e.target().code()).isEqualTo("PSECRM");
    }

    @Test
    void anOccasionHostedIsNoVisitHosted() {
        assertThat(code("Talks/NNS began/VBD at/IN a/DT dinner/NN/dinner hosted/VBN/host by/IN Egypt/NNP/Egypt/LOCATION ./.",
                "nsubj(1,0) root(-1,1) case(4,2) det(4,3) obl:at(1,4) acl(4,5) case(7,6) obl:agent(5,7) punct(1,8)")).isEmpty();

        EventMention e = only("Egypt/NNP/Egypt/LOCATION hosted/VBD/host Putin/NNP/Putin/PERSON ./.",
                "nsubj(1,0) root(-1,1) obj(1,2) punct(1,3)");
        assertThat(e.code()).isEqualTo("043");
        assertThat(e.source().code()).isEqualTo("EGY");
        assertThat(e.target().code()).isEqualTo("RUSGOV");
    }
}
