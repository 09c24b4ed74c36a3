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
 * Targets of last resort found deeper in the clause (round 5): participle agents, misattached "by"
 * phrases, the phrases of obliques, the verb's own "from" and "for", purposes of protests and the
 * conditions of threats; on hand-built parses.
 */
class PhrasePartiesTest {
    @Test
    void theAgentOfAParticipleInTheObjectPhraseIsTheTarget() {
        EventMention e = only("Algeria/NNP/Algeria/LOCATION condemned/VBD/condemn the/DT crimes/NNS/crime "
                        + "committed/VBN/commit by/IN Moroccan/JJ/Moroccan/MISC troops/NNS/troop ./.",
                "nsubj(1,0) obj(1,3) det(3,2) acl(3,4) obl:agent(4,7) case(7,5) amod(7,6) punct(1,8) root(-1,1)");

        assertThat(e.code()).isEqualTo("111");
        assertThat(e.source().code()).isEqualTo("DZA");
        assertThat(e.target()).isEqualTo(new Actor("Moroccan troops", "MARMIL", "MAR", "MIL", new Span(42, 57)));
    }

    @Test
    void aByPhraseTheParserHungOnAnActiveVerbIsItsObjectsAgent() {
        EventMention e = only("Indonesian/JJ/Indonesian/MISC students/NNS/student demanded/VBD/demand reforms/NNS/reform "
                        + "by/IN the/DT government/NN/government ./.",
                "amod(1,0) nsubj(2,1) obj(2,3) obl:by(2,6) case(6,4) det(6,5) punct(2,7) root(-1,2)");

        assertThat(e.code()).isEqualTo("104");
        assertThat(e.source().code()).isEqualTo("IDNEDU");
        assertThat(e.target()).isEqualTo(new Actor("the government", "IDNGOV", "IDN", "GOV", new Span(40, 54)));
    }

    @Test
    void theAgentInsideAnObliqueOfAComplementIsTheOtherParty() {
        List<EventMention> events = code("Syria/NNP/Syria/LOCATION refused/VBD/refuse to/TO respond/VB/respond to/TO a/DT "
                        + "request/NN/request from/IN Egypt/NNP/Egypt/LOCATION ./.",
                "nsubj(1,0) xcomp(1,3) mark(3,2) obl:to(3,6) case(6,4) det(6,5) nmod:from(6,8) case(8,7) punct(1,9) root(-1,1)");

        assertThat(events).extracting(EventMention::code).containsExactly("120");
        assertThat(events.get(0).source().code()).isEqualTo("SYR");
        assertThat(events.get(0).target()).isEqualTo(new Actor("Egypt", "EGY", "EGY", null, new Span(43, 48)));
    }

    @Test
    void whomSomethingIsSeizedFromIsTheTarget() {
        EventMention e = only("Turkish/JJ/Turkish/MISC police/NNS/police confiscated/VBD/confiscate weapons/NNS/weapon "
                        + "from/IN Syrian/JJ/Syrian/MISC rebels/NNS/rebel ./.",
                "amod(1,0) nsubj(2,1) obj(2,3) obl:from(2,6) case(6,4) amod(6,5) punct(2,7) root(-1,2)");

        assertThat(e.code()).isEqualTo("1711");
        assertThat(e.source().code()).isEqualTo("TURCOP");
        assertThat(e.target()).isEqualTo(new Actor("Syrian rebels", "SYRREB", "SYR", "REB", new Span(40, 53)));
    }

    @Test
    void whomAidIsProvidedForIsTheTarget() {
        EventMention e = only("Japan/NNP/Japan/LOCATION provided/VBD/provide aid/NN/aid for/IN Haiti/NNP/Haiti/LOCATION ./.",
                "nsubj(1,0) obj(1,2) obl:for(1,4) case(4,3) punct(1,5) root(-1,1)");

        assertThat(e.code()).isEqualTo("070");
        assertThat(e.source().code()).isEqualTo("JPN");
        assertThat(e.target()).isEqualTo(new Actor("Haiti", "HTI", "HTI", null, new Span(23, 28)));
    }

