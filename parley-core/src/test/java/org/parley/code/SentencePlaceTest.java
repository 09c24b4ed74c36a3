package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.fixtures.Fixture;
import org.parley.model.EventMention;
import org.parley.model.PlacePrecision;
import org.parley.resolve.Gazetteer;
import org.parley.resolve.PlaceEntry;
import org.parley.resolve.PlaceKind;

/**
 * Place names the tagger mistakes, settlement nouns, countries in apposition, bare directions, and
 * the sentence's last say ({@link SentencePlace}), on hand-built parses.
 */
class SentencePlaceTest {
    private static final EventCoder CODER = EventCoder.withDefaults();
    /** The built-in gazetteer with a region named by a bare direction and a region named like its city. */
    private static final EventCoder WITH_REGIONS = EventCoder.builder().gazetteer(Gazetteer.builder()
            .addAll(Gazetteer.builtIn(), p -> p)
            .add(new PlaceEntry("East", PlaceKind.REGION, "CMR", "East", 4.58, 13.68, 800_000, false), List.of("East"))
            .add(new PlaceEntry("Basra", PlaceKind.REGION, "IRQ", "Basra", 30.5, 47.5, 3_000_000, false), List.of("Basra"))
            .build()).build();

    private static EventMention only(EventCoder coder, Fixture f) {
        List<EventMention> events = coder.code(f.build());
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static String summary(EventMention e) {
        return e.code() + " " + e.source().code() + " " + (e.target() == null ? null : e.target().code()) + " "
                + e.trigger().text();
    }

    @Test
    void aPlaceNameTheTaggerTookForACommonNounIsStillAPlace() {
        EventMention e = only(CODER, Fixture.published("2017-08-10").sentence(
                "Syrian/JJ troops/NNS/troop attacked/VBD/attack Turkish/JJ soldiers/NNS/soldier near/IN Homs/NNS/Homs/LOCATION ./.",
                "amod(1,0) nsubj(2,1) amod(4,3) obj(2,4) obl:near(2,6) case(6,5) punct(2,7) root(-1,2)"));
        assertThat(summary(e)).isEqualTo("190 SYRMIL TURMIL attacked");
        assertThat(e.place().name()).isEqualTo("Homs");
        assertThat(e.place().country()).isEqualTo("SYR");
        assertThat(e.place().precision()).isEqualTo(PlacePrecision.CITY);
    }

    @Test
    void aNameInAppositionToASettlementNounIsThePlace() {
        EventMention e = only(CODER, Fixture.published("2017-08-10").sentence(
                "Syrian/JJ troops/NNS/troop attacked/VBD/attack Turkish/JJ soldiers/NNS/soldier in/IN the/DT capital/NN "
                        + "Damascus/NNP/Damascus/LOCATION ./.",
                "amod(1,0) nsubj(2,1) amod(4,3) obj(2,4) obl:in(2,7) case(7,5) det(7,6) appos(7,8) punct(2,9) root(-1,2)"));
        assertThat(summary(e)).isEqualTo("190 SYRMIL TURMIL attacked");
        assertThat(e.place().name()).isEqualTo("Damascus");
        assertThat(e.place().precision()).isEqualTo(PlacePrecision.CITY);
    }

    @Test
    void theCityOfASettlementNounIsTheCityNotTheRegionOfItsName() {
        EventMention e = only(WITH_REGIONS, Fixture.published("2017-08-10").sentence(
                "Iraqi/JJ insurgents/NNS/insurgent attacked/VBD/attack British/JJ soldiers/NNS/soldier outside/IN of/IN "
                        + "the/DT Iraqi/JJ city/NN of/IN Basra/NNP/Basra/LOCATION ./.",
                "amod(1,0) nsubj(2,1) amod(4,3) obj(2,4) obl:outside_of(2,9) case(9,5) fixed(5,6) det(9,7) amod(9,8) "
                        + "nmod:of(9,11) case(11,10) punct(2,12) root(-1,2)"));
        assertThat(summary(e)).isEqualTo("190 IRQREB GBRMIL attacked");
        assertThat(e.place().name()).isEqualTo("Basra");
        assertThat(e.place().precision()).isEqualTo(PlacePrecision.CITY);
        assertThat(e.place().lat()).isEqualTo(30.51);
    }

    @Test
    void aCountryInAppositionChoosesWhichPlaceOfTheNameIsMeant() {
        // Libya is named too, and its Tripoli is the more populous: "Tripoli, Lebanon" still means Lebanon's.
        EventMention e = only(CODER, Fixture.published("2017-08-10").sentence(
                "Libyan/JJ police/NNS/police arrested/VBD/arrest students/NNS/student in/IN Tripoli/NNP/Tripoli/LOCATION "
                        + ",/, Lebanon/NNP/Lebanon/LOCATION ./.",
                "amod(1,0) nsubj(2,1) obj(2,3) obl:in(2,5) case(5,4) punct(7,6) appos(5,7) punct(2,8) root(-1,2)"));
        assertThat(summary(e)).isEqualTo("173 LBYCOP LBYEDU arrested");
        assertThat(e.place().name()).isEqualTo("Tripoli");
        assertThat(e.place().country()).isEqualTo("LBN");
        assertThat(e.place().precision()).isEqualTo(PlacePrecision.CITY);
    }

    @Test
    void aBareDirectionIsNoPlaceThoughARegionBearsItsName() {
        EventMention e = only(WITH_REGIONS, Fixture.published("2017-08-10").sentence(
                "Ukrainian/JJ troops/NNS/troop attacked/VBD/attack Russian/JJ soldiers/NNS/soldier in/IN the/DT "
                        + "East/NNP/East/LOCATION ./.",
                "amod(1,0) nsubj(2,1) amod(4,3) obj(2,4) obl:in(2,7) case(7,5) det(7,6) punct(2,8) root(-1,2)"));
        assertThat(summary(e)).isEqualTo("190 UKRMIL RUSMIL attacked");
        assertThat(e.place()).isNull();
    }

    @Test
    void theOneCityOfTheSentenceInTheImpliedCountryMakesThePlaceExact() {
        EventMention e = only(CODER, Fixture.published("2017-08-10").sentence(
                "Troops/NNS/troop in/IN Kenya/NNP/Kenya/LOCATION attacked/VBD/attack Somali/JJ rebels/NNS/rebel "
                        + "who/WP had/VBD/have blocked/VBN/block Mombasa/NNP/Mombasa/LOCATION ./.",
                "nsubj(3,0) nmod:in(0,2) case(2,1) amod(5,4) obj(3,5) nsubj(8,6) aux(8,7) acl:relcl(5,8) obj(8,9) "
                        + "punct(3,10) root(-1,3)"));
        assertThat(summary(e)).isEqualTo("190 KENMIL SOMREB attacked");
        assertThat(e.place().name()).isEqualTo("Mombasa");
        assertThat(e.place().country()).isEqualTo("KEN");
        assertThat(e.place().precision()).isEqualTo(PlacePrecision.CITY);
    }

    @Test
    void aDomesticEventWithoutAPlaceIsAtTheOnePlaceOfItsCountryInTheSentence() {
        List<EventMention> events = CODER.code(Fixture.published("2017-08-10").sentence(
                "The/DT Georgian/JJ president/NN resigned/VBD/resign as/IN crowds/NNS/crowd gathered/VBD/gather "
                        + "in/IN Tbilisi/NNP/Tbilisi/LOCATION ./.",
                "det(2,0) amod(2,1) nsubj(3,2) advcl:as(3,6) mark(6,4) nsubj(6,5) obl:in(6,8) case(8,7) punct(3,9) root(-1,3)")
                .build());
        assertThat(events).extracting(SentencePlaceTest::summary).containsExactly("0831 GEOGOV null resigned");
        assertThat(events.get(0).place().name()).isEqualTo("Tbilisi");
        assertThat(events.get(0).place().country()).isEqualTo("GEO");
    }

    @Test
    void aPlaceAfterAPrepositionOfMotionInAnotherClauseIsNoDomesticEventsPlace() {
        List<EventMention> events = CODER.code(Fixture.published("2017-08-10").sentence(
                "The/DT Georgian/JJ president/NN resigned/VBD/resign as/IN crowds/NNS/crowd marched/VBD/march to/TO "
                        + "Tbilisi/NNP/Tbilisi/LOCATION ./.",
                "det(2,0) amod(2,1) nsubj(3,2) advcl:as(3,6) mark(6,4) nsubj(6,5) obl:to(6,8) case(8,7) punct(3,9) root(-1,3)")
                .build());
        assertThat(events).extracting(SentencePlaceTest::summary).containsExactly("0831 GEOGOV null resigned");
        assertThat(events.get(0).place()).isNull();
    }

    @Test
    void aVerbOfSendingTakesPlaceAtItsGoal() {
        List<EventMention> events = CODER.code(Fixture.published("2017-08-10").sentence(
                "Zambia/NNP/Zambia/LOCATION extradited/VBD/extradite a/DT British/JJ militant/NN to/TO "
                        + "Britain/NNP/Britain/LOCATION ./.",
                "nsubj(1,0) det(4,2) amod(4,3) obj(1,4) obl:to(1,6) case(6,5) punct(1,7) root(-1,1)").build());
        assertThat(events).extracting(SentencePlaceTest::summary).containsExactly("063 ZMB GBRREB extradited");
        assertThat(events.get(0).place().name()).isEqualTo("United Kingdom");
        assertThat(events.get(0).place().country()).isEqualTo("GBR");
        assertThat(events.get(0).place().precision()).isEqualTo(PlacePrecision.COUNTRY);
    }

    @Test
    void aNameOfARegionAndItsSeatIsTheCityUnlessARegionNounSaysOtherwise() {
        EventMention city = only(WITH_REGIONS, Fixture.published("2017-08-10").sentence(
                "Iraqi/JJ insurgents/NNS/insurgent attacked/VBD/attack British/JJ soldiers/NNS/soldier in/IN "
                        + "Basra/NNP/Basra/LOCATION ./.",
                "amod(1,0) nsubj(2,1) amod(4,3) obj(2,4) obl:in(2,6) case(6,5) punct(2,7) root(-1,2)"));
        EventMention province = only(WITH_REGIONS, Fixture.published("2017-08-10").sentence(
                "Iraqi/JJ insurgents/NNS/insurgent attacked/VBD/attack British/JJ soldiers/NNS/soldier in/IN the/DT "
                        + "province/NN of/IN Basra/NNP/Basra/LOCATION ./.",
                "amod(1,0) nsubj(2,1) amod(4,3) obj(2,4) obl:in(2,7) case(7,5) det(7,6) nmod:of(7,9) case(9,8) "
                        + "punct(2,10) root(-1,2)"));
        assertThat(summary(city)).isEqualTo("190 IRQREB GBRMIL attacked");
        assertThat(city.place().precision()).isEqualTo(PlacePrecision.CITY);
        assertThat(city.place().lat()).isEqualTo(30.51);
        assertThat(summary(province)).isEqualTo("190 IRQREB GBRMIL attacked");
        assertThat(province.place().name()).isEqualTo("Basra");
        assertThat(province.place().precision()).isEqualTo(PlacePrecision.REGION);
        assertThat(province.place().lat()).isEqualTo(30.5);
    }
}
