package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.parley.code.HandParsed.code;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.EventMention;

/**
 * Targets one step inside a trigger's object ({@link NestedParties#insideObject}), criminal groups
 * as actors, the armed groups of one country's ethnic conflicts, and groups only their country
 * places ({@link LocatedGroups}). On hand-built parses.
 */
class InsideObjectPartiesTest {
    @Test
    void aPartyNamedInTheClauseThatCompletesTheObjectIsTheTarget() {
        List<EventMention> events = code(
                "Egypt/NNP/Egypt/LOCATION approved/VBD/approve a/DT/a plan/NN/plan that/WDT/that would/MD/would "
                        + "bar/VB/bar candidates/NNS/candidate from/IN/from Hamas/NNP/Hamas/ORGANIZATION ./.",
                "nsubj(1,0) root(-1,1) det(3,2) obj(1,3) nsubj(6,3) ref(3,4) aux(6,5) acl:relcl(3,6) obj(6,7) "
                        + "case(9,8) nmod:from(7,9) punct(1,10)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), e -> e.target().code(),
                        e -> e.trigger().text())
                .containsExactly(tuple("051", "EGY", "PSEREB", "approved"));
    }

    @Test
    void aClauseWithItsOwnSubjectIsThatSubjectsActNotTheTarget() {
        List<EventMention> events = code(
                "Egypt/NNP/Egypt/LOCATION approved/VBD/approve a/DT/a plan/NN/plan for/IN/for farmers/NNS/farmer "
                        + "to/TO/to grow/VB/grow wheat/NN/wheat from/IN/from Syria/NNP/Syria/LOCATION ./.",
                "nsubj(1,0) root(-1,1) det(3,2) obj(1,3) mark(7,4) nsubj(7,5) mark(7,6) acl:for(3,7) obj(7,8) "
                        + "case(10,9) nmod:from(8,10) punct(1,11)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(),
                        e -> e.target() == null ? null : e.target().code(), e -> e.trigger().text())
                .containsExactly(tuple("051", "EGY", null, "approved"));
    }

    @Test
    void anObjectThatNamesItsOwnPartyKeepsItBeforeTheClauseBelowIt() {
        List<EventMention> events = code(
                "Egypt/NNP/Egypt/LOCATION approved/VBD/approve a/DT/a plan/NN/plan of/IN/of Jordan/NNP/Jordan/LOCATION "
                        + "to/TO/to grow/VB/grow wheat/NN/wheat from/IN/from Syria/NNP/Syria/LOCATION ./.",
                "nsubj(1,0) root(-1,1) det(3,2) obj(1,3) case(5,4) nmod:of(3,5) mark(7,6) acl:to(3,7) obj(7,8) "
                        + "case(10,9) nmod:from(8,10) punct(1,11)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), e -> e.target().code(),
                        e -> e.trigger().text())
                .containsExactly(tuple("051", "EGY", "JOR", "approved"));
    }

    @Test
    void criminalGroupsAreActorsOfTheCountryOfTheirModifier() {
        List<EventMention> events = code(
                "Mexican/JJ/Mexican/NATIONALITY police/NN/police arrested/VBD/arrest two/CD/two "
                        + "Colombian/JJ/Colombian/NATIONALITY abductors/NNS/abductor ./.",
                "amod(1,0) nsubj(2,1) root(-1,2) nummod(5,3) amod(5,4) obj(2,5) punct(2,6)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), e -> e.target().code(),
                        e -> e.trigger().text())
                .containsExactly(tuple("173", "MEXCOP", "COLCRM", "arrested"));
    }

    @Test
    void anArmedGroupOfOneCountrysEthnicConflictTakesThatCountry() {
        List<EventMention> events = code(
                "Burmese/JJ/Burmese/NATIONALITY troops/NNS/troop attacked/VBD/attack Karen/NNP/Karen/MISC "
                        + "guerrillas/NNS/guerrilla and/CC/and Tamil/NNP/Tamil/MISC rebels/NNS/rebel ./.",
                "amod(1,0) nsubj(2,1) root(-1,2) compound(4,3) obj(2,4) cc(7,5) compound(7,6) conj:and(4,7) "
                        + "obj(2,7) punct(2,8)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), e -> e.target().code(),
                        e -> e.trigger().text())
                .containsExactly(tuple("190", "MMRMIL", "MMRKARREB", "attacked"),
                        tuple("190", "MMRMIL", "LKATAMREB", "attacked"));
    }

    @Test
    void anEthnicGroupThatNewsPlacesInOneCountryAggregatesWithIt() {
        List<EventMention> events = code(
                "Kachin/NNP/Kachin/MISC leaders/NNS/leader criticized/VBD/criticize "
                        + "China/NNP/China/LOCATION ./.",
                "compound(1,0) nsubj(2,1) obj(2,3) punct(2,4) root(-1,2)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), e -> e.target().code(),
                        e -> e.trigger().text())
                .containsExactly(tuple("111", "MMRKACGOV", "CHN", "criticized"));
    }

    @Test
    void thePartiesToAConflictInACountryAreThatCountrysEvenWhenTheParserHangsThePhraseOnTheVerb() {
        List<EventMention> events = code(
                "Egypt/NNP/Egypt/LOCATION urged/VBD/urge parties/NNS/party to/IN/to the/DT/the conflict/NN/conflict "
                        + "in/IN/in Yemen/NNP/Yemen/LOCATION ./.",
                "nsubj(1,0) root(-1,1) obj(1,2) case(5,3) det(5,4) obl:to(1,5) case(7,6) nmod:in(5,7) punct(1,8)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), e -> e.target().code(),
                        e -> e.trigger().text())
                .containsExactly(tuple("020", "EGY", "YEM", "urged"));
    }

    @Test
    void factionsInACityAreNotPlacedByIt() {
        List<EventMention> events = code(
                "Egypt/NNP/Egypt/LOCATION urged/VBD/urge factions/NNS/faction in/IN/in Aden/NNP/Aden/LOCATION ./.",
                "nsubj(1,0) root(-1,1) obj(1,2) case(4,3) nmod:in(2,4) punct(1,5)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(),
                        e -> e.target() == null ? null : e.target().code(), e -> e.trigger().text())
                .containsExactly(tuple("020", "EGY", null, "urged"));
    }

    @Test
    void factionsInACountryAreThatCountrys() {
        List<EventMention> events = code(
                "Egypt/NNP/Egypt/LOCATION urged/VBD/urge factions/NNS/faction in/IN/in Yemen/NNP/Yemen/LOCATION ./.",
                "nsubj(1,0) root(-1,1) obj(1,2) case(4,3) nmod:in(2,4) punct(1,5)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), e -> e.target().code(),
                        e -> e.trigger().text())
                .containsExactly(tuple("020", "EGY", "YEM", "urged"));
    }
}