    @Test
    void theAddresseeOfADemandsTopicIsItsTarget() {
        EventMention e = only("Algerian/JJ/Algerian/MISC students/NNS/student pressed/VBD/press demands/NNS/demand for/IN "
                        + "freedom/NN/freedom from/IN the/DT government/NN/government ./.",
                "amod(1,0) nsubj(2,1) obj(2,3) nmod:for(3,5) case(5,4) nmod:from(5,8) case(8,6) det(8,7) punct(2,9) root(-1,2)");

        assertThat(e.code()).isEqualTo("100");
        assertThat(e.source().code()).isEqualTo("DZAEDU");
        assertThat(e.target()).isEqualTo(new Actor("the government", "DZAGOV", "DZA", "GOV", new Span(51, 65)));
    }

    @Test
    void aProtestTakesThePartyOfThePurposeItServes() {
        List<EventMention> events = code("Nepalese/JJ/Nepalese/MISC students/NNS/student staged/VBD/stage protests/NNS/protest "
                        + "to/TO demand/VB/demand reforms/NNS/reform by/IN the/DT government/NN/government ./.",
                "amod(1,0) nsubj(2,1) obj(2,3) advcl:to(2,5) mark(5,4) obj(5,6) obl:by(5,9) case(9,7) det(9,8) "
                        + "punct(2,10) root(-1,2)");

        assertThat(events).extracting(EventMention::code).containsExactly("141", "104");
        assertThat(events).extracting(e -> e.source().code()).containsOnly("NPLEDU");
        assertThat(events).extracting(EventMention::target)
                .containsOnly(new Actor("the government", "NPLGOV", "NPL", "GOV", new Span(55, 69)));
    }

    @Test
    void aThreatIsAimedAtThePartyWhoseConductItsConditionNames() {
        List<EventMention> events = code("Iran/NNP/Iran/LOCATION threatened/VBD/threaten to/TO halt/VB/halt talks/NNS/talk "
                        + "unless/IN Iraq/NNP/Iraq/LOCATION withdrew/VBD/withdraw ./.",
                "nsubj(1,0) xcomp(1,3) mark(3,2) obj(3,4) advcl:unless(3,7) mark(7,5) nsubj(7,6) punct(1,8) root(-1,1)");

        EventMention threat = events.get(0);
        assertThat(threat.code()).startsWith("13");
        assertThat(threat.source().code()).isEqualTo("IRN");
        assertThat(threat.target()).isEqualTo(new Actor("Iraq", "IRQ", "IRQ", null, new Span(37, 41)));
    }

    @Test
    void aThreatTakesTheObjectItsComplementsTriggerConsumed() {
        List<EventMention> events = code("Kenya/NNP/Kenya/LOCATION threatened/VBD/threaten to/TO ban/VB/ban Kenyan/JJ/Kenyan/MISC "
                        + "opposition/NN/opposition candidates/NNS/candidate ./.",
                "nsubj(1,0) xcomp(1,3) mark(3,2) obj(3,6) amod(6,4) compound(6,5) punct(1,7) root(-1,1)");

        assertThat(events).extracting(EventMention::code).containsExactly("1322", "1722");
        assertThat(events).extracting(e -> e.source().code()).containsOnly("KEN");
        assertThat(events).extracting(EventMention::target)
                .containsOnly(new Actor("Kenyan opposition", "KENOPP", "KEN", "OPP", new Span(24, 41)));
    }

    @Test
    void aRefusalTakesThePlaceItsComplementWouldActOn() {
        List<EventMention> events = code("Pakistan/NNP/Pakistan/LOCATION refused/VBD/refuse to/TO deploy/VB/deploy "
                        + "peacekeepers/NNS/peacekeeper in/IN Iraq/NNP/Iraq/LOCATION ./.",
                "nsubj(1,0) xcomp(1,3) mark(3,2) obj(3,4) obl:in(3,6) case(6,5) punct(1,7) root(-1,1)");

        EventMention refusal = events.get(0);
        assertThat(refusal.code()).startsWith("12");
        assertThat(refusal.source().code()).isEqualTo("PAK");
        assertThat(refusal.target()).isEqualTo(new Actor("Iraq", "IRQ", "IRQ", null, new Span(43, 47)));
    }

