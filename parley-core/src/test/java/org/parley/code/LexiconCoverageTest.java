package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.fixtures.Fixture;
import org.parley.model.AnnotatedDocument;
import org.parley.model.EventMention;

/**
 * Whole categories of the codebook that the lexicon covers through light verbs, phrasal verbs
 * and object constraints, each on a hand-built parse of the shape CoreNLP gives.
 */
class LexiconCoverageTest {
    private static final EventCoder CODER = EventCoder.withDefaults();

    /** The one event coded in a one-sentence document. */
    private static EventMention code(String tokens, String arcs) {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(tokens, arcs).build();
        List<EventMention> events = CODER.code(doc);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    @Test
    void reopeningABorderIsEasingAccess() {
        EventMention e = code("Egypt/NNP/Egypt/LOCATION reopened/VBD/reopen its/PRP$/its border/NN "
                        + "with/IN Gaza/NNP/Gaza/LOCATION ./.",
                "nsubj(1,0) obj(1,3) nmod:poss(3,2) case(5,4) nmod:with(3,5) punct(1,6) root(-1,1)");

        assertThat(e.code()).isEqualTo("086");
        assertThat(e.source().code()).isEqualTo("EGY");
    }

    @Test
    void givingAWelcomeToAVisitorIsHostingHim() {
        EventMention e = code("France/NNP/France/LOCATION gave/VBD/give a/DT warm/JJ welcome/NN to/IN "
                        + "Germany/NNP/Germany/LOCATION ./.",
                "nsubj(1,0) obj(1,4) det(4,2) amod(4,3) case(6,5) obl:to(1,6) punct(1,7) root(-1,1)");

        assertThat(e.code()).isEqualTo("043");
        assertThat(e.source().code()).isEqualTo("FRA");
        assertThat(e.target().code()).isEqualTo("DEU");
    }

    @Test
    void receivingWeaponsFromAGiverIsTheGiverArmingTheRecipient() {
        EventMention e = code("Georgia/NNP/Georgia/LOCATION received/VBD/receive weapons/NNS/weapon "
                        + "from/IN Russia/NNP/Russia/LOCATION ./.",
                "nsubj(1,0) obj(1,2) case(4,3) obl:from(1,4) punct(1,5) root(-1,1)");

        assertThat(e.code()).isEqualTo("072");
        assertThat(e.source().code()).isEqualTo("RUS");
        assertThat(e.target().code()).isEqualTo("GEO");
    }

    @Test
    void receivingAssurancesFromAGiverIsTheGiverPromising() {
        EventMention e = code("Georgia/NNP/Georgia/LOCATION received/VBD/receive assurances/NNS/assurance "
                        + "from/IN Russia/NNP/Russia/LOCATION ./.",
                "nsubj(1,0) obj(1,2) case(4,3) nmod:from(2,4) punct(1,5) root(-1,1)");

        assertThat(e.code()).isEqualTo("030");
        assertThat(e.source().code()).isEqualTo("RUS");
        assertThat(e.target().code()).isEqualTo("GEO");
    }

    @Test
    void facingCriticismFromAPartyIsThatPartyCriticising() {
        EventMention e = code("Georgia/NNP/Georgia/LOCATION faced/VBD/face criticism/NN/criticism "
                        + "from/IN Russia/NNP/Russia/LOCATION ./.",
                "nsubj(1,0) obj(1,2) case(4,3) nmod:from(2,4) punct(1,5) root(-1,1)");

        assertThat(e.code()).isEqualTo("111");
        assertThat(e.source().code()).isEqualTo("RUS");
        assertThat(e.target().code()).isEqualTo("GEO");
    }

    @Test
    void issuingAnArrestWarrantIsAnArrest() {
        EventMention e = code("Georgia/NNP/Georgia/LOCATION issued/VBD/issue an/DT arrest/NN/arrest "
                        + "warrant/NN/warrant for/IN Russia/NNP/Russia/LOCATION 's/POS/'s "
                        + "envoy/NN/envoy ./.",
                "nsubj(1,0) obj(1,4) det(4,2) compound(4,3) case(8,5) nmod:for(4,8) nmod:poss(8,6) "
                        + "case(6,7) punct(1,9) root(-1,1)");

        assertThat(e.code()).isEqualTo("173");
        assertThat(e.source().code()).isEqualTo("GEO");
        assertThat(e.target().code()).isEqualTo("RUSGOV");
    }

    @Test
    void firingToDisperseProtestersIsViolentRepression() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Egyptian/JJ/egyptian/MISC police/NN/police opened/VBD/open fire/NN/fire to/TO/to "
                        + "disperse/VB/disperse Egyptian/JJ/egyptian/MISC protesters/NNS/protester ./.",
                "amod(1,0) nsubj(2,1) obj(2,3) mark(5,4) advcl:to(2,5) amod(7,6) obj(5,7) punct(2,8) root(-1,2)")
                .build();

