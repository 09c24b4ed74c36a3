package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.fixtures.Fixture;
import org.parley.model.EventMention;
import org.parley.model.Place;
import org.parley.model.PlacePrecision;

/** Where events happened, with the built-in gazetteer on hand-built parses. */
class EventPlaceTest {
    private static final EventCoder CODER = EventCoder.withDefaults();

    private static EventMention only(Fixture f) {
        List<EventMention> events = CODER.code(f.build());
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    @Test
    void aDirectionMakesACountryARegionOfIt() {
        EventMention e = only(Fixture.published("2017-08-10").sentence(
                "Israel/NNP/Israel/LOCATION attacked/VBD/attack Hezbollah/NNP/Hezbollah/ORGANIZATION in/IN southern/JJ Syria/NNP/Syria/LOCATION ./.",
                "nsubj(1,0) obj(1,2) obl:in(1,5) case(5,3) amod(5,4) punct(1,6) root(-1,1)"));
        assertThat(e.place().name()).isEqualTo("southern Syria");
        assertThat(e.place().country()).isEqualTo("SYR");
        assertThat(e.place().precision()).isEqualTo(PlacePrecision.REGION);
        assertThat(e.place().region()).isNull();
    }

    @Test
    void theOneCityOfTheEventsClauseIsItsPlace() {
        EventMention e = only(Fixture.published("2017-08-10").sentence(
                "Israel/NNP/Israel/LOCATION attacked/VBD/attack targets/NNS/target near/IN Damascus/NNP/Damascus/LOCATION ./.",
                "nsubj(1,0) obj(1,2) nmod:near(2,4) case(4,3) punct(1,5) root(-1,1)"));
        assertThat(e.place().name()).isEqualTo("Damascus");
        assertThat(e.place().precision()).isEqualTo(PlacePrecision.CITY);
    }

    @Test
    void severalCitiesOfTheEventsClauseInOneCountryGiveTheCountry() {
        EventMention e = only(Fixture.published("2017-08-10").sentence(
                "Israel/NNP/Israel/LOCATION attacked/VBD/attack targets/NNS/target near/IN Damascus/NNP/Damascus/LOCATION "
                        + "and/CC Aleppo/NNP/Aleppo/LOCATION ./.",
                "nsubj(1,0) obj(1,2) nmod:near(2,4) case(4,3) cc(6,5) conj:and(4,6) punct(1,7) root(-1,1)"));
        assertThat(e.place().name()).isEqualTo("Syria");
        assertThat(e.place().country()).isEqualTo("SYR");
        assertThat(e.place().precision()).isEqualTo(PlacePrecision.COUNTRY);
    }

    @Test
    void aCityNamedInAnotherClauseIsNotTheEventsPlace() {
        EventMention e = only(Fixture.published("2017-08-10").sentence(
                "Israel/NNP/Israel/LOCATION attacked/VBD/attack Hezbollah/NNP/Hezbollah/ORGANIZATION after/IN rockets/NNS/rocket fell/VBD/fall near/IN Haifa/NNP/Haifa/LOCATION ./.",
                "nsubj(1,0) obj(1,2) advcl(1,5) mark(5,3) nsubj(5,4) obl:near(5,7) case(7,6) punct(1,8) root(-1,1)"));
        assertThat(e.place()).isNull();
    }

    @Test
    void aLocativeCityIsTheEventsPlaceWithCityPrecision() {
        EventMention e = only(Fixture.published("2017-08-10").sentence(
                "Israel/NNP/Israel/LOCATION attacked/VBD/attack Hezbollah/NNP/Hezbollah/ORGANIZATION in/IN Aleppo/NNP/Aleppo/LOCATION ./.",
                "nsubj(1,0) obj(1,2) obl:in(1,4) case(4,3) punct(1,5) root(-1,1)"));
        Place place = e.place();
        assertThat(place.name()).isEqualTo("Aleppo");
        assertThat(place.country()).isEqualTo("SYR");
        assertThat(place.precision()).isEqualTo(PlacePrecision.CITY);
        assertThat(CODER.placeCounts()).containsKey("only-reading");
    }

    @Test
    void theLocativeOfANounOfTheClauseIsThePlaceWithItsDirection() {
        EventMention e = only(Fixture.published("2017-08-10").sentence(
                "Israel/NNP/Israel/LOCATION attacked/VBD/attack Hezbollah/NNP/Hezbollah/ORGANIZATION in/IN a/DT raid/NN "
                        + "in/IN southern/JJ Lebanon/NNP/Lebanon/LOCATION ./.",
                "nsubj(1,0) obj(1,2) obl:in(1,5) case(5,3) det(5,4) nmod:in(5,8) case(8,6) amod(8,7) punct(1,9) root(-1,1)"));
        assertThat(e.place().name()).isEqualTo("southern Lebanon");
        assertThat(e.place().country()).isEqualTo("LBN");
        assertThat(e.place().precision()).isEqualTo(PlacePrecision.REGION);
    }

    @Test
    void whereTheSubjectIsIsThePlaceWhenTheClauseNamesNoOther() {
        EventMention e = only(Fixture.published("2017-08-10").sentence(
                "Israeli/JJ troops/NNS/troop in/IN Hebron/NNP/Hebron/LOCATION attacked/VBD/attack Hamas/NNP/Hamas/ORGANIZATION ./.",
                "amod(1,0) nsubj(4,1) nmod:in(1,3) case(3,2) obj(4,5) punct(4,6) root(-1,4)"));
        assertThat(e.source().code()).isEqualTo("ISRMIL");
        assertThat(e.place().name()).isEqualTo("Hebron");
        assertThat(e.place().country()).isEqualTo("PSE");
        assertThat(e.place().precision()).isEqualTo(PlacePrecision.CITY);
    }

    @Test
    void aCountryAfterInIsAPlaceEvenWhereCountriesAreMostlyActors() {
        EventMention e = only(Fixture.published("2017-08-10").sentence(
                "Albania/NNP/Albania/LOCATION denounced/VBD/denounce as/IN a/DT crime/NN the/DT crackdown/NN on/IN "
                        + "protesters/NNS/protester in/IN Montenegro/NNP/Montenegro/LOCATION ./.",
                "nsubj(1,0) obl:as(1,4) case(4,2) det(4,3) dep(4,6) det(6,5) nmod:on(6,8) case(8,7) nmod:in(8,10) case(10,9) "
                        + "punct(1,11) root(-1,1)"));
        assertThat(e.source().code()).isEqualTo("ALB");
        assertThat(e.place().name()).isEqualTo("Montenegro");
        assertThat(e.place().country()).isEqualTo("MNE");
        assertThat(e.place().precision()).isEqualTo(PlacePrecision.COUNTRY);
    }

    @Test
    void aPlaceOfAClauseThatSharesTheEventsSubjectIsTheEventsPlace() {
        List<EventMention> events = CODER.code(Fixture.published("2017-08-10").sentence(
                "Nigerians/NNPS/Nigerian gathered/VBD/gather for/IN a/DT rally/NN in/IN Lagos/NNP/Lagos/LOCATION "
                        + "to/TO protest/VB/protest ./.",
                "nsubj(1,0) obl:for(1,4) case(4,2) det(4,3) nmod:in(4,6) case(6,5) mark(8,7) advcl:to(1,8) "
                        + "nsubj:xsubj(8,0) punct(1,9) root(-1,1)").build());
        assertThat(events).extracting(EventMention::code).contains("140");
        assertThat(events).allSatisfy(ev -> {
            assertThat(ev.place().name()).isEqualTo("Lagos");
            assertThat(ev.place().country()).isEqualTo("NGA");
        });
    }

    @Test
    void aTownTheGazetteerLacksKeepsTheCountryOfItsDemonym() {
        EventMention e = only(Fixture.published("2017-08-10").sentence(
                "Serbia/NNP/Serbia/LOCATION attacked/VBD/attack Bosnia/NNP/Bosnia/LOCATION in/IN the/DT Bosnian/JJ "
                        + "town/NN of/IN Dolnja/NNP/Dolnja/LOCATION Brdska/NNP/Brdska/LOCATION ./.",
                "nsubj(1,0) obj(1,2) obl:in(1,6) case(6,3) det(6,4) amod(6,5) nmod:of(6,9) case(9,7) compound(9,8) "
                        + "punct(1,10) root(-1,1)"));
        Place place = e.place();
        assertThat(place.name()).isEqualTo("Dolnja Brdska");
        assertThat(place.country()).isEqualTo("BIH");
        assertThat(place.precision()).isEqualTo(PlacePrecision.COUNTRY);
        assertThat(place.geonamesId()).isNull();
        assertThat(place.region()).isNull();
        // The country's point: the town is known only to lie in Bosnia and Herzegovina.
        assertThat(place.lat()).isEqualTo(43.92);
        assertThat(place.lon()).isEqualTo(17.68);
    }

    @Test
    void anEventNounWithoutAVerbHasOnlyItsOwnPhraseAsItsScene() {
        List<EventMention> events = CODER.code(Fixture.published("2017-08-10").sentence(
                "Iranians/NNPS/Iranian stormed/VBD/storm the/DT embassy/NN in/IN Tehran/NNP/Tehran/LOCATION following/VBG/follow "
                        + "the/DT Saudi/JJ execution/NN of/IN an/DT Iranian/JJ cleric/NN ./.",
                "nsubj(1,0) obj(1,3) det(3,2) nmod:in(3,5) case(5,4) obl:following(1,9) case(9,6) det(9,7) amod(9,8) "
                        + "nmod:of(9,13) case(13,10) det(13,11) amod(13,12) punct(1,14) root(-1,1)").build());
        assertThat(events).extracting(ev -> ev.code() + " " + ev.source().code() + " " + (ev.place() == null ? null : ev.place().name()))
                .containsExactly("1823 SAU null");
    }

    @Test
    void aConjunctThatTheParserCopiedToTheNounIsStillOneOfSeveralPlaces() {
        // Enhanced dependencies repeat "near" for the second conjunct: nmod:near(2,6).
        EventMention e = only(Fixture.published("2017-08-10").sentence(
                "Israel/NNP/Israel/LOCATION attacked/VBD/attack Hezbollah/NNP/Hezbollah/ORGANIZATION in/IN raids/NNS/raid "
                        + "near/IN Damascus/NNP/Damascus/LOCATION and/CC Homs/NNP/Homs/LOCATION ./.",
                "nsubj(1,0) obj(1,2) obl:in(1,4) case(4,3) nmod:near(4,6) case(6,5) cc(8,7) conj:and(6,8) nmod:near(4,8) "
                        + "punct(1,9) root(-1,1)"));
        assertThat(e.place().name()).isEqualTo("Syria");
        assertThat(e.place().country()).isEqualTo("SYR");
        assertThat(e.place().precision()).isEqualTo(PlacePrecision.COUNTRY);
    }

    @Test
    void theCityOfAPhraseIsItsPlaceNotTheRegionItLiesIn() {
        EventMention e = only(Fixture.published("2017-08-10").sentence(
                "Israel/NNP/Israel/LOCATION attacked/VBD/attack Hamas/NNP/Hamas/ORGANIZATION in/IN the/DT West/NNP/West/LOCATION "
                        + "Bank/NNP/Bank/LOCATION city/NN of/IN Hebron/NNP/Hebron/LOCATION ./.",
                "nsubj(1,0) obj(1,2) obl:in(1,7) case(7,3) det(7,4) compound(6,5) compound(7,6) nmod:of(7,9) case(9,8) "
                        + "punct(1,10) root(-1,1)"));
        assertThat(e.place().name()).isEqualTo("Hebron");
        assertThat(e.place().country()).isEqualTo("PSE");
        assertThat(e.place().precision()).isEqualTo(PlacePrecision.CITY);
        assertThat(e.place().lat()).isEqualTo(31.53);
        assertThat(e.place().lon()).isEqualTo(35.1);
    }

    @Test
    void aCapitalNamedAsAPlaceDoesNotMakeItsCountryTheContext() {
        EventMention e = only(Fixture.published("2017-08-10").sentence(
                "Syrian/JJ officers/NNS/officer attacked/VBD/attack militias/NNS/militia in/IN Tripoli/NNP/Tripoli/LOCATION "
                        + ",/, the/DT Lebanese/JJ port/NN ./.",
                "amod(1,0) nsubj(2,1) obj(2,3) obl:in(2,5) case(5,4) punct(5,6) det(9,7) amod(9,8) appos(5,9) "
                        + "punct(2,10) root(-1,2)"));
        assertThat(e.place().name()).isEqualTo("Tripoli");
        assertThat(e.place().country()).isEqualTo("LBN");
        assertThat(e.place().precision()).isEqualTo(PlacePrecision.CITY);
    }
}
