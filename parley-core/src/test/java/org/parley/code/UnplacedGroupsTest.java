package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.code.HandParsed.only;

import org.junit.jupiter.api.Test;
import org.parley.model.EventMention;

/**
 * Sources and targets known by a group noun that only the clause places, on hand-built parses:
 * prisoners and inmates (the codebook's CRM, people who broke or are said to have broken the law)
 * placed by the setting of their clause, and ethnic communities placed where the clause or their
 * own participle puts them ({@link SettledCommunities}).
 */
class UnplacedGroupsTest {
    @Test
    void prisonersAreCriminalsOfThePlaceWhereTheyRiot() {
        EventMention e = only("Prisoners/NNS/prisoner rioted/VBD/riot at/IN a/DT jail/NN/jail in/IN Chile/NNP/Chile/LOCATION ./.",
                "nsubj(1,0) obl:at(1,4) case(4,2) det(4,3) nmod:in(4,6) case(6,5) punct(1,7) root(-1,1)");

        assertThat(e.code()).isEqualTo("145");
        assertThat(e.trigger().text()).isEqualTo("rioted");
        assertThat(e.source().code()).isEqualTo("CHLCRM");
        assertThat(e.source().text()).isEqualTo("Prisoners");
        assertThat(e.target().code()).isEqualTo("CHL");
    }

    @Test
    void detaineesNamedByTheirCountryAreItsCriminals() {
        EventMention e = only("Chilean/JJ/Chilean/MISC police/NNS/police tortured/VBD/torture Peruvian/JJ/Peruvian/MISC "
                        + "detainees/NNS/detainee ./.",
                "amod(1,0) nsubj(2,1) amod(4,3) obj(2,4) punct(2,5) root(-1,2)");

        assertThat(e.trigger().text()).isEqualTo("tortured");
        assertThat(e.source().code()).isEqualTo("CHLCOP");
        assertThat(e.target().code()).isEqualTo("PERCRM");
        assertThat(e.target().text()).isEqualTo("Peruvian detainees");
    }

    @Test
    void ethnicAlbaniansDemonstratingInSerbiaAreSerbiasAlbanians() {
        EventMention e = only("Ethnic/JJ/ethnic Albanians/NNPS/Albanians/MISC demonstrated/VBD/demonstrate in/IN "
                        + "Serbia/NNP/Serbia/LOCATION ./.",
                "amod(1,0) nsubj(2,1) obl:in(2,4) case(4,3) punct(2,5) root(-1,2)");

        assertThat(e.code()).isEqualTo("141");
        assertThat(e.trigger().text()).isEqualTo("demonstrated");
        assertThat(e.source().code()).isEqualTo("SRBALB");
        assertThat(e.source().text()).isEqualTo("Ethnic Albanians");
        assertThat(e.target().code()).isEqualTo("SRB");
    }

    @Test
    void aPlaceTheParserHangsOnTheDayStillSetsTheClause() {
        EventMention e = only("Ethnic/JJ/ethnic Albanians/NNPS/Albanians/MISC demonstrated/VBD/demonstrate on/IN "
                        + "Tuesday/NNP/Tuesday/DATE in/IN Serbia/NNP/Serbia/LOCATION ./.",
                "amod(1,0) nsubj(2,1) obl:on(2,4) case(4,3) nmod:in(4,6) case(6,5) punct(2,7) root(-1,2)");

        assertThat(e.source().code()).isEqualTo("SRBALB");
        assertThat(e.trigger().text()).isEqualTo("demonstrated");
    }

    @Test
    void ethnicGuerrillasArePlacedByTheirOwnParticiple() {
        EventMention e = only("Ethnic/JJ/ethnic Albanian/JJ/Albanian/MISC guerrillas/NNS/guerrilla operating/VBG/operate "
                        + "in/IN Macedonia/NNP/Macedonia/LOCATION attacked/VBD/attack police/NNS/police ./.",
                "amod(2,0) amod(2,1) nsubj(6,2) acl(2,3) obl:in(3,5) case(5,4) obj(6,7) punct(6,8) root(-1,6)");

        assertThat(e.trigger().text()).isEqualTo("attacked");
        assertThat(e.source().code()).isEqualTo("MKDALBREB");
        assertThat(e.source().text()).isEqualTo("Ethnic Albanian guerrillas");
    }

    @Test
    void ethnicVictimsArePlacedByTheSettingOfTheClause() {
        EventMention e = only("Serb/JJ/Serb/MISC forces/NNS/force killed/VBD/kill three/CD/three ethnic/JJ/ethnic "
                        + "Albanians/NNPS/Albanians/MISC in/IN Serbia/NNP/Serbia/LOCATION ./.",
                "amod(1,0) nsubj(2,1) nummod(5,3) amod(5,4) obj(2,5) obl:in(2,7) case(7,6) punct(2,8) root(-1,2)");

        assertThat(e.trigger().text()).isEqualTo("killed");
        assertThat(e.source().code()).isEqualTo("SRBMIL");
        assertThat(e.target().code()).isEqualTo("SRBALB");
        assertThat(e.target().text()).isEqualTo("three ethnic Albanians");
    }

    @Test
    void aDemonymWithoutEthnicStaysTheState() {
        EventMention e = only("Albanian/JJ/Albanian/MISC protesters/NNS/protester demonstrated/VBD/demonstrate in/IN "
                        + "Serbia/NNP/Serbia/LOCATION ./.",
                "amod(1,0) nsubj(2,1) obl:in(2,4) case(4,3) punct(2,5) root(-1,2)");

        assertThat(e.source().code()).isEqualTo("ALBOPP");
        assertThat(e.target().code()).isEqualTo("SRB");
    }

