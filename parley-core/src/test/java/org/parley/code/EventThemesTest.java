package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.parley.code.HandParsed.code;
import static org.parley.code.HandParsed.only;

import org.junit.jupiter.api.Test;
import org.parley.model.EventMention;

/**
 * An event noun that another trigger acts on is that event's theme, not an event of its own
 * ({@link EventThemes}), on hand-built parses.
 */
class EventThemesTest {
    @Test
    void aRejectedProposalIsNotAlsoCodedAsTheProposal() {
        EventMention e = only("India/NNP/India/LOCATION rejected/VBD/reject a/DT Pakistani/JJ/Pakistani/MISC "
                        + "proposal/NN/proposal ./.",
                "nsubj(1,0) root(-1,1) det(4,2) amod(4,3) obj(1,4) punct(1,5)");

        assertThat(e.code()).isEqualTo("120");
        assertThat(e.trigger().text()).isEqualTo("rejected");
        assertThat(e.source().code()).isEqualTo("IND");
        assertThat(e.target().code()).isEqualTo("PAK");
        assertThat(e.target().text()).isEqualTo("Pakistani");
    }

    @Test
    void mediationAgreedToIsNotMediationDone() {
        EventMention e = only("Israel/NNP/Israel/LOCATION agreed/VBD/agree to/IN US/NNP/US/LOCATION "
                        + "mediation/NN/mediation ./.",
                "nsubj(1,0) root(-1,1) case(4,2) compound(4,3) obl:to(1,4) punct(1,5)");

        assertThat(e.code()).isEqualTo("030");
        assertThat(e.trigger().text()).isEqualTo("agreed");
        assertThat(e.source().code()).isEqualTo("ISR");
        assertThat(e.target().code()).isEqualTo("USA");
    }

    @Test
    void aPassiveSubjectIsTheThemeToo() {
        EventMention e = only("The/DT Russian/JJ/Russian/MISC offer/NN/offer was/VBD/be rejected/VBN/reject "
                        + "by/IN Ukraine/NNP/Ukraine/LOCATION ./.",
                "det(2,0) amod(2,1) nsubj:pass(4,2) aux:pass(4,3) root(-1,4) case(6,5) obl:agent(4,6) punct(4,7)");

        assertThat(e.code()).isEqualTo("120");
        assertThat(e.source().code()).isEqualTo("UKR");
        assertThat(e.target().code()).isEqualTo("RUS");
    }

    @Test
    void aCondemnedAttackIsWhatTheSentenceReportsTheCondemnationOf() {
        EventMention e = only("Egypt/NNP/Egypt/LOCATION condemned/VBD/condemn the/DT Syrian/JJ/Syrian/MISC "
                        + "attack/NN/attack on/IN Israel/NNP/Israel/LOCATION ./.",
                "nsubj(1,0) root(-1,1) det(4,2) amod(4,3) obj(1,4) case(6,5) nmod:on(4,6) punct(1,7)");

        assertThat(e.code()).isEqualTo("111");
        assertThat(e.trigger().text()).isEqualTo("condemned");
        assertThat(e.source().code()).isEqualTo("EGY");
        assertThat(e.target().code()).isEqualTo("SYR");
    }

    @Test
    void anEventNounThatNoTriggerGovernsIsStillAnEvent() {
        EventMention e = only("Reporters/NNS/reporter described/VBD/describe the/DT Syrian/JJ/Syrian/MISC "
                        + "attack/NN/attack on/IN Israel/NNP/Israel/LOCATION ./.",
                "nsubj(1,0) root(-1,1) det(4,2) amod(4,3) obj(1,4) case(6,5) nmod:on(4,6) punct(1,7)");

        assertThat(e.code()).isEqualTo("190");
        assertThat(e.trigger().text()).isEqualTo("attack");
        assertThat(e.source().code()).isEqualTo("SYR");
        assertThat(e.target().code()).isEqualTo("ISR");
    }

    @Test
    void anEventNounCarriedByASupportVerbIsThatVerbsEvent() {
        assertThat(code("Israel/NNP/Israel/LOCATION held/VBD/hold talks/NNS/talk with/IN Syria/NNP/Syria/LOCATION ./.",
                "nsubj(1,0) root(-1,1) obj(1,2) case(4,3) nmod:with(2,4) punct(1,5)"))
                .extracting(e -> e.code(), e -> e.source().code(), e -> e.target().code(), e -> e.trigger().text())
                .containsExactly(tuple("046", "ISR", "SYR", "held talks"), tuple("046", "SYR", "ISR", "held talks"));
    }
}
