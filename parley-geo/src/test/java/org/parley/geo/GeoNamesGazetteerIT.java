package org.parley.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.code.EventCoder;
import org.parley.fixtures.Fixture;
import org.parley.model.EventMention;
import org.parley.model.Place;
import org.parley.model.PlacePrecision;
import org.parley.resolve.ActorKind;
import org.parley.resolve.Gazetteer;
import org.parley.resolve.PlaceContext;
import org.parley.resolve.PlaceEntry;
import org.parley.resolve.PlaceKind;
import org.parley.resolve.PlaceMention;
import org.parley.resolve.PlaceResolver;

/** The real GeoNames index, through the gazetteer, the resolver and the coder on hand-built parses. */
class GeoNamesGazetteerIT {
    private static final long AMMAN = 250441L;
    private static Gazetteer gazetteer;
    private static EventCoder coder;

    @BeforeAll
    static void load() {
        gazetteer = GeoNamesGazetteer.load();
        coder = EventCoder.builder().gazetteer(gazetteer).build();
    }

    /** "SUBJ met OBJ in PLACE ." with the place's words given as tokens. */
    private static Fixture meeting(Fixture f, String subject, String object, String placeTokens, String placeArcs, int head) {
        return f.sentence(subject + "/NNP/" + subject + "/LOCATION met/VBD/meet " + object + "/NNP/" + object
                        + "/LOCATION in/IN " + placeTokens + " ./.",
                "nsubj(1,0) obj(1,2) obl:in(1," + head + ") case(" + head + ",3) " + placeArcs + " root(-1,1)");
    }

    private static Place placeOfLastEvent(Fixture f) {
        List<EventMention> events = coder.code(f.build());
        assertThat(events).isNotEmpty();
        return events.get(events.size() - 1).place();
    }

    @Test
    void ammanIsTheCapitalOfJordanWithItsGeoNamesId() {
        PlaceEntry amman = gazetteer.lookup("Amman").get(0);
        assertThat(amman.kind()).isEqualTo(PlaceKind.CITY);
        assertThat(amman.country()).isEqualTo("JOR");
        assertThat(amman.geonamesId()).isEqualTo(AMMAN);
        assertThat(amman.capital()).isTrue();

        Place place = placeOfLastEvent(meeting(Fixture.published("2017-08-10"), "Israel", "Russia",
                "Amman/NNP/Amman/LOCATION", "", 4));
        assertThat(place).isEqualTo(new Place("Amman", "JOR", "Amman", 31.9552, 35.945, AMMAN, PlacePrecision.CITY));
    }

    @Test
    void parisIsInTexasInAStoryAboutTexasAndInFranceOtherwise() {
        Fixture texas = Fixture.published("2020-01-01")
                .sentence("Storms/NNS/storm hit/VBD/hit Texas/NNP/Texas/LOCATION ./.", "nsubj(1,0) obj(1,2) root(-1,1)");
        Place inTexas = placeOfLastEvent(meeting(texas, "Mexico", "Canada", "Paris/NNP/Paris/LOCATION", "", 4));
        assertThat(inTexas.country()).isEqualTo("USA");
        assertThat(inTexas.region()).isEqualTo("Texas");
        assertThat(inTexas.precision()).isEqualTo(PlacePrecision.CITY);

        Place inFrance = placeOfLastEvent(meeting(Fixture.published("2020-01-01"), "Mexico", "Canada",
                "Paris/NNP/Paris/LOCATION", "", 4));
        assertThat(inFrance.country()).isEqualTo("FRA");
        assertThat(inFrance.geonamesId()).isEqualTo(2988507L);
    }

