package org.parley.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.builtIn();
    }

    @Test
    void amman() {
        List<PlaceEntry> found = gazetteer.lookup("Amman");
        assertThat(found).hasSize(1);
        PlaceEntry amman = found.get(0);
        assertThat(amman.country()).isEqualTo("JOR");
        assertThat(amman.kind()).isEqualTo(PlaceKind.CITY);
        assertThat(amman.capital()).isTrue();
        assertThat(amman.lat()).isCloseTo(31.95, within(0.05));
        assertThat(amman.lon()).isCloseTo(35.93, within(0.05));
    }

    @Test
    void tripoliInLibyaFirstThenLebanon() {
        List<PlaceEntry> found = gazetteer.lookup("tripoli");
        assertThat(found).extracting(PlaceEntry::country).containsExactly("LBY", "LBN");
        assertThat(found.get(0).population()).isGreaterThan(found.get(1).population());
    }

    @Test
    void aCapitalComesBeforeARegionOfItsOwnCountryWithTheSameNameButNotBeforeAForeignOne() {
        PlaceEntry washingtonDc = new PlaceEntry("Washington", PlaceKind.CITY, "USA", "Washington, D.C.", 38.895, -77.036, 689_545, true);
        PlaceEntry washingtonState = new PlaceEntry("Washington", PlaceKind.REGION, "USA", "Washington", 47.04, -122.90, 737_015, false);
        PlaceEntry victoriaState = new PlaceEntry("Victoria", PlaceKind.REGION, "AUS", "Victoria", -37.81, 144.96, 4_917_750, false);
        PlaceEntry victoriaSeychelles = new PlaceEntry("Victoria", PlaceKind.CITY, "SYC", null, -4.62, 55.45, 22_881, true);
        Gazetteer g = Gazetteer.builder()
                .add(washingtonState, List.of("Washington")).add(washingtonDc, List.of("Washington"))
                .add(victoriaSeychelles, List.of("Victoria")).add(victoriaState, List.of("Victoria"))
                .build();

        assertThat(g.lookup("Washington")).containsExactly(washingtonDc, washingtonState);
        assertThat(g.lookup("Victoria")).containsExactly(victoriaState, victoriaSeychelles);
    }

    @Test
    void golanHeightsIsARegionWithOrWithoutThe() {
        PlaceMatch bare = gazetteer.longestMatch(List.of("Golan", "Heights", "border"), 0).orElseThrow();
        assertThat(bare.length()).isEqualTo(2);
        assertThat(bare.candidates()).extracting(PlaceEntry::kind).containsExactly(PlaceKind.REGION);
        PlaceMatch withThe = gazetteer.longestMatch(List.of("the", "Golan", "Heights"), 0).orElseThrow();
        assertThat(withThe.length()).isEqualTo(3);
        assertThat(withThe.candidates().get(0).name()).isEqualTo("Golan Heights");
    }

    @Test
    void aliasesAndAccents() {
        assertThat(gazetteer.lookup("Kiev")).extracting(PlaceEntry::name).containsExactly("Kyiv");
        assertThat(gazetteer.lookup("ZÜRICH")).extracting(PlaceEntry::country).containsExactly("CHE");
        assertThat(gazetteer.lookup("the West Bank")).extracting(PlaceEntry::country).containsExactly("PSE");
        assertThat(gazetteer.lookup("Atlantis")).isEmpty();
    }

    @Test
    void acronymAliasesNeedCapitals() {
        assertThat(gazetteer.lookup("UAE")).extracting(PlaceEntry::country).containsExactly("ARE");
        assertThat(gazetteer.lookup("us")).isEmpty();
    }

    @Test
    void countryPoint() {
        PlaceEntry syria = gazetteer.country("SYR").orElseThrow();
        assertThat(syria.kind()).isEqualTo(PlaceKind.COUNTRY);
        assertThat(syria.name()).isEqualTo("Syria");
        assertThat(gazetteer.country("ZZZ")).isEmpty();
    }

    @Test
    void everyDictionaryCountryHasAPoint() {
        ActorDictionary dictionary = ActorDictionary.builtIn();
        List<String> codes = TsvReader.read(TsvReader.resource(ActorDictionary.COUNTRIES)).stream()
                .map(row -> row.get(0)).distinct().toList();
        assertThat(codes).hasSizeGreaterThanOrEqualTo(249);
        for (String code : codes) {
            assertThat(gazetteer.country(code)).as(code).isPresent();
            assertThat(dictionary.country(code)).as(code).isPresent();
        }
    }

    @Test
    void longestMatchInASentence() {
        List<String> words = List.of("talks", "in", "New", "York", "City");
        PlaceMatch m = gazetteer.longestMatch(words, 2).orElseThrow();
        assertThat(m.length()).isEqualTo(3);
        assertThat(m.candidates().get(0).country()).isEqualTo("USA");
        assertThat(gazetteer.longestMatch(words, 0)).isEmpty();
    }

    @Test
    void malformedRowNamesResourceAndLine() {
        TsvReader.Source bad = new TsvReader.Source("test-places.tsv", new StringReader(
                "# header\nNowhere\t\tcity\tXXX\t\t95.0\t10.0\t0\t\n"));
        assertThatThrownBy(() -> Gazetteer.load(bad))
                .isInstanceOf(DictionaryFormatException.class)
                .hasMessage("test-places.tsv:2: lat 95.0 is outside -90.0..90.0");
    }
}
