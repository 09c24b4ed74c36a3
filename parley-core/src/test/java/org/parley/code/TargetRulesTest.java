package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.fixtures.Fixture;
import org.parley.model.Actor;
import org.parley.model.EventMention;
import org.parley.model.Span;

/** Targets found inside the event's object phrase and at the place acted upon, on hand-built parses. */
class TargetRulesTest {
    private static final EventCoder CODER = EventCoder.withDefaults();

    private static EventMention only(String tokens, String arcs) {
        List<EventMention> events = CODER.code(Fixture.published("2020-01-02").sentence(tokens, arcs).build());
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    @Test
    void theOwnerOfAnObjectTheTriggerConsumedIsTheTarget() {
        EventMention e = only("Yemen/NNP/Yemen/LOCATION rejected/VBD/reject a/DT U.S./NNP/U.S./LOCATION request/NN/request ./.",
                "nsubj(1,0) obj(1,4) det(4,2) compound(4,3) punct(1,5) root(-1,1)");

        assertThat(e.code()).isEqualTo("124");
        assertThat(e.source().code()).isEqualTo("YEM");
        assertThat(e.target()).isEqualTo(new Actor("U.S.", "USA", "USA", null, new Span(17, 21)));
    }

    @Test
    void theAgentOfTheObjectPhraseIsTheTarget() {
        EventMention e = only("Germany/NNP/Germany/LOCATION rejected/VBD/reject calls/NNS/call by/IN Belarus/NNP/Belarus/LOCATION "
                        + "for/IN aid/NN/aid ./.",
                "nsubj(1,0) obj(1,2) nmod:by(2,4) case(4,3) nmod:for(2,6) case(6,5) punct(1,7) root(-1,1)");

        assertThat(e.code()).isEqualTo("124");
        assertThat(e.source().code()).isEqualTo("DEU");
        assertThat(e.target()).isEqualTo(new Actor("Belarus", "BLR", "BLR", null, new Span(26, 33)));
    }

    @Test
    void thePartyAPassiveSubjectIsForIsTheTarget() {
        EventMention e = only("A/DT camp/NN/camp for/IN Congolese/JJ/Congolese/MISC refugees/NNS/refugee was/VBD/be attacked/VBN/attack "
                        + "by/IN Burundian/JJ/Burundian/MISC soldiers/NNS/soldier ./.",
                "det(1,0) nmod:for(1,4) case(4,2) amod(4,3) nsubj:pass(6,1) aux:pass(6,5) obl:agent(6,9) case(9,7) amod(9,8) "
                        + "punct(6,10) root(-1,6)");

        assertThat(e.code()).isEqualTo("190");
        assertThat(e.source().code()).isEqualTo("BDIMIL");
        assertThat(e.target()).isEqualTo(new Actor("Congolese refugees", "CODREF", "COD", "REF", new Span(11, 29)));
    }

    @Test
    void troopsTheSourceWithdrawsAreItsOwnAndThePlaceTheyLeaveIsTheTarget() {
        EventMention e = only("Nigeria/NNP/Nigeria/LOCATION withdrew/VBD/withdraw its/PRP$ peacekeeping/NN/peacekeeping force/NN/force "
                        + "from/IN Chad/NNP/Chad/LOCATION ./.",
                "nsubj(1,0) obj(1,4) nmod:poss(4,2) compound(4,3) obl:from(1,6) case(6,5) punct(1,7) root(-1,1)");

        assertThat(e.code()).isEqualTo("1661"); // the codebook's "expel or withdraw peacekeepers"
        assertThat(e.source().code()).isEqualTo("NGA");
        assertThat(e.target()).isEqualTo(new Actor("Chad", "TCD", "TCD", null, new Span(45, 49)));
    }

    @Test
    void aPartyKnownOnlyByItsSectorInTheObjectPhraseIsOfTheSourcesCountry() {
        EventMention e = only("Mozambique/NNP/Mozambique/LOCATION accepted/VBD/accept demands/NNS/demand from/IN rebels/NNS/rebel ./.",
                "nsubj(1,0) obj(1,2) nmod:from(2,4) case(4,3) punct(1,5) root(-1,1)");

        assertThat(e.code()).isEqualTo("083");
        assertThat(e.source().code()).isEqualTo("MOZ");
        assertThat(e.target()).isEqualTo(new Actor("rebels", "MOZREB", "MOZ", "REB", new Span(33, 39)));
    }

    @Test
    void thePartiesOfWhatASanctionIsOnAreItsTargets() {
        List<EventMention> events = CODER.code(Fixture.published("2020-01-02").sentence(
                "Canada/NNP/Canada/LOCATION lifted/VBD/lift embargoes/NNS/embargo on/IN sales/NNS/sale to/IN "
                        + "Iran/NNP/Iran/LOCATION and/CC Libya/NNP/Libya/LOCATION ./.",
                "nsubj(1,0) obj(1,2) nmod:on(2,4) case(4,3) nmod:to(4,6) case(6,5) cc(8,7) conj:and(6,8) punct(1,9) root(-1,1)")
                .build());

        assertThat(events).extracting(EventMention::code).containsOnly("085");
        assertThat(events).extracting(e -> e.source().code()).containsOnly("CAN");
        assertThat(events).extracting(e -> e.target().code()).containsExactly("IRN", "LBY");
    }

    @Test
    void thePartyOfTheObjectOfAnAgreedComplementIsTheTarget() {
        List<EventMention> events = CODER.code(Fixture.published("2020-01-02").sentence(
                "Canada/NNP/Canada/LOCATION agreed/VBD/agree to/TO provide/VB/provide aid/NN/aid for/IN "
                        + "Romania/NNP/Romania/LOCATION ./.",
                "nsubj(1,0) xcomp(1,3) mark(3,2) obj(3,4) nmod:for(4,6) case(6,5) punct(1,7) root(-1,1)").build());

        // The agreement to give aid (033) and the aid itself (070): both for Romania.
        assertThat(events).extracting(EventMention::code).containsExactly("033", "070");
        assertThat(events).extracting(e -> e.source().code()).containsOnly("CAN");
        assertThat(events).extracting(EventMention::target)
                .containsOnly(new Actor("Romania", "ROU", "ROU", null, new Span(33, 40)));
    }

    @Test
    void thePlaceWhereARestrictionWasImposedIsTheTargetOfEasingIt() {
        EventMention e = only("Egyptian/JJ/Egyptian/MISC police/NNS/police shortened/VBD/shorten the/DT curfew/NN/curfew "
                        + "imposed/VBN/impose in/IN Cairo/NNP/Cairo/LOCATION ./.",
                "amod(1,0) nsubj(2,1) obj(2,4) det(4,3) acl(4,5) obl:in(5,7) case(7,6) punct(2,8) root(-1,2)");

        assertThat(e.code()).isEqualTo("0813");
        assertThat(e.source().code()).isEqualTo("EGYCOP");
        assertThat(e.target()).isEqualTo(new Actor("Cairo", "EGY", "EGY", null, new Span(48, 53)));
    }

    @Test
    void theCountryOfTheCityAnAttackWasAimedNearIsTheTarget() {
        EventMention e = only("Israel/NNP/Israel/LOCATION attacked/VBD/attack targets/NNS/target near/IN Damascus/NNP/Damascus/LOCATION ./.",
                "nsubj(1,0) obj(1,2) nmod:near(2,4) case(4,3) punct(1,5) root(-1,1)");

        assertThat(e.code()).isEqualTo("190");
        assertThat(e.target()).isEqualTo(new Actor("Damascus", "SYR", "SYR", null, new Span(29, 37)));
        assertThat(e.place().name()).isEqualTo("Damascus"); // the place that gave the target is still the event's place
    }

    @Test
    void aCityNamedByItsKindIsThePlaceOfAProtest() {
        EventMention e = only("Kurds/NNPS/Kurd/MISC demonstrated/VBD/demonstrate in/IN the/DT city/NN/city of/IN Kirkuk/NNP/Kirkuk/LOCATION ./.",
                "nsubj(1,0) obl:in(1,4) case(4,2) det(4,3) nmod:of(4,6) case(6,5) punct(1,7) root(-1,1)");

        assertThat(e.code()).isEqualTo("141");
        assertThat(e.source().code()).isEqualTo("KUR");
        assertThat(e.target()).isEqualTo(new Actor("Kirkuk", "IRQ", "IRQ", null, new Span(34, 40)));
    }

    @Test
    void aPlaceParsedUnderTheDateOfTheEventStillCounts() {
        EventMention e = only("Albanians/NNPS/Albanian/MISC demonstrated/VBD/demonstrate on/IN Tuesday/NNP/Tuesday/DATE "
                        + "in/IN Serbia/NNP/Serbia/LOCATION ./.",
                "nsubj(1,0) obl:on(1,3) case(3,2) nmod:in(3,5) case(5,4) punct(1,6) root(-1,1)");

        assertThat(e.code()).isEqualTo("141");
        assertThat(e.source().code()).isEqualTo("ALB");
        assertThat(e.target()).isEqualTo(new Actor("Serbia", "SRB", "SRB", null, new Span(37, 43)));
    }

    @Test
    void theVenueOfAStatementIsNoTarget() {
        EventMention e = only("Egypt/NNP/Egypt/LOCATION condemned/VBD/condemn the/DT decision/NN/decision in/IN Cairo/NNP/Cairo/LOCATION ./.",
                "nsubj(1,0) obj(1,3) det(3,2) obl:in(1,5) case(5,4) punct(1,6) root(-1,1)");

        assertThat(e.code()).isEqualTo("111");
        assertThat(e.target()).isNull();
    }

    @Test
    void aPlaceInsideTheSourcePhraseIsNoTarget() {
        EventMention e = only("Israeli/JJ/Israeli/MISC troops/NNS/troop in/IN Lebanon/NNP/Lebanon/LOCATION attacked/VBD/attack targets/NNS/target ./.",
                "amod(1,0) nmod:in(1,3) case(3,2) nsubj(4,1) obj(4,5) punct(4,6) root(-1,4)");

        assertThat(e.source().code()).isEqualTo("ISRMIL");
        assertThat(e.target()).isNull();
    }

    @Test
    void aPlaceHangingFromAnotherPhrasePastThePrepositionIsNoTarget() {
        // A mis-attached apposition: "in Aleppo, sources in Turkey said" must not make Turkey a target.
        EventMention e = only("Israel/NNP/Israel/LOCATION attacked/VBD/attack targets/NNS/target in/IN Aleppo/NNP/Aleppo/LOCATION ,/, "
                        + "sources/NNS/source in/IN Turkey/NNP/Turkey/LOCATION ./.",
                "nsubj(1,0) obj(1,2) nmod:in(2,4) case(4,3) punct(4,5) appos(4,6) nmod:in(6,8) case(8,7) punct(1,9) root(-1,1)");

        assertThat(e.target()).isEqualTo(new Actor("Aleppo", "SYR", "SYR", null, new Span(27, 33)));
    }

    @Test
    void forcesShownAbroadTakeThePlaceAsTargetButNotAtHome() {
        EventMention abroad = only("Russia/NNP/Russia/LOCATION held/VBD/hold war/NN/war games/NNS/game "
                        + "in/IN Syria/NNP/Syria/LOCATION ./.",
                "nsubj(1,0) obj(1,3) compound(3,2) obl:in(1,5) case(5,4) punct(1,6) root(-1,1)");
        EventMention home = only("Russia/NNP/Russia/LOCATION held/VBD/hold war/NN/war games/NNS/game "
                        + "in/IN Moscow/NNP/Moscow/LOCATION ./.",
                "nsubj(1,0) obj(1,3) compound(3,2) obl:in(1,5) case(5,4) punct(1,6) root(-1,1)");

        assertThat(abroad.root()).isEqualTo("15");
        assertThat(abroad.target()).isEqualTo(new Actor("Syria", "SYR", "SYR", null, new Span(25, 30)));
        assertThat(home.root()).isEqualTo("15");
        assertThat(home.target()).isNull();
    }

    @Test
    void onlyEventsActingOnATerritoryTakeTheirPlaceAsTarget() {
        assertThat(PlaceTargets.isTerritorial("0814")).isTrue();
        assertThat(PlaceTargets.isTerritorial("0874")).isTrue();
        assertThat(PlaceTargets.isTerritorial("073")).isTrue();
        assertThat(PlaceTargets.isTerritorial("145")).isTrue();
        assertThat(PlaceTargets.isTerritorial("190")).isTrue();
        assertThat(PlaceTargets.isTerritorial("042")).isTrue(); // a visit abroad: the host is the country travelled to
        assertThat(PlaceTargets.isTerritorial("040")).isFalse(); // a meeting: the place is only the venue
        assertThat(PlaceTargets.isTerritorial("111")).isFalse();
        assertThat(PlaceTargets.isTerritorial("154")).isTrue();
        assertThat(PlaceTargets.isTerritorial("161")).isFalse();
        assertThat(PlaceTargets.isTerritorial("085")).isFalse();
    }
}
