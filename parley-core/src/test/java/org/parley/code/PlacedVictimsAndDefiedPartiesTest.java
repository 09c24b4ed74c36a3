package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.code.HandParsed.code;
import static org.parley.code.HandParsed.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.EventMention;

/**
 * Targets and sources read from constructions around the trigger, on hand-built parses: unnamed
 * victims of the event's place ({@link PlacedVictims}), defied and removed parties
 * ({@link DefiedParties}), path ends and territory that only place something ({@link PathEnds},
 * {@link PlaceWords#isLocatedTerritory}), leaders of a
 * group ({@link GroupLeaders}), aid cut-offs, and located names read in the document's context.
 */
class PlacedVictimsAndDefiedPartiesTest {

    private static EventMention byTrigger(List<EventMention> events, String trigger) {
        return events.stream().filter(e -> e.trigger().text().equals(trigger)).findFirst()
                .orElseThrow(() -> new AssertionError("no event of " + trigger + " among " + events));
    }

    @Test
    void unnamedVictimsBelongToTheCountryOfThePlaceOfTheAttack() {
        EventMention e = only("Palestinian/JJ/Palestinian/MISC bombers/NNS/bomber killed/VBD/kill 23/CD/23/NUMBER "
                        + "people/NNS/people in/IN Haifa/NNP/Haifa/LOCATION ./.",
                "amod(1,0) nsubj(2,1) root(-1,2) nummod(4,3) obj(2,4) case(6,5) obl:in(2,6) punct(2,7)");

        assertThat(e.code()).isEqualTo("190");
        assertThat(e.source().code()).isEqualTo("PSE");
        assertThat(e.target().code()).isEqualTo("ISRCVL");
        assertThat(e.target().text()).isEqualTo("23 people");
        assertThat(e.trigger().text()).isEqualTo("killed");
    }

    @Test
    void victimsWithANationalityOfTheirOwnKeepIt() {
        EventMention e = only("Palestinian/JJ/Palestinian/MISC bombers/NNS/bomber killed/VBD/kill five/CD/five/NUMBER "
                        + "Egyptian/JJ/Egyptian/MISC civilians/NNS/civilian in/IN Haifa/NNP/Haifa/LOCATION ./.",
                "amod(1,0) nsubj(2,1) root(-1,2) nummod(5,3) amod(5,4) obj(2,5) case(7,6) obl:in(2,7) punct(2,8)");

        assertThat(e.target().code()).isEqualTo("EGYCVL");
    }

    @Test
    void aProtestInDefianceOfAPartyTargetsThatParty() {
        EventMention e = only("Egyptian/JJ/Egyptian/MISC students/NNS/student demonstrated/VBD/demonstrate in/IN "
                        + "defiance/NN/defiance of/IN Israeli/JJ/Israeli/MISC authorities/NNS/authority ./.",
                "amod(1,0) nsubj(2,1) root(-1,2) case(4,3) obl:in(2,4) case(7,5) amod(7,6) nmod:of(4,7) punct(2,8)");

        assertThat(e.code()).isEqualTo("141");
        assertThat(e.source().code()).isEqualTo("EGYEDU");
        assertThat(e.target().code()).isEqualTo("ISRGOV");
        assertThat(e.trigger().text()).isEqualTo("demonstrated");
    }

    @Test
    void aRiotAfterARallyCallingForTheRemovalOfALeaderTargetsThatLeader() {
        List<EventMention> events = code("Egyptian/JJ/Egyptian/MISC demonstrators/NNS/demonstrator rioted/VBD/riot after/IN "
                        + "a/DT rally/NN/rally calling/VBG/call for/IN the/DT removal/NN/removal of/IN the/DT "
                        + "Syrian/JJ/Syrian/MISC president/NN/president ./.",
                "amod(1,0) nsubj(2,1) root(-1,2) case(5,3) det(5,4) obl:after(2,5) acl(5,6) case(9,7) det(9,8) "
                        + "obl:for(6,9) case(13,10) det(13,11) amod(13,12) nmod:of(9,13) punct(2,14)");

        EventMention e = byTrigger(events, "rioted");
        assertThat(e.code()).isEqualTo("145");
        assertThat(e.source().code()).isEqualTo("EGYOPP");
        assertThat(e.target().code()).isEqualTo("SYRGOV");
        assertThat(e.target().text()).isEqualTo("the Syrian president");
    }

