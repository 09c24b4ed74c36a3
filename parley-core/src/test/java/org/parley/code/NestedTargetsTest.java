package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.code.HandParsed.code;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.EventMention;
import org.parley.model.Mood;

/**
 * Targets the parse puts one step out of reach: phrases a date swallowed, the arguments of clauses
 * below an open complement, the place of a recipient, and coordinated parties of a joint intent.
 * On hand-built parses.
 */
class NestedTargetsTest {
    @Test
    void aListOfPartiesParsedUnderTheDateIsTheVerbsTarget() {
        List<EventMention> events = code(
                "Canada/NNP/Canada/LOCATION lifted/VBD/lift embargoes/NNS/embargo in/IN March/NNP/March/DATE to/IN "
                        + "Iran/NNP/Iran/LOCATION ,/, Libya/NNP/Libya/LOCATION and/CC Sudan/NNP/Sudan/LOCATION ./.",
                "nsubj(1,0) obj(1,2) obl:in(1,4) case(4,3) nmod:to(4,6) case(6,5) punct(4,7) conj(4,8) cc(10,9) "
                        + "conj(4,10) punct(1,11) root(-1,1)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), e -> e.target().code(),
                        e -> e.trigger().text())
                .containsExactly(tuple("085", "CAN", "IRN", "lifted embargoes"), tuple("085", "CAN", "LBY", "lifted embargoes"),
                        tuple("085", "CAN", "SDN", "lifted embargoes"));
    }

    @Test
    void anObjectParsedAsALooseDependentOfTheDateIsTheVerbsObject() {
        List<EventMention> events = code(
                "Lebanon/NNP/Lebanon/LOCATION rejected/VBD/reject Thursday/NNP/Thursday/DATE a/DT "
                        + "UN/NNP/UN/ORGANIZATION appeal/NN/appeal ./.",
                "nsubj(1,0) obl:tmod(1,2) dep(2,5) det(5,3) compound(5,4) punct(1,6) root(-1,1)");

        // The rejection (120) of the UN; the appeal the UN made is what is rejected, not an event of its own.
        assertThat(events).extracting(EventMention::code, e -> e.source().code(),
                        e -> e.target() == null ? null : e.target().code(), e -> e.trigger().text())
                .containsExactly(tuple("120", "LBN", "IGOUNO", "rejected"));
    }

    @Test
    void theObjectOfAClauseBelowTheComplementIsTheTarget() {
        List<EventMention> events = code(
                "Norway/NNP/Norway/LOCATION is/VBZ/be willing/JJ/willing to/TO send/VB/send material/NN/material to/TO "
                        + "help/VB/help defend/VB/defend Kuwait/NNP/Kuwait/LOCATION ./.",
                "nsubj(2,0) cop(2,1) root(-1,2) mark(4,3) xcomp(2,4) nsubj:xsubj(4,0) obj(4,5) mark(7,6) xcomp(4,7) "
                        + "xcomp(7,8) obj(8,9) punct(2,10)");

        // The readiness (030), and the help itself (070, intended), whose beneficiary is the party of its complement.
        assertThat(events).extracting(EventMention::code, e -> e.source().code(), e -> e.target().code(),
                        e -> e.trigger().text(), EventMention::mood)
                .containsExactly(tuple("030", "NOR", "KWT", "willing", Mood.ASSERTED),
                        tuple("070", "NOR", "KWT", "help", Mood.INTENDED));
    }

    @Test
    void thePlaceOfARecipientNamingNoCountryIsTheTarget() {
        List<EventMention> events = code(
                "France/NNP/France/LOCATION is/VBZ/be ready/JJ/ready to/TO contribute/VB/contribute troops/NNS/troop "
                        + "to/IN a/DT force/NN/force in/IN Liberia/NNP/Liberia/LOCATION ./.",
                "nsubj(2,0) cop(2,1) root(-1,2) mark(4,3) xcomp(2,4) nsubj:xsubj(4,0) obj(4,5) obl:to(4,8) case(8,6) "
                        + "det(8,7) nmod:in(8,10) case(10,9) punct(2,11)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), e -> e.target().code(),
                        e -> e.trigger().text())
                .containsExactly(tuple("030", "FRA", "LBR", "ready"));
    }

    @Test
    void coordinatedCountriesAgreeingStateTheirIntentToEachOther() {
        List<EventMention> events = code(
                "Chile/NNP/Chile/LOCATION and/CC Peru/NNP/Peru/LOCATION agreed/VBD/agree ./.",
                "nsubj(3,0) cc(2,1) conj:and(0,2) nsubj(3,2) root(-1,3) punct(3,4)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), e -> e.target().code(),
                        e -> e.trigger().text())
                .containsExactly(tuple("030", "CHL", "PER", "agreed"), tuple("030", "PER", "CHL", "agreed"));
    }