    @Test
    void genevaInAStoryAboutAmericanDiplomacyIsTheSwissSeatNotAnAmericanTown() {
        PlaceEntry geneva = gazetteer.lookup("Geneva").stream().filter(p -> p.country().equals("CHE") && p.kind() == PlaceKind.CITY).findFirst().orElseThrow();
        assertThat(geneva.prominent()).isTrue();
        assertThat(geneva.capital()).isFalse();
        assertThat(gazetteer.lookup("Geneva")).anyMatch(p -> p.country().equals("USA") && !p.prominent());

        Place place = placeOfLastEvent(meeting(Fixture.published("2020-01-01"), "America", "Russia",
                "Geneva/NNP/Geneva/LOCATION", "", 4));
        assertThat(place.country()).isEqualTo("CHE");
        assertThat(place.geonamesId()).isEqualTo(geneva.geonamesId());
    }

    @Test
    void columbiaInAStoryAboutBogotaIsColombia() {
        Fixture bogota = Fixture.published("2020-01-01")
                .sentence("Bogota/NNP/Bogota/LOCATION welcomed/VBD/welcome talks/NNS/talk ./.", "nsubj(1,0) obj(1,2) root(-1,1)");
        Place place = placeOfLastEvent(meeting(bogota, "Venezuela", "Ecuador", "Columbia/NNP/Columbia/LOCATION", "", 4));
        assertThat(place.country()).isEqualTo("COL");
        assertThat(place.name()).isEqualTo("Colombia");
        assertThat(place.precision()).isEqualTo(PlacePrecision.COUNTRY);
    }

    @Test
    void europeanIsNotAPlace() {
        PlaceResolver resolver = new PlaceResolver(gazetteer);
        List<PlaceEntry> candidates = gazetteer.lookup("European");
        if (!candidates.isEmpty()) {
            assertThat(resolver.resolve(new PlaceMention("European", candidates, "MISC", null), PlaceContext.EMPTY)).isEmpty();
            assertThat(resolver.resolve(new PlaceMention("European", candidates, "LOCATION", ActorKind.DEMONYM),
                    PlaceContext.EMPTY)).isEmpty();
            assertThat(resolver.counts()).containsEntry("not-a-place", 2L);
        }
        PlaceMention columbia = new PlaceMention("Columbia", gazetteer.lookup("Columbia"), "ORGANIZATION", ActorKind.ORGANISATION);
        assertThat(resolver.resolve(columbia, PlaceContext.ofCountries(Set.of("USA")))).isEmpty();
    }

    @Test
    void southernSyriaIsARegionOfSyria() {
        Place place = placeOfLastEvent(meeting(Fixture.published("2017-08-10"), "Israel", "Russia",
                "southern/JJ Syria/NNP/Syria/LOCATION", "amod(5,4)", 5));
        assertThat(place.name()).isEqualTo("southern Syria");
        assertThat(place.country()).isEqualTo("SYR");
        assertThat(place.precision()).isEqualTo(PlacePrecision.REGION);
        assertThat(place.geonamesId()).isNull();
    }

    @Test
    void theGolanHeightsAreARegionOfSyria() {
        Place place = placeOfLastEvent(meeting(Fixture.published("2017-08-10"), "Israel", "Russia",
                "the/DT Golan/NNP/Golan/LOCATION Heights/NNP/Heights/LOCATION", "det(6,4) compound(6,5)", 6));
        assertThat(place.name()).isEqualTo("Golan Heights");
        assertThat(place.country()).isEqualTo("SYR");
        assertThat(place.precision()).isEqualTo(PlacePrecision.REGION);
    }

    @Test
    void aCityOfParleysOwnListIsFiledUnderItsGeoNamesTwin() {
        List<PlaceEntry> kiev = gazetteer.lookup("Kiev");
        assertThat(kiev.get(0).country()).isEqualTo("UKR");
        assertThat(kiev.get(0).geonamesId()).isNotNull();
        Map<String, Long> counts = new PlaceResolver(gazetteer).counts();
        assertThat(counts.keySet()).containsExactly("not-a-place", "only-reading", "exact-admin", "country-name",
                "country-context", "context-spelling", "proximity", "population");
    }
}
