package org.parley.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The disambiguation passes on a hand-made gazetteer. */
class PlaceResolverTest {
    private static final PlaceEntry FRANCE = new PlaceEntry("France", PlaceKind.COUNTRY, "FRA", null, 46.6, 2.2, 68_000_000, false);
    private static final PlaceEntry COLOMBIA = new PlaceEntry("Colombia", PlaceKind.COUNTRY, "COL", null, 4.57, -74.3, 52_000_000, false);
    private static final PlaceEntry JORDAN = new PlaceEntry("Jordan", PlaceKind.COUNTRY, "JOR", null, 30.59, 36.24, 11_300_000, false);
    private static final PlaceEntry PARIS = new PlaceEntry("Paris", PlaceKind.CITY, "FRA", "Île-de-France", 48.8534, 2.3488, 2_138_551, true, 2988507L);
    private static final PlaceEntry PARIS_TX = new PlaceEntry("Paris", PlaceKind.CITY, "USA", "Texas", 33.6609, -95.5555, 25_171, false, 4717560L);
    private static final PlaceEntry PARIS_TN = new PlaceEntry("Paris", PlaceKind.CITY, "USA", "Tennessee", 36.302, -88.3267, 10_156, false, 4646571L);
    private static final PlaceEntry TEXAS = new PlaceEntry("Texas", PlaceKind.REGION, "USA", "Texas", 30.2672, -97.7431, 2_288_000, false);
    private static final PlaceEntry DALLAS = new PlaceEntry("Dallas", PlaceKind.CITY, "USA", "Texas", 32.7831, -96.8067, 1_300_092, false, 4684888L);
    private static final PlaceEntry COLUMBIA_MO = new PlaceEntry("Columbia", PlaceKind.CITY, "USA", "Missouri", 38.9517, -92.3341, 108_500, false, 4381982L);
    private static final PlaceEntry COLUMBIA_SC = new PlaceEntry("Columbia", PlaceKind.CITY, "USA", "South Carolina", 34.0007, -81.0348, 133_803, false, 4575352L);
    private static final PlaceEntry JORDAN_MN = new PlaceEntry("Jordan", PlaceKind.CITY, "USA", "Minnesota", 44.6669, -93.6269, 6_000, false, 5029217L);

    private static final Gazetteer GAZETTEER = gazetteer(FRANCE, COLOMBIA, JORDAN, PARIS, PARIS_TX, PARIS_TN, TEXAS,
            DALLAS, COLUMBIA_MO, COLUMBIA_SC, JORDAN_MN);

    private static Gazetteer gazetteer(PlaceEntry... places) {
        Gazetteer.Builder b = Gazetteer.builder();
        for (PlaceEntry p : places) {
            b.add(p, List.of(p.name()));
        }
        return b.build();
    }

    private final PlaceResolver resolver = new PlaceResolver(GAZETTEER);

    private PlaceEntry resolve(String name, String ner, ActorKind kind, PlaceContext context) {
        return resolver.resolve(new PlaceMention(name, GAZETTEER.lookup(name), ner, kind), context).orElse(null);
    }

    private PlaceEntry resolve(String name, PlaceContext context) {
        return resolve(name, "LOCATION", null, context);
    }

    @Test
    void aNameWithOneReadingIsThatPlace() {
        assertThat(resolve("Dallas", PlaceContext.EMPTY)).isEqualTo(DALLAS);
        assertThat(resolver.counts()).containsEntry("only-reading", 1L);
    }

    @Test
    void aPlaceInARegionTheDocumentNamesWins() {
        PlaceContext texas = PlaceContext.EMPTY.with(List.of(TEXAS));
        assertThat(resolve("Paris", texas)).isEqualTo(PARIS_TX);
        assertThat(resolver.counts()).containsEntry("exact-admin", 1L);
    }

    @Test
    void aCountryNameIsTheCountryEvenInAnotherCountrysStory() {
        assertThat(resolve("Jordan", PlaceContext.ofCountries(Set.of("USA")))).isEqualTo(JORDAN);
        assertThat(resolver.counts()).containsEntry("country-name", 1L);
    }

    @Test
    void aContextCountryWinsUnlessAFarLargerPlaceHasTheName() {
        assertThat(resolve("Columbia", PlaceContext.ofCountries(Set.of("USA")))).isEqualTo(COLUMBIA_SC);
        assertThat(resolve("Paris", PlaceContext.ofCountries(Set.of("USA")))).isEqualTo(PARIS);
        assertThat(resolver.counts()).containsEntry("country-context", 1L).containsEntry("population", 1L);
    }

