package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.code.HandParsed.code;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.fixtures.Fixture;
import org.parley.model.Arc;
import org.parley.model.EventMention;

/**
 * Categories of the codebook the lexicon covers by plain verbs and object and subject constraints
 * (aid by "help", visits to events abroad, blocked demonstrations, offensives called off,
 * peacekeepers arriving) and exercises
 * held by forces of several countries, each on a hand-built parse of the shape CoreNLP gives.
 */
class LexiconCategoriesTest {
    @Test
    void helpingAPartyIsAid() {
        List<EventMention> events = code("Norway/NNP/Norway/LOCATION helped/VBD/help Ethiopia/NNP/Ethiopia/LOCATION ./.",
                "nsubj(1,0) obj(1,2) punct(1,3) root(-1,1)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), e -> e.target().code(),
                        e -> e.trigger().text())
                .containsExactly(tuple("070", "NOR", "ETH", "helped"));
    }

    @Test
    void travellingForTalksIsTakingPartInThem() {
        List<EventMention> events = code("Kenyan/JJ/Kenyan/MISC negotiators/NNS/negotiator returned/VBD/return to/IN "
                        + "Geneva/NNP/Geneva/LOCATION for/IN talks/NNS/talk with/IN Ethiopia/NNP/Ethiopia/LOCATION ./.",
                "amod(1,0) nsubj(2,1) root(-1,2) case(4,3) obl:to(2,4) case(6,5) obl:for(2,6) case(8,7) nmod:with(6,8) "
                        + "punct(2,9)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), e -> e.target().code(),
                        e -> e.trigger().text(), e -> e.place() == null ? null : e.place().country())
                .containsExactly(tuple("046", "KENGOV", "ETH", "talks", "CHE"), tuple("046", "ETH", "KENGOV", "talks", "CHE"));
    }

    @Test
    void travellingForAnythingElseCodesNothing() {
        assertThat(code("Kenyan/JJ/Kenyan/MISC negotiators/NNS/negotiator returned/VBD/return to/IN "
                        + "Geneva/NNP/Geneva/LOCATION for/IN holidays/NNS/holiday ./.",
                "amod(1,0) nsubj(2,1) root(-1,2) case(4,3) obl:to(2,4) case(6,5) obl:for(2,6) punct(2,7)")).isEmpty();
    }

    @Test
    void attendingASummitAbroadIsAVisitToTheHostCountry() {
        List<EventMention> events = code("Kenya/NNP/Kenya/LOCATION attended/VBD/attend a/DT summit/NN/summit "
                        + "in/IN Switzerland/NNP/Switzerland/LOCATION ./.",
                "nsubj(1,0) obj(1,3) det(3,2) case(5,4) nmod:in(3,5) punct(1,6) root(-1,1)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), e -> e.target().code(),
                        e -> e.trigger().text())
                .containsExactly(tuple("042", "KEN", "CHE", "attended a summit"));
    }

    @Test
    void blockingADemonstrationRestrictsPoliticalFreedom() {
        List<EventMention> events = code("Egyptian/JJ/egyptian/MISC police/NN/police blocked/VBD/block a/DT "
                        + "demonstration/NN/demonstration by/IN Egyptian/JJ/egyptian/MISC students/NNS/student ./.",
                "amod(1,0) nsubj(2,1) obj(2,4) det(4,3) case(7,5) amod(7,6) nmod:by(4,7) punct(2,8) root(-1,2)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), e -> e.target().code(),
                        e -> e.trigger().text())
                .containsExactly(tuple("1721", "EGYCOP", "EGYEDU", "blocked a demonstration"));
    }

    @Test
    void callingOffAnOffensiveIsMilitaryDeescalation() {
        List<EventMention> events = code("Colombian/JJ/colombian/MISC rebels/NNS/rebel called/VBD/call off/RP/off "
                        + "their/PRP$/they offensive/NN/offensive ./.",
                "amod(1,0) nsubj(2,1) compound:prt(2,3) nmod:poss(5,4) obj(2,5) punct(2,6) root(-1,2)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), EventMention::target,
                        e -> e.trigger().text())
                .containsExactly(tuple("087", "COLREB", null, "called off their offensive"));
    }

    @Test
    void peacekeepingTroopsArrivingInACountryAreADeploymentToIt() {
        List<EventMention> events = code("A/DT contingent/NN/contingent of/IN Kenyan/JJ/Kenyan/MISC "
                        + "peacekeeping/NN/peacekeeping troops/NNS/troops arrived/VBD/arrive in/IN "
                        + "Somalia/NNP/Somalia/LOCATION ./.",
                "det(1,0) nsubj(6,1) case(5,2) amod(5,3) compound(5,4) nmod:of(1,5) root(-1,6) case(8,7) "
                        + "obl:in(6,8) punct(6,9)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), e -> e.target().code(),
                        e -> e.trigger().text())
                .containsExactly(tuple("074", "KENMIL", "SOM", "arrived"));
    }