    @Test
    void forceUsedToDisperseACrowdIsAimedAtTheCrowd() {
        List<EventMention> events = code("Egyptian/JJ/Egyptian/MISC police/NNS/police opened/VBD/open fire/NN/fire to/TO "
                        + "disperse/VB/disperse Islamist/JJ/Islamist/MISC demonstrators/NNS/demonstrator ./.",
                "amod(1,0) nsubj(2,1) obj(2,3) advcl:to(2,5) mark(5,4) obj(5,7) amod(7,6) punct(2,8) root(-1,2)");

        // The shooting is aimed at whom the dispersal it served acts on, and is coded as that
        // repression (175), once: the same act is not also an armed attack (190).
        assertThat(events).extracting(EventMention::code).containsExactly("175");
        EventMention shooting = events.get(0);
        assertThat(shooting.source().code()).isEqualTo("EGYCOP");
        assertThat(shooting.target()).isEqualTo(new Actor("Islamist demonstrators", "EGYOPP", "EGY", "OPP", new Span(40, 62)));
    }

    @Test
    void whomTheSourceOffersItsOwnTroopsToIsTheTarget() {
        List<EventMention> events = code("Syria/NNP/Syria/LOCATION offered/VBD/offer its/PRP$/its troops/NNS/troop to/TO "
                        + "Lebanon/NNP/Lebanon/LOCATION ./.",
                "nsubj(1,0) obj(1,3) nmod:poss(3,2) obl:to(1,5) case(5,4) punct(1,6) root(-1,1)");

        assertThat(events).extracting(EventMention::code).containsExactly("0334");
        assertThat(events.get(0).source().code()).isEqualTo("SYR");
        assertThat(events.get(0).target()).isEqualTo(new Actor("Lebanon", "LBN", "LBN", null, new Span(28, 35)));
    }

    @Test
    void troopsTheSourceWithdrawsAreNeverItsTargetEvenWithoutAPlace() {
        List<EventMention> events = code("Syria/NNP/Syria/LOCATION withdrew/VBD/withdraw its/PRP$/its troops/NNS/troop ./.",
                "nsubj(1,0) obj(1,3) nmod:poss(3,2) punct(1,4) root(-1,1)");

        assertThat(events).extracting(EventMention::code).containsExactly("0874");
        assertThat(events.get(0).source().code()).isEqualTo("SYR");
        assertThat(events.get(0).target()).isNull();
    }

    @Test
    void anObjectTheSourceOwnsIsStillTheTargetWhenNothingElseIs() {
        List<EventMention> events = code("Syria/NNP/Syria/LOCATION praised/VBD/praise its/PRP$/its troops/NNS/troop ./.",
                "nsubj(1,0) obj(1,3) nmod:poss(3,2) punct(1,4) root(-1,1)");

        assertThat(events).extracting(EventMention::code).containsExactly("051");
        assertThat(events.get(0).target()).isEqualTo(new Actor("its troops", "SYRMIL", "SYR", "MIL", new Span(14, 24)));
    }

    @Test
    void aComplaintIsAboutWhomItIsOverNotItsAudience() {
        List<EventMention> events = code("Lebanon/NNP/Lebanon/LOCATION complained/VBD/complain to/TO France/NNP/France/LOCATION "
                        + "over/IN Syrian/JJ/Syrian/MISC raids/NNS/raid ./.",
                "nsubj(1,0) obl:to(1,3) case(3,2) obl:over(1,6) case(6,4) amod(6,5) punct(1,7) root(-1,1)");

        EventMention complaint = events.get(0);
        assertThat(complaint.code()).isEqualTo("110");
        assertThat(complaint.source().code()).isEqualTo("LBN");
        assertThat(complaint.target()).isEqualTo(new Actor("Syrian", "SYR", "SYR", null, new Span(34, 40)));
    }

    @Test
    void thePartyOfWhatForcesAreMobilizedForIsTheTarget() {
        EventMention e = only("Britain/NNP/Britain/LOCATION mobilized/VBD/mobilize reservists/NNS/reservist for/IN a/DT "
                        + "war/NN/war against/IN Iraq/NNP/Iraq/LOCATION ./.",
                "nsubj(1,0) obj(1,2) obl:for(1,5) case(5,3) det(5,4) nmod:against(5,7) case(7,6) punct(1,8) root(-1,1)");

        assertThat(e.code()).isEqualTo("154");
        assertThat(e.source().code()).isEqualTo("GBR");
        assertThat(e.target()).isEqualTo(new Actor("Iraq", "IRQ", "IRQ", null, new Span(47, 51)));
    }
}