    @Test
    void partiesOfOneCountryAgreeingAreOneSide() {
        List<EventMention> events = code(
                "Chilean/JJ/Chilean/MISC police/NNS/police and/CC Chilean/JJ/Chilean/MISC soldiers/NNS/soldier "
                        + "agreed/VBD/agree ./.",
                "amod(1,0) nsubj(5,1) cc(4,2) amod(4,3) conj:and(1,4) nsubj(5,4) root(-1,5) punct(5,6)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), EventMention::target,
                        e -> e.trigger().text())
                .containsExactly(tuple("030", "CHLCOP", null, "agreed"), tuple("030", "CHLMIL", null, "agreed"));
    }

    @Test
    void aConjunctOfTheConsumedObjectIsConsumedToo() {
        List<EventMention> events = code(
                "The/DT UN/NNP/UN/ORGANIZATION withdrew/VBD/withdraw weapons/NNS/weapon inspectors/NNS/inspector and/CC "
                        + "aid/NN/aid workers/NNS/worker from/IN Iraq/NNP/Iraq/LOCATION ./.",
                "det(1,0) nsubj(2,1) root(-1,2) compound(4,3) obj(2,4) cc(7,5) compound(7,6) conj:and(4,7) obj(2,7) "
                        + "obl:from(2,9) case(9,8) punct(2,10)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), e -> e.target().code(),
                        e -> e.trigger().text())
                .containsExactly(tuple("1662", "IGOUNO", "IRQ", "withdrew weapons inspectors"));
    }

    @Test
    void anObjectShiftedPastAnAsPhraseIsTheVerbsObject() {
        List<EventMention> events = code(
                "Albania/NNP/Albania/LOCATION denounced/VBD/denounce as/IN a/DT crime/NN/crime Serbia/NNP/Serbia/LOCATION "
                        + "'s/POS suppression/NN/suppression of/IN unrest/NN/unrest ./.",
                "nsubj(1,0) root(-1,1) obl:as(1,4) case(4,2) det(4,3) nmod:poss(7,5) case(5,6) dep(4,7) nmod:of(7,9) "
                        + "case(9,8) punct(1,10)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), e -> e.target().code(),
                        e -> e.trigger().text())
                .containsExactly(tuple("111", "ALB", "SRB", "denounced"));
    }

    @Test
    void theSpeakerAfterAnInvertedSaidIsNoObjectOfTheEvent() {
        // Not "Israel will evacuate (the spokesman for) Egypt": the spokesman speaks.
        List<EventMention> events = code(
                "Israel/NNP/Israel/LOCATION will/MD/will evacuate/VB/evacuate settlements/NNS/settlement ,/, said/VBD/say "
                        + "a/DT spokesman/NN/spokesman for/IN Egypt/NNP/Egypt/LOCATION ./.",
                "nsubj(2,0) aux(2,1) root(-1,2) obj(2,3) punct(2,4) obj(2,7) det(7,6) nmod:for(7,9) case(9,8) "
                        + "punct(2,10)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), EventMention::target,
                        e -> e.trigger().text())
                .containsExactly(tuple("073", "ISR", null, "evacuate"), tuple("0333", "ISR", null, "evacuate"));
    }

    @Test
    void aBetweenPhraseBeforeARelativeWordBelongsToTheNounNotTheClause() {
        List<EventMention> events = code(
                "Qatar/NNP/Qatar/LOCATION launched/VBD/launch a/DT mediation/NN/mediation effort/NN/effort between/IN "
                        + "Egypt/NNP/Egypt/LOCATION and/CC Sudan/NNP/Sudan/LOCATION whose/WP$ ties/NNS/tie "
                        + "worsened/VBD/worsen ./.",
                "nsubj(1,0) root(-1,1) det(4,2) compound(4,3) obj(1,4) case(6,5) obl:between(11,6) cc(8,7) conj:and(6,8) "
                        + "obl:between(11,8) ref(4,9) nmod:poss(10,4) nsubj(11,10) acl:relcl(4,11) punct(1,12)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), e -> e.target().code(),
                        e -> e.trigger().text())
                .containsExactly(tuple("045", "QAT", "EGY", "launched a mediation"),
                        tuple("045", "QAT", "SDN", "launched a mediation"));
    }
}
