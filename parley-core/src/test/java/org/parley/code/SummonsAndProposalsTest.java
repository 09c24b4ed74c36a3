package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.code.HandParsed.code;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.EventMention;

/**
 * Other parties found outside the trigger's own arguments: the envoy summoned to hear a complaint,
 * the party of a proposal an event rejects, an unknown person by the sector of a title, the party
 * of what a protest is about, and the "on" party of sanctions imposed. On hand-built parses.
 */
class SummonsAndProposalsTest {
    @Test
    void theSummonerComplainsToTheSummonedEnvoy() {
        List<EventMention> events = code(
                "Nigeria/NNP/Nigeria/LOCATION summoned/VBD/summon Niger/NNP/Niger/LOCATION 's/POS/'s "
                        + "envoy/NN/envoy to/TO complain/VB/complain ./.",
                "nsubj(1,0) root(-1,1) nmod:poss(4,2) case(2,3) obj(1,4) nsubj:xsubj(6,4) mark(6,5) xcomp(1,6) "
                        + "punct(1,7)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), e -> e.target().code(),
                        e -> e.trigger().text())
                .containsExactly(tuple("114", "NGA", "NERGOV", "summoned Niger 's envoy"), tuple("110", "NGA", "NERGOV", "complain"));
    }

    @Test
    void aRejectedCallIsAboutThePlaceItsClauseActsOn() {
        List<EventMention> events = code(
                "The/DT UN/NNP/UN/ORGANIZATION rejected/VBD/reject a/DT call/NN/call for/IN its/PRP$/its "
                        + "peacekeepers/NNS/peacekeeper to/TO be/VB/be deployed/VBN/deploy in/IN Haiti/NNP/Haiti/LOCATION ./.",
                "det(1,0) nsubj(2,1) root(-1,2) det(4,3) obj(2,4) mark(10,5) nmod:poss(7,6) nsubj:pass(10,7) mark(10,8) "
                        + "aux:pass(10,9) acl:to(4,10) case(12,11) obl:in(10,12) punct(2,13)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), e -> e.target().code(),
                        e -> e.trigger().text())
                .containsExactly(tuple("124", "IGOUNO", "HTI", "rejected a call"));
    }

    @Test
    void anUnknownPersonWithATitleIsOfTheTitlesSector() {
        List<EventMention> events = code(
                "Argentina/NNP/Argentina/LOCATION ordered/VBD/order former/JJ/former president/NN/president "
                        + "Pedro/NNP/Pedro/PERSON Alvarenga/NNP/Alvarenga/PERSON to/TO appear/VB/appear ./.",
                "nsubj(1,0) root(-1,1) amod(5,2) compound(5,3) compound(5,4) obj(1,5) nsubj:xsubj(7,5) mark(7,6) "
                        + "xcomp(1,7) punct(1,8)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), e -> e.target().code(),
                        e -> e.target().text(), e -> e.trigger().text())
                .containsExactly(tuple("100", "ARG", "ARGGOV", "former president Pedro Alvarenga", "ordered"));
    }

    @Test
    void anUnknownNameWithoutATitleIsNoActor() {
        List<EventMention> events = code(
                "Argentina/NNP/Argentina/LOCATION ordered/VBD/order Pedro/NNP/Pedro/PERSON "
                        + "Alvarenga/NNP/Alvarenga/PERSON to/TO appear/VB/appear ./.",
                "nsubj(1,0) root(-1,1) compound(3,2) obj(1,3) nsubj:xsubj(5,3) mark(5,4) xcomp(1,5) punct(1,6)");

        // The order stands, with no target: an unknown name alone tells neither sector nor country.
        assertThat(events).extracting(EventMention::code, e -> e.source().code(), EventMention::target,
                        e -> e.trigger().text())
                .containsExactly(tuple("100", "ARG", null, "ordered"));
    }

    @Test
    void aStrikeInProtestOfARefusalIsAgainstWhoeverRefused() {
        List<EventMention> events = code(
                "Chechen/JJ/chechen refugees/NNS/refugee continued/VBD/continue a/DT hunger/NN/hunger strike/NN/strike "
                        + "in/IN protest/NN/protest of/IN the/DT Russian/JJ/russian government/NN/government 's/POS/'s "
                        + "refusal/NN/refusal ./.",
                "amod(1,0) nsubj(2,1) root(-1,2) det(5,3) compound(5,4) obj(2,5) case(7,6) nmod:in(5,7) case(13,8) "
                        + "det(11,9) amod(11,10) nmod:poss(13,11) case(11,12) nmod:of(7,13) punct(2,14)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), e -> e.target() == null ? null : e.target().code(),
                        e -> e.trigger().text())
                .containsExactly(tuple("142", "RUSCHEREF", "RUSGOV", "continued a hunger strike"),
                        tuple("120", "RUSGOV", null, "refusal")); // the refusal's own object is not named
    }

    @Test
    void aProtestAtAnActIsAgainstItsAgent() {
        List<EventMention> events = code(
                "Palestinians/NNPS/Palestinian protested/VBD/protest at/IN raids/NNS/raid by/IN "
                        + "Israeli/JJ/israeli soldiers/NNS/soldier ./.",
                "nsubj(1,0) root(-1,1) case(3,2) obl:at(1,3) case(6,4) amod(6,5) nmod:by(3,6) punct(1,7)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), e -> e.target() == null ? null : e.target().code(),
                        e -> e.trigger().text())
                .containsExactly(tuple("140", "PSE", "ISRMIL", "protested"),
                        tuple("190", "ISRMIL", null, "raids")); // whom the raids hit is not named
    }

    @Test
    void aStrikeWhoseRelativeClauseCarriesTheProtestIsAgainstThePartyOfTheAct() {
        List<EventMention> events = code(
                "Nepalese/JJ/nepalese parties/NNS/party organized/VBD/organize a/DT general/JJ/general strike/NN/strike "
                        + "that/WDT/that shut/VBD/shut Kathmandu/NNP/Kathmandu/LOCATION in/IN protest/NN/protest of/IN "
                        + "the/DT government/NN/government 's/POS/'s decision/NN/decision ./.",
                "amod(1,0) nsubj(2,1) root(-1,2) det(5,3) amod(5,4) obj(2,5) nsubj(7,5) acl:relcl(5,7) obj(7,8) "
                        + "case(10,9) obl:in(7,10) case(15,11) det(13,12) nmod:poss(15,13) case(13,14) nmod:of(10,15) "
                        + "punct(2,16)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), e -> e.target().code(),
                        e -> e.trigger().text())
                .containsExactly(tuple("143", "NPL", "NPLGOV", "organized a general strike"));
    }

    @Test
    void sanctionsImposedOnACountryTargetIt() {
        List<EventMention> events = code(
                "Nigeria/NNP/Nigeria/LOCATION imposed/VBD/impose sanctions/NNS/sanction on/IN Ghana/NNP/Ghana/LOCATION ./.",
                "nsubj(1,0) root(-1,1) obj(1,2) case(4,3) obl:on(1,4) punct(1,5)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), e -> e.target().code(),
                        e -> e.trigger().text())
                .containsExactly(tuple("163", "NGA", "GHA", "imposed sanctions"));
    }
}