    @Test
    void aProminentCitySeveralTimesLargerBeatsAnOrdinaryTownInTheContextCountry() {
        PlaceEntry geneva = new PlaceEntry("Geneva", PlaceKind.CITY, "CHE", "Geneva", 46.2022, 6.1457, 183_981, false, true, 2660646L);
        PlaceEntry genevaIl = new PlaceEntry("Geneva", PlaceKind.CITY, "USA", "Illinois", 41.8875, -88.3054, 21_495, false, 4893591L);
        PlaceEntry lyon = new PlaceEntry("Lyon", PlaceKind.CITY, "FRA", "Auvergne-Rhône-Alpes", 45.7485, 4.8467, 522_969, false, true, 2996944L);
        PlaceEntry lyonTown = new PlaceEntry("Lyon", PlaceKind.CITY, "USA", "Mississippi", 34.22, -90.54, 150_000, false, 1L);
        PlaceEntry smallSeat = new PlaceEntry("Salem", PlaceKind.CITY, "USA", "Oregon", 44.9429, -123.0351, 174_365, false, true, 5750162L);
        PlaceEntry bigTown = new PlaceEntry("Salem", PlaceKind.CITY, "IND", "Tamil Nadu", 11.6538, 78.1554, 900_000, false, 2L);
        Gazetteer g = gazetteer(geneva, genevaIl, lyon, lyonTown, smallSeat, bigTown);
        PlaceResolver r = new PlaceResolver(g);
        PlaceContext usa = PlaceContext.ofCountries(Set.of("USA"));

        assertThat(r.resolve(new PlaceMention("Geneva", g.lookup("Geneva"), "LOCATION", null), usa)).contains(geneva);
        // Not 5 times larger: the town of the named country stays.
        assertThat(r.resolve(new PlaceMention("Lyon", g.lookup("Lyon"), "LOCATION", null), usa)).contains(lyonTown);
        // A prominent city of the named country is not outranked by a larger town elsewhere.
        assertThat(r.resolve(new PlaceMention("Salem", g.lookup("Salem"), "LOCATION", null), usa)).contains(smallSeat);
    }

    @Test
    void aNameOneLetterFromAContextCountryIsThatCountry() {
        assertThat(resolve("Columbia", PlaceContext.ofCountries(Set.of("COL")))).isEqualTo(COLOMBIA);
        assertThat(resolver.counts()).containsEntry("context-spelling", 1L);
        assertThat(PlacePasses.ContextSpelling.oneEditApart("columbia", "colombia")).isTrue();
        assertThat(PlacePasses.ContextSpelling.oneEditApart("oman", "omen")).isTrue();
        assertThat(PlacePasses.ContextSpelling.oneEditApart("iran", "iraq")).isTrue();
        assertThat(PlacePasses.ContextSpelling.oneEditApart("mali", "malta")).isFalse();
    }

    @Test
    void theReadingNearTheDocumentsOtherPlacesWinsOverTheLargest() {
        PlaceContext nearDallas = new PlaceContext(Set.of(), Set.of(), List.of(DALLAS));
        assertThat(resolve("Paris", nearDallas)).isEqualTo(PARIS_TX);
        assertThat(resolver.counts()).containsEntry("proximity", 1L);
    }

    @Test
    void anOfficeStandingForAGovernmentIsNoPlaceEvenWhereATownHasItsName() {
        // The fixture gazetteer's Paris has readings; an office named so would still be none of them.
        assertThat(resolve("Paris", "LOCATION", ActorKind.OFFICE, PlaceContext.EMPTY)).isNull();
        assertThat(resolver.counts()).containsEntry("not-a-place", 1L);
    }

    @Test
    void demonymsOrganisationsAndLowerCaseWordsAreNotPlaces() {
        assertThat(resolve("Columbia", "ORGANIZATION", null, PlaceContext.EMPTY)).isNull();
        assertThat(resolve("Paris", "MISC", null, PlaceContext.EMPTY)).isNull();
        assertThat(resolve("Paris", "LOCATION", ActorKind.DEMONYM, PlaceContext.EMPTY)).isNull();
        assertThat(resolver.resolve(new PlaceMention("paris", GAZETTEER.lookup("Paris"), "O", null), PlaceContext.EMPTY)).isEmpty();
        assertThat(resolve("Jordan", "ORGANIZATION", null, PlaceContext.EMPTY)).isEqualTo(JORDAN);
        assertThat(resolver.counts()).containsEntry("not-a-place", 4L).containsEntry("country-name", 1L);
    }

    @Test
    void readingsAreRankedByPopulationWithTheCityBeforeTheRegionItIsTheSeatOf() {
        PlaceEntry ammanRegion = new PlaceEntry("Amman", PlaceKind.REGION, "JOR", "Amman", 31.95, 35.93, 1_275_857, false);
        PlaceEntry amman = new PlaceEntry("Amman", PlaceKind.CITY, "JOR", "Amman", 31.95, 35.93, 1_275_857, true, 250441L);
        assertThat(gazetteer(ammanRegion, amman).lookup("Amman")).containsExactly(amman, ammanRegion);
    }
}