    @Test
    void thePathOfABlockadedBridgeIsNotItsTarget() {
        List<EventMention> events = code("French/JJ/French/MISC farmers/NNS/farmer blocked/VBD/block a/DT bridge/NN/bridge "
                        + "from/IN Spain/NNP/Spain/LOCATION to/IN Germany/NNP/Germany/LOCATION ./.",
                "amod(1,0) nsubj(2,1) root(-1,2) det(4,3) obj(2,4) case(6,5) obl:from(2,6) case(8,7) obl:to(2,8) punct(2,9)");

        // Not Germany (the "to" end of the path): the blocking's territorial fallback gives the country
        // of the first place it names.
        assertThat(events).extracting(e -> e.target() == null ? null : e.target().code()).containsExactly("ESP");
        assertThat(events.get(0).code()).isEqualTo("144");
    }

    @Test
    void aDemonymOfTheBorderWhereSomethingLiesIsNoParty() {
        EventMention e = only("Burmese/JJ/Burmese/MISC troops/NNS/troops captured/VBD/capture a/DT base/NN/base "
                        + "on/IN the/DT Thai/JJ/Thai/MISC border/NN/border ./.",
                "amod(1,0) nsubj(2,1) root(-1,2) det(4,3) obj(2,4) case(8,5) det(8,6) amod(8,7) nmod:on(4,8) punct(2,9)");

        assertThat(e.code()).isEqualTo("192");
        assertThat(e.source().code()).isEqualTo("MMRMIL");
        assertThat(e.target()).isNull();
    }

    @Test
    void banningAidToAPartyReducesAidToIt() {
        EventMention e = only("The/DT United/NNP/United/LOCATION States/NNP/States/LOCATION banned/VBD/ban all/DT aid/NN/aid "
                        + "to/IN Serbia/NNP/Serbia/LOCATION ./.",
                "det(2,0) compound(2,1) nsubj(3,2) root(-1,3) det(5,4) obj(3,5) case(7,6) nmod:to(5,7) punct(3,8)");

        assertThat(e.code()).isEqualTo("162");
        assertThat(e.source().code()).isEqualTo("USA");
        assertThat(e.target().code()).isEqualTo("SRB");
        assertThat(e.trigger().text()).isEqualTo("banned all aid");
    }

    @Test
    void leadersOfAnOppositionCoalitionAreTheOpposition() {
        EventMention e = only("Leaders/NNS/leader of/IN the/DT Kenyan/JJ/Kenyan/MISC opposition/NN/opposition "
                        + "coalition/NN/coalition agreed/VBD/agree to/TO postpone/VB/postpone the/DT rally/NN/rally ./.",
                "nsubj(6,0) case(5,1) det(5,2) amod(5,3) compound(5,4) nmod:of(0,5) root(-1,6) mark(8,7) xcomp(6,8) "
                        + "det(10,9) obj(8,10) punct(6,11)");

        assertThat(e.code()).isEqualTo("030");
        assertThat(e.source().code()).isEqualTo("KENOPP");
        assertThat(e.source().text()).isEqualTo("the Kenyan opposition coalition");
    }

    @Test
    void militiasInACityAreOfTheCountryTheDocumentPlacesThatCityIn() {
        List<EventMention> events = code("Syrian/JJ/Syrian/MISC officers/NNS/officer ended/VBD/end mediation/NN/mediation "
                        + "between/IN rival/JJ/rival militias/NNS/militia in/IN Tripoli/NNP/Tripoli/LOCATION as/IN "
                        + "shells/NNS/shell hit/VBD/hit the/DT Lebanese/JJ/Lebanese/MISC port/NN/port ./.",
                "amod(1,0) nsubj(2,1) root(-1,2) obj(2,3) case(6,4) amod(6,5) nmod:between(3,6) case(8,7) nmod:in(6,8) "
                        + "mark(11,9) nsubj(11,10) advcl:as(2,11) det(14,12) amod(14,13) obj(11,14) punct(2,15)");

        EventMention e = byTrigger(events, "ended mediation");
        assertThat(e.code()).isEqualTo("165");
        assertThat(e.source().code()).isEqualTo("SYRMIL");
        assertThat(e.target().code()).isEqualTo("LBNREB");
        assertThat(e.target().text()).isEqualTo("rival militias in Tripoli");
    }
}