    @Test
    void aGroupIsPlacedByTheParticipleThatSaysWhereItIsBased() {
        EventMention e = only("Rebels/NNS/rebel based/VBN/base in/IN Chad/NNP/Chad/LOCATION attacked/VBD/attack "
                        + "Sudanese/JJ/Sudanese/MISC police/NNS/police ./.",
                "nsubj(4,0) acl(0,1) obl:in(1,3) case(3,2) amod(6,5) obj(4,6) punct(4,7) root(-1,4)");

        assertThat(e.trigger().text()).isEqualTo("attacked");
        assertThat(e.source().code()).isEqualTo("TCDREB");
        assertThat(e.source().text()).isEqualTo("Rebels");
        assertThat(e.target().code()).isEqualTo("SDNCOP");
    }

    @Test
    void troopsOperatingInAPlaceAreNotItsArmy() {
        // Troops are often abroad: the participle does not make them Chad's army (TCDMIL); the
        // unidentified forces of the place stand in, as for any attack without a known attacker.
        EventMention e = only("Troops/NNS/troop operating/VBG/operate in/IN Chad/NNP/Chad/LOCATION attacked/VBD/attack "
                        + "Sudanese/JJ/Sudanese/MISC police/NNS/police ./.",
                "nsubj(4,0) acl(0,1) obl:in(1,3) case(3,2) amod(6,5) obj(4,6) punct(4,7) root(-1,4)");

        assertThat(e.source().code()).isEqualTo("TCDUAF");
        assertThat(e.target().code()).isEqualTo("SDNCOP");
    }

    @Test
    void theSettingOfWhatTheActorAgreesToDoPlacesIt() {
        EventMention e = only("Protesters/NNS/protester agreed/VBD/agree to/TO postpone/VB/postpone the/DT "
                        + "march/NN/march in/IN Baku/NNP/Baku/LOCATION ./.",
                "nsubj(1,0) nsubj:xsubj(3,0) root(-1,1) mark(3,2) xcomp(1,3) det(5,4) obj(3,5) obl:in(3,7) case(7,6) punct(1,8)");

        assertThat(e.code()).startsWith("03");
        assertThat(e.trigger().text()).isEqualTo("agreed");
        assertThat(e.source().code()).isEqualTo("AZEOPP");
        assertThat(e.source().text()).isEqualTo("Protesters");
    }

    @Test
    void thePeopleOfAPlaceAreItsCommunity() {
        EventMention e = only("The/DT Albanians/NNPS/Albanians/MISC of/IN southern/JJ/southern Serbia/NNP/Serbia/LOCATION "
                        + "demanded/VBD/demand autonomy/NN/autonomy from/IN Serbian/JJ/Serbian/MISC authorities/NNS/authority ./.",
                "det(1,0) nsubj(5,1) case(4,2) amod(4,3) nmod:of(1,4) root(-1,5) obj(5,6) case(9,7) amod(9,8) obl:from(5,9) punct(5,10)");

        assertThat(e.trigger().text()).isEqualTo("demanded");
        assertThat(e.source().code()).isEqualTo("SRBALB");
        assertThat(e.source().text()).isEqualTo("The Albanians of southern Serbia");
        assertThat(e.target().code()).isEqualTo("SRBGOV");
    }

    @Test
    void theCountryWhereRefugeIsSoughtIsAsked() {
        EventMention e = only("Iraqi/JJ/Iraqi/MISC Kurds/NNPS/Kurds/MISC sought/VBD/seek refuge/NN/refuge in/IN "
                        + "Germany/NNP/Germany/LOCATION ./.",
                "amod(1,0) nsubj(2,1) root(-1,2) obj(2,3) case(5,4) obl:in(2,5) punct(2,6)");

        assertThat(e.code()).isEqualTo("0233");
        assertThat(e.trigger().text()).isEqualTo("sought refuge");
        assertThat(e.source().code()).isEqualTo("IRQKUR");
        assertThat(e.target().code()).isEqualTo("DEU");
        assertThat(e.target().text()).isEqualTo("Germany");
    }

    @Test
    void troopsLoyalToAPartyAreOfItsCountry() {
        EventMention e = only("Troops/NNS/troop loyal/JJ/loyal to/IN the/DT Ivorian/JJ/Ivorian/MISC president/NN/president "
                        + "attacked/VBD/attack rebels/NNS/rebel ./.",
                "nsubj(6,0) amod(0,1) obl:to(1,5) case(5,2) det(5,3) amod(5,4) root(-1,6) obj(6,7) punct(6,8)");

        assertThat(e.code()).isEqualTo("190");
        assertThat(e.trigger().text()).isEqualTo("attacked");
        assertThat(e.source().code()).isEqualTo("CIVMIL");
        assertThat(e.target().code()).isEqualTo("CIVREB");
    }

    @Test
    void leadersMeetingInAPlaceAreNotItsOwn() {
        assertThat(HandParsed.code("Leaders/NNS/leader meeting/VBG/meet in/IN Brussels/NNP/Brussels/LOCATION "
                        + "agreed/VBD/agree to/TO impose/VB/impose sanctions/NNS/sanction ./.",
                "nsubj(4,0) acl(0,1) obl:in(1,3) case(3,2) root(-1,4) mark(6,5) xcomp(4,6) obj(6,7) punct(4,8)")).isEmpty();
    }
}
