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
}
