package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.code.HandParsed.code;
import static org.parley.code.HandParsed.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.EventMention;
import org.parley.model.Span;

/**
 * Targets of investigations and criticism of a wrong (its agent, {@link Culprits}), of withdrawals
 * named by a noun (not the troops withdrawn) and of measures imposed in a capital (the country, not
 * the government the capital's name can stand for), on hand-built parses.
 */
class CulpritsAndOwnForcesTest {

    @Test
    void anInvestigationOfAWrongTargetsItsAgentNotItsVictims() {
        EventMention e = only("Kenya/NNP/Kenya/LOCATION investigated/VBD/investigate killings/NNS/killing by/IN "
                        + "Somali/JJ/Somali/MISC militias/NNS/militia against/IN Kenyan/JJ/Kenyan/MISC villagers/NNS/villager ./.",
                "nsubj(1,0) obj(1,2) nmod:by(2,5) case(5,3) amod(5,4) nmod:against(2,8) case(8,6) amod(8,7) "
                        + "punct(1,9) root(-1,1)");

        assertThat(e.code()).isEqualTo("091");
        assertThat(e.source().code()).isEqualTo("KEN");
        assertThat(e.target().code()).isEqualTo("SOMREB");
        assertThat(e.target().text()).isEqualTo("Somali militias");
        assertThat(e.trigger().text()).isEqualTo("investigated killings");
    }

    @Test
    void anInvestigationIntoAWrongCommittedByAPartyTargetsThatParty() {
        EventMention e = only("Turkey/NNP/Turkey/LOCATION launched/VBD/launch an/DT investigation/NN/investigation into/IN "
                        + "abuses/NNS/abuse committed/VBN/commit by/IN Syrian/JJ/Syrian/MISC troops/NNS/troops ./.",
                "nsubj(1,0) obj(1,3) det(3,2) nmod:into(3,5) case(5,4) acl(5,6) obl:agent(6,9) case(9,7) amod(9,8) "
                        + "punct(1,10) root(-1,1)");

        assertThat(e.code()).isEqualTo("090");
        assertThat(e.source().code()).isEqualTo("TUR");
        assertThat(e.target().code()).isEqualTo("SYRMIL");
        assertThat(e.target().span()).isEqualTo(new Span(58, 71));
    }

    @Test
    void criticismOfAWrongTargetsItsAgentBeforeThePartyItWasAimedAt() {
        List<EventMention> events = code("Germany/NNP/Germany/LOCATION condemned/VBD/condemn the/DT shelling/NN/shelling by/IN "
                        + "Serbian/JJ/Serbian/MISC forces/NNS/force against/IN Croatian/JJ/Croatian/MISC towns/NNS/town ./.",
                "nsubj(1,0) obj(1,3) det(3,2) nmod:by(3,6) case(6,4) amod(6,5) nmod:against(3,9) case(9,7) amod(9,8) "
                        + "punct(1,10) root(-1,1)");

        EventMention e = events.stream().filter(x -> x.code().equals("111")).findFirst().orElseThrow();
        assertThat(e.source().code()).isEqualTo("DEU");
        assertThat(e.target().code()).isEqualTo("SRBMIL");
        assertThat(e.target().text()).isEqualTo("Serbian forces");
    }

    @Test
    void aWithdrawalNamedByANounTargetsThePlaceLeftNotTheTroopsWithdrawn() {
        EventMention e = only("Russia/NNP/Russia/LOCATION completed/VBD/complete the/DT withdrawal/NN/withdrawal of/IN "
                        + "its/PRP$/its troops/NNS/troops from/IN Moldova/NNP/Moldova/LOCATION ./.",
                "nsubj(1,0) obj(1,3) det(3,2) nmod:of(3,6) case(6,4) nmod:poss(6,5) nmod:from(3,8) case(8,7) "
                        + "punct(1,9) root(-1,1)");

        assertThat(e.code()).isEqualTo("0874");
        assertThat(e.source().code()).isEqualTo("RUS");
        assertThat(e.target()).isEqualTo(new Actor("Moldova", "MDA", "MDA", null, new Span(51, 58)));
        assertThat(e.trigger().text()).isEqualTo("completed the withdrawal");
    }

    @Test
    void aCurfewImposedInTheCapitalByItsGovernmentTargetsTheCountry() {
        EventMention e = only("The/DT Kenyan/JJ/Kenyan/MISC government/NN/government imposed/VBD/impose a/DT curfew/NN/curfew "
                        + "in/IN Nairobi/NNP/Nairobi/LOCATION ./.",
                "det(2,0) amod(2,1) nsubj(3,2) obj(3,5) det(5,4) nmod:in(5,7) case(7,6) punct(3,8) root(-1,3)");

        assertThat(e.code()).isEqualTo("1723");
        assertThat(e.source().code()).isEqualTo("KENGOV");
        assertThat(e.target()).isEqualTo(new Actor("Nairobi", "KEN", "KEN", null, new Span(42, 49)));
        assertThat(e.trigger().text()).isEqualTo("imposed a curfew");
    }

    @Test
    void extremistsAreTheCodebooksRadicalsAndTheCulpritsOfTheirCountrysInvestigation() {
        EventMention e = only("Algeria/NNP/Algeria/LOCATION investigated/VBD/investigate bombings/NNS/bombing by/IN "
                        + "Algerian/JJ/Algerian/MISC extremists/NNS/extremist ./.",
                "nsubj(1,0) obj(1,2) nmod:by(2,5) case(5,3) amod(5,4) punct(1,6) root(-1,1)");

        assertThat(e.code()).isEqualTo("093"); // investigating a military or violent incident
        assertThat(e.source().code()).isEqualTo("DZA");
        assertThat(e.target()).isEqualTo(new Actor("Algerian extremists", "DZARAD", "DZA", "RAD", new Span(33, 52)));
    }

    @Test
    void theByPhraseOfAnInProtestAdjunctIsNeverTheProtestsSource() {
        List<EventMention> events = code("Kenyan/JJ/Kenyan/MISC students/NNS/student marched/VBD/march in/IN protest/NN/protest "
                        + "against/IN abuses/NNS/abuse by/IN Kenyan/JJ/Kenyan/MISC police/NNS/police ./.",
                "amod(1,0) nsubj(2,1) obl:in(2,4) case(4,3) nmod:against(4,6) case(6,5) nmod:by(4,9) case(9,7) amod(9,8) "
                        + "punct(2,10) root(-1,2)");

        assertThat(events).noneMatch(e -> e.trigger().text().equals("protest"));
    }

    @Test
    void anInProtestAdjunctWithAPossessorIsItsAndTargetsThePartyOfItsByPhrase() {
        List<EventMention> events = code("Kenyan/JJ/Kenyan/MISC students/NNS/student rallied/VBD/rally in/IN Kenya/NNP/Kenya/LOCATION "
                        + "'s/POS protest/NN/protest against/IN abuses/NNS/abuse by/IN Ugandan/JJ/Ugandan/MISC police/NNS/police ./.",
                "amod(1,0) nsubj(2,1) obl:in(2,6) case(6,3) nmod:poss(6,4) case(4,5) nmod:against(6,8) case(8,7) nmod:by(6,11) "
                        + "case(11,9) amod(11,10) punct(2,12) root(-1,2)");

        EventMention e = events.stream().filter(x -> x.trigger().text().equals("protest")).findFirst().orElseThrow();
        assertThat(e.code()).isEqualTo("140");
        assertThat(e.source().code()).isEqualTo("KEN");
        assertThat(e.target().code()).isEqualTo("UGACOP");
        assertThat(e.trigger().text()).isEqualTo("protest");
    }
}