        assertThat(CODER.code(doc)).extracting(EventMention::code, e -> e.source().code(), e -> e.target().code())
                .containsExactly(tuple("175", "EGYCOP", "EGYOPP"));
    }

    @Test
    void receivingWeaponsWithNoGiverIsNoVisit() {
        AnnotatedDocument doc = Fixture.published("2020-01-02").sentence(
                "Georgia/NNP/Georgia/LOCATION received/VBD/receive weapons/NNS/weapon ./.",
                "nsubj(1,0) obj(1,2) punct(1,3) root(-1,1)").build();

        assertThat(CODER.code(doc)).isEmpty();
    }

    @Test
    void receivingAVisitorIsHostingHim() {
        EventMention e = code("Georgia/NNP/Georgia/LOCATION received/VBD/receive "
                        + "Russia/NNP/Russia/LOCATION 's/POS/'s envoy/NN/envoy ./.",
                "nsubj(1,0) obj(1,4) nmod:poss(4,2) case(2,3) punct(1,5) root(-1,1)");

        assertThat(e.code()).isEqualTo("043");
        assertThat(e.source().code()).isEqualTo("GEO");
    }

    @Test
    void cancellingRestrictionsIsEasingThem() {
        EventMention e = code("Latvia/NNP/Latvia/LOCATION cancelled/VBD/cancel restrictions/NNS/restriction "
                        + "on/IN Russia/NNP/Russia/LOCATION ./.",
                "nsubj(1,0) obj(1,2) case(4,3) nmod:on(2,4) punct(1,5) root(-1,1)");

        assertThat(e.code()).isEqualTo("081");
        assertThat(e.source().code()).isEqualTo("LVA");
    }

    @Test
    void hackingIntoComputersIsCoercionNotAnArmedAttack() {
        EventMention e = code("Iran/NNP/Iran/LOCATION hacked/VBD/hack into/IN Israel/NNP/Israel/LOCATION "
                        + "computers/NNS/computer ./.",
                "nsubj(1,0) case(4,2) nmod:poss(4,3) obl:into(1,4) punct(1,5) root(-1,1)");

        assertThat(e.code()).isEqualTo("176"); // attack cybernetically: PLOVER COERCE, mode cyber
        assertThat(e.plover()).isEqualTo("COERCE");
        assertThat(e.source().code()).isEqualTo("IRN");
    }

    @Test
    void throwingStonesIsAViolentProtest() {
        EventMention e = code("Palestinian/JJ/Palestinian/NATIONALITY youths/NNS/youth threw/VBD/throw "
                        + "stones/NNS/stone at/IN Israeli/JJ/Israeli/NATIONALITY soldiers/NNS/soldier ./.",
                "amod(1,0) nsubj(2,1) obj(2,3) case(6,4) amod(6,5) obl:at(2,6) punct(2,7) root(-1,2)");

        assertThat(e.code()).isEqualTo("145");
        assertThat(e.source().code()).isEqualTo("PSECVL");
    }

    @Test
    void strengtheningForcesIsAMilitaryBuildUp() {
        EventMention e = code("Israel/NNP/Israel/LOCATION strengthened/VBD/strengthen its/PRP$/its forces/NNS/force "
                        + "in/IN Lebanon/NNP/Lebanon/LOCATION ./.",
                "nsubj(1,0) obj(1,3) nmod:poss(3,2) case(5,4) obl:in(1,5) punct(1,6) root(-1,1)");

        assertThat(e.code()).isEqualTo("154");
        assertThat(e.source().code()).isEqualTo("ISR");
    }

    @Test
    void forcingAnActorOutIsExpulsion() {
        EventMention e = code("Indonesia/NNP/Indonesia/LOCATION forced/VBD/force Australian/JJ/Australian/NATIONALITY "
                        + "diplomats/NNS/diplomat out/RP ./.",
                "nsubj(1,0) obj(1,3) amod(3,2) compound:prt(1,4) punct(1,5) root(-1,1)");

        // diplomats forced out are expelled diplomats, 161 as for "expelled diplomats"
        assertThat(e.code()).isEqualTo("161");
        assertThat(e.source().code()).isEqualTo("IDN");
        assertThat(e.target().code()).isEqualTo("AUSGOV");
    }

    @Test
    void stoppingWorkIsAStrike() {
        EventMention e = code("Serbian/JJ/Serbian/NATIONALITY workers/NNS/worker stopped/VBD/stop work/NN ./.",
                "amod(1,0) nsubj(2,1) obj(2,3) punct(2,4) root(-1,2)");

        assertThat(e.code()).isEqualTo("143");
        assertThat(e.source().code()).isEqualTo("SRBLAB");
    }

    @Test
    void anAspectualVerbCarriesTheEventNounItsSubjectPerforms() {
        EventMention e = code("Russia/NNP/Russia/LOCATION completed/VBD/complete its/PRP$/its withdrawal/NN "
                        + "from/IN Syria/NNP/Syria/LOCATION ./.",
                "nsubj(1,0) obj(1,3) nmod:poss(3,2) case(5,4) nmod:from(3,5) punct(1,6) root(-1,1)");

        assertThat(e.code()).isEqualTo("0874");
        assertThat(e.source().code()).isEqualTo("RUS");
        assertThat(e.trigger().text()).isEqualTo("completed its withdrawal");
    }

    @Test
    void aVerbReadsItsObjectThroughALightNoun() {
        EventMention e = code("Syria/NNP/Syria/LOCATION ended/VBD/end mediation/NN/mediation efforts/NNS/effort "
                        + "between/IN Lebanese/JJ/Lebanese/NATIONALITY militias/NNS/militia ./.",
                "nsubj(1,0) obj(1,3) compound(3,2) case(6,4) amod(6,5) nmod:between(3,6) punct(1,7) root(-1,1)");

        assertThat(e.code()).isEqualTo("165");
        assertThat(e.source().code()).isEqualTo("SYR");
    }

    @Test
    void aVerbReadsItsObjectThroughAMeasureNoun() {
        EventMention e = code("Swiss/JJ/Swiss/NATIONALITY doctors/NNS/doctor handed/VBD/hand over/RP 700/CD kg/NN/kg "
                        + "of/IN medicine/NN/medicine to/IN Iran/NNP/Iran/LOCATION ./.",
                "amod(1,0) nsubj(2,1) compound:prt(2,3) nummod(5,4) obj(2,5) case(7,6) nmod:of(5,7) case(9,8) "
                        + "obl:to(2,9) punct(2,10) root(-1,2)");

        assertThat(e.code()).isEqualTo("073");
        assertThat(e.source().code()).isEqualTo("CHEHLH");
        assertThat(e.target().code()).isEqualTo("IRN");
    }

    @Test
    void allowingAnActorToActIsAConcession() {
        EventMention e = code("Turkey/NNP/Turkey/LOCATION allowed/VBD/allow Kurdish/JJ/Kurdish refugees/NNS/refugee "
                        + "to/TO return/VB/return ./.",
                "nsubj(1,0) obj(1,3) amod(3,2) mark(5,4) xcomp(1,5) nsubj:xsubj(5,3) punct(1,6) root(-1,1)");

        assertThat(e.code()).isEqualTo("080");
        assertThat(e.plover()).isEqualTo("CONCEDE");
        assertThat(e.source().code()).isEqualTo("TUR");
        assertThat(e.target().code()).isEqualTo("TURREF");
    }

    @Test
    void presentingEvidenceAgainstAnActorIsAnAccusation() {
        EventMention e = code("The/DT US/NNP/US/LOCATION presented/VBD/present evidence/NN/evidence "
                        + "against/IN Russia/NNP/Russia/LOCATION ./.",
                "det(1,0) nsubj(2,1) obj(2,3) case(5,4) nmod:against(3,5) punct(2,6) root(-1,2)");

        assertThat(e.code()).isEqualTo("112");
        assertThat(e.source().code()).isEqualTo("USA");
        assertThat(e.target().code()).isEqualTo("RUS");
    }

    @Test
    void votingAgainstIsRejectionAndVotingForIsSupport() {
        EventMention against = code("Russia/NNP/Russia/LOCATION voted/VBD/vote against/IN Britain/NNP/Britain/LOCATION ./.",
                "nsubj(1,0) case(3,2) obl:against(1,3) punct(1,4) root(-1,1)");
        EventMention forIt = code("China/NNP/China/LOCATION voted/VBD/vote for/IN Russia/NNP/Russia/LOCATION ./.",
                "nsubj(1,0) case(3,2) obl:for(1,3) punct(1,4) root(-1,1)");

        assertThat(against.code()).isEqualTo("120");
        assertThat(against.target().code()).isEqualTo("GBR");
        assertThat(forIt.code()).isEqualTo("051");
        assertThat(forIt.target().code()).isEqualTo("RUS");
    }

    @Test
    void deliveringWeaponsIsMilitaryAid() {
        EventMention e = code("Iran/NNP/Iran/LOCATION delivered/VBD/deliver missiles/NNS/missile to/IN "
                        + "Syria/NNP/Syria/LOCATION ./.",
                "nsubj(1,0) obj(1,2) case(4,3) obl:to(1,4) punct(1,5) root(-1,1)");

        assertThat(e.code()).isEqualTo("072");
        assertThat(e.target().code()).isEqualTo("SYR");
    }

    @Test
    void barringActorsIsARestriction() {
        EventMention e = code("Israel/NNP/Israel/LOCATION barred/VBD/bar Palestinian/JJ/Palestinian/NATIONALITY "
                        + "officials/NNS/official from/IN Jerusalem/NNP/Jerusalem/LOCATION ./.",
                "nsubj(1,0) amod(3,2) obj(1,3) case(5,4) obl:from(1,5) punct(1,6) root(-1,1)");

        assertThat(e.code()).isEqualTo("172");
        assertThat(e.source().code()).isEqualTo("ISR");
        assertThat(e.target().code()).isEqualTo("PSEGOV");
    }

    @Test
    void skirmishingIsFighting() {
        EventMention e = code("Indian/JJ/Indian/NATIONALITY troops/NNS/troop skirmished/VBD/skirmish with/IN "
                        + "Pakistani/JJ/Pakistani/NATIONALITY soldiers/NNS/soldier ./.",
                "amod(1,0) nsubj(2,1) case(5,3) amod(5,4) obl:with(2,5) punct(2,6) root(-1,2)");

        assertThat(e.code()).isEqualTo("190");
        assertThat(e.source().code()).isEqualTo("INDMIL");
        assertThat(e.target().code()).isEqualTo("PAKMIL");
    }
}