    @Test
    void troopsArrivingWithNoPeacekeepingWordRemainAVisit() {
        List<EventMention> events = code("Kenyan/JJ/Kenyan/MISC troops/NNS/troops arrived/VBD/arrive in/IN "
                        + "Somalia/NNP/Somalia/LOCATION ./.",
                "amod(1,0) nsubj(2,1) root(-1,2) case(4,3) obl:in(2,4) punct(2,5)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), e -> e.target().code())
                .containsExactly(tuple("042", "KENMIL", "SOM"));
    }

    @Test
    void aHearingIntoAMatterIsAnInvestigationEvenWhenTheParserHangsIntoOnTheVerb() {
        List<EventMention> events = code("The/DT Egyptian/JJ/egyptian/MISC court/NN/court opened/VBD/open a/DT "
                        + "hearing/NN/hearing into/IN the/DT killings/NNS/killing ./.",
                "det(2,0) amod(2,1) nsubj(3,2) root(-1,3) det(5,4) obj(3,5) case(8,6) det(8,7) obl:into(3,8) "
                        + "punct(3,9)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), EventMention::target,
                        e -> e.trigger().text())
                .containsExactly(tuple("090", "EGYJUD", null, "opened a hearing"));
    }

    @Test
    void aHearingIntoNothingIsNoInvestigation() {
        List<EventMention> events = code("The/DT Egyptian/JJ/egyptian/MISC court/NN/court held/VBD/hold a/DT "
                        + "hearing/NN/hearing ./.",
                "det(2,0) amod(2,1) nsubj(3,2) root(-1,3) det(5,4) obj(3,5) punct(3,6)");

        assertThat(events).isEmpty();
    }

    @Test
    void usingPeopleAsHumanShieldsIsCodedAgainstThem() {
        List<EventMention> events = code("The/DT Syrian/JJ/Syrian/MISC army/NN/army used/VBD/use Syrian/JJ/Syrian/MISC "
                        + "villagers/NNS/villager as/IN human/JJ/human shields/NNS/shield ./.",
                "det(2,0) amod(2,1) nsubj(3,2) root(-1,3) amod(5,4) obj(3,5) case(8,6) amod(8,7) obl:as(3,8) "
                        + "punct(3,9)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), e -> e.target().code(),
                        e -> e.trigger().text())
                .containsExactly(tuple("184", "SYRMIL", "SYRCVL", "shields"));
    }

    @Test
    void onlyVerbsOfUsingOrHoldingCastTheirObjectAsTheNoun() {
        DependencyGraph graph = new DependencyGraph(Fixture.published("2020-01-02").sentence(
                "Syria/NNP/Syria/LOCATION described/VBD/describe villagers/NNS/villager as/IN shields/NNS/shield "
                        + "and/CC used/VBD/use them/PRP/they as/IN shields/NNS/shield ./.",
                "nsubj(1,0) root(-1,1) obj(1,2) case(4,3) obl:as(1,4) cc(6,5) conj:and(1,6) obj(6,7) case(9,8) "
                        + "obl:as(6,9) punct(1,10)").build().sentences().get(0));

        assertThat(CastNouns.casts(graph, new Arc(1, "obl:as", 4))).isFalse();
        assertThat(CastNouns.casts(graph, new Arc(6, "obl:as", 9))).isTrue();
        assertThat(CastNouns.casts(graph, new Arc(6, "obj", 7))).isFalse();
        assertThat(CastNouns.casts(graph, new Arc(6, "obl:under", 9))).isFalse(); // only "put" and "place" put under
    }

    @Test
    void beingPutUnderInvestigationByAnAgentIsItsInvestigation() {
        List<EventMention> events = code("The/DT Egyptian/JJ/egyptian/MISC minister/NN/minister was/VBD/be put/VBN/put "
                        + "under/IN investigation/NN/investigation by/IN Egyptian/JJ/egyptian/MISC "
                        + "prosecutors/NNS/prosecutor ./.",
                "det(2,0) amod(2,1) nsubj:pass(4,2) aux:pass(4,3) root(-1,4) case(6,5) obl:under(4,6) case(9,7) "
                        + "amod(9,8) obl:agent(4,9) punct(4,10)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), e -> e.target().code(),
                        e -> e.trigger().text())
                .containsExactly(tuple("090", "EGYJUD", "EGYGOV", "put under investigation"));
    }

    @Test
    void daysOfWarGamesByTwoNaviesAreMilitaryCooperationBothWays() {
        List<EventMention> events = code("French/JJ/French/MISC and/CC Egyptian/JJ/Egyptian/MISC warships/NNS/warship "
                        + "launched/VBD/launch ten/CD/ten days/NNS/day of/IN war/NN/war games/NNS/game ./.",
                "amod(3,0) cc(2,1) conj:and(0,2) amod(3,2) nsubj(4,3) root(-1,4) nummod(6,5) obj(4,6) "
                        + "case(9,7) compound(9,8) nmod:of(6,9) punct(4,10)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), e -> e.target().code(),
                        e -> e.trigger().text())
                .containsExactly(tuple("062", "FRAMIL", "EGYMIL", "games"),
                        tuple("062", "EGYMIL", "FRAMIL", "games"));
    }

    @Test
    void warGamesOfOneCountryRemainAShowOfForce() {
        List<EventMention> events = code("Egyptian/JJ/Egyptian/MISC warships/NNS/warship launched/VBD/launch "
                        + "war/NN/war games/NNS/game ./.",
                "amod(1,0) nsubj(2,1) root(-1,2) compound(4,3) obj(2,4) punct(2,5)");

        assertThat(events).extracting(EventMention::code, e -> e.source().code(), EventMention::target,
                        e -> e.trigger().text())
                .containsExactly(tuple("150", "EGYMIL", null, "launched war games"));
    }
}
