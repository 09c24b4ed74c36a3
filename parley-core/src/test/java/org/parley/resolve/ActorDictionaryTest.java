package org.parley.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ActorDictionaryTest {
    private static final LocalDate AUG_3_2017 = LocalDate.of(2017, 8, 3);

    private static ActorDictionary dictionary;

    @BeforeAll
    static void load() {
        dictionary = ActorDictionary.builtIn();
    }

    private static ActorMatch match(LocalDate when, String... words) {
        Optional<ActorMatch> found = dictionary.longestMatch(List.of(words), 0, when);
        assertThat(found).as("match for %s", Arrays.toString(words)).isPresent();
        return found.get();
    }

    private static ActorMatch match(String... words) {
        return match(null, words);
    }

    @Test
    void countryByName() {
        ActorMatch m = match("Israel");
        assertThat(m.length()).isEqualTo(1);
        assertThat(m.entry().kind()).isEqualTo(ActorKind.COUNTRY);
        assertThat(m.entry().country()).isEqualTo("ISR");
        assertThat(m.entry().sector()).isNull();
        assertThat(m.entry().code()).isEqualTo("ISR");
    }

    @Test
    void demonym() {
        ActorEntry e = match("Israeli").entry();
        assertThat(e.kind()).isEqualTo(ActorKind.DEMONYM);
        assertThat(e.code()).isEqualTo("ISR");
        assertThat(match("Americans").entry().code()).isEqualTo("USA");
        assertThat(match("Frenchman").entry().code()).isEqualTo("FRA");
    }

    @Test
    void leadingTheCountsInTheLength() {
        ActorMatch m = match("the", "United", "States", "said");
        assertThat(m.length()).isEqualTo(3);
        assertThat(m.entry().code()).isEqualTo("USA");
        assertThat(m.entry().name()).isEqualTo("United States");
    }

    @Test
    void longestPhraseWins() {
        ActorMatch m = match("United", "States", "of", "America");
        assertThat(m.length()).isEqualTo(4);
        assertThat(m.entry().code()).isEqualTo("USA");
    }

    @Test
    void dottedAcronymsAreOneSpelling() {
        assertThat(match("U.S.").entry().code()).isEqualTo("USA");
        assertThat(match("US").entry().code()).isEqualTo("USA");
        assertThat(match("u.s").entry().code()).isEqualTo("USA");
        assertThat(match("U.K.").entry().code()).isEqualTo("GBR");
    }

    @Test
    void acronymsDoNotMatchCommonWords() {
        assertThat(dictionary.longestMatch(List.of("us"), 0, null)).isEmpty();
        assertThat(dictionary.longestMatch(List.of("who"), 0, null)).isEmpty();
        assertThat(dictionary.longestMatch(List.of("is"), 0, null)).isEmpty();
        assertThat(match("WHO").entry().code()).isEqualTo("IGOUNOWHO");
        assertThat(match("IS").entry().code()).isEqualTo("IMGMOSISI");
    }

    @Test
    void accentsAndCaseAreFolded() {
        assertThat(match("Côte", "d'Ivoire").entry().code()).isEqualTo("CIV");
        assertThat(match("cote", "d’ivoire").entry().code()).isEqualTo("CIV");
        assertThat(match("IVORY", "COAST").entry().code()).isEqualTo("CIV");
    }

    @Test
    void hyphensMayBeSplitByTheTokeniser() {
        assertThat(match("al-Qaeda").entry().code()).isEqualTo("IMGMOSALQ");
        ActorMatch split = match("al", "-", "Qaeda", "said");
        assertThat(split.length()).isEqualTo(3);
        assertThat(split.entry().code()).isEqualTo("IMGMOSALQ");
        assertThat(match("al", "Qaeda").length()).isEqualTo(2);
    }

    @Test
    void trailingFullStopTokenIsNotPartOfTheMatch() {
        ActorMatch m = match("U.S", ".");
        assertThat(m.length()).isEqualTo(1);
        assertThat(m.entry().code()).isEqualTo("USA");
    }

    @Test
    void capitalIsTheGovernment() {
        ActorEntry e = match("Moscow").entry();
        assertThat(e.kind()).isEqualTo(ActorKind.SEAT_OF_POWER);
        assertThat(e.country()).isEqualTo("RUS");
        assertThat(e.sector()).isEqualTo("GOV");
        assertThat(e.code()).isEqualTo("RUSGOV");
    }

    @Test
    void seatsOfPower() {
        ActorMatch kremlin = match("the", "Kremlin");
        assertThat(kremlin.length()).isEqualTo(2);
        assertThat(kremlin.entry().code()).isEqualTo("RUSGOV");
        assertThat(match("Kremlin").entry().code()).isEqualTo("RUSGOV");
        ActorMatch telAviv = match("Tel", "Aviv");
        assertThat(telAviv.length()).isEqualTo(2);
        assertThat(telAviv.entry().code()).isEqualTo("ISRGOV");
        assertThat(match("Jerusalem").entry().code()).isEqualTo("ISRGOV");
        assertThat(match("the", "Pentagon").entry().code()).isEqualTo("USAMIL");
        assertThat(match("Downing", "Street").entry().code()).isEqualTo("GBRGOV");
        assertThat(kremlin.entry().kind()).isEqualTo(ActorKind.OFFICE);
        assertThat(match("the", "White", "House").entry().kind()).isEqualTo(ActorKind.OFFICE);
        assertThat(telAviv.entry().kind()).isEqualTo(ActorKind.SEAT_OF_POWER);
    }

    @Test
    void sectorWords() {
        ActorEntry officials = match("officials").entry();
        assertThat(officials.kind()).isEqualTo(ActorKind.SECTOR);
        assertThat(officials.country()).isNull();
        assertThat(officials.sector()).isEqualTo("GOV");
        assertThat(officials.code()).isEqualTo("GOV");
        assertThat(match("army").entry().code()).isEqualTo("MIL");
        assertThat(match("parliament").entry().code()).isEqualTo("LEG");
        assertThat(match("rebels").entry().code()).isEqualTo("REB");
    }

    @Test
    void delegationWordsHaveNoSectorOfTheirOwn() {
        ActorEntry team = match("team").entry();
        assertThat(team.kind()).isEqualTo(ActorKind.SECTOR);
        assertThat(team.isDelegation()).isTrue();
        assertThat(team.code()).isNull();
    }

    @Test
    void spellingsOfOneGroupShareTheCode() {
        ActorEntry hizballah = match("Hizballah").entry();
        ActorEntry hezbollah = match("Hezbollah").entry();
        assertThat(hizballah.kind()).isEqualTo(ActorKind.ORGANISATION);
        assertThat(hizballah.code()).isEqualTo("LBNREB").isEqualTo(hezbollah.code());
        assertThat(match("Hamas").entry().code()).isEqualTo("PSEREB");
        assertThat(match("the", "United", "Nations").entry().code()).isEqualTo("IGOUNO");
    }

    @Test
    void multiWordOrganisation() {
        ActorMatch m = match("Iranian", "Revolutionary", "Guards", "and", "Hizballah");
        assertThat(m.length()).isEqualTo(3);
        assertThat(m.entry().country()).isEqualTo("IRN");
        assertThat(m.entry().sector()).isEqualTo("MIL");
        assertThat(m.entry().code()).isEqualTo("IRNMIL");
    }

    @Test
    void personInAndOutOfOffice() {
        ActorMatch inOffice = match(AUG_3_2017, "Rex", "Tillerson");
        assertThat(inOffice.length()).isEqualTo(2);
        assertThat(inOffice.entry().kind()).isEqualTo(ActorKind.PERSON);
        assertThat(inOffice.entry().code()).isEqualTo("USAGOV");
        assertThat(inOffice.entry().name()).isEqualTo("Rex Tillerson");

        ActorEntry after = match(LocalDate.of(2019, 1, 1), "Rex", "Tillerson").entry();
        assertThat(after.country()).isEqualTo("USA");
        assertThat(after.sector()).isNull();
        assertThat(after.code()).isEqualTo("USA");
    }

    @Test
    void surnameAndTransliterations() {
        LocalDate day = LocalDate.of(2017, 8, 1);
        assertThat(match(day, "Lavrov").entry().code()).isEqualTo("RUSGOV");
        assertThat(match(day, "Sergei", "Lavrov").entry().code()).isEqualTo("RUSGOV");
        assertThat(match(day, "Sergey", "Lavrov").entry().code()).isEqualTo("RUSGOV");
        assertThat(match(day, "Tillerson").entry().code()).isEqualTo("USAGOV");
    }

    @Test
    void formerStateNamesTakeTheCodeOfTheStateThatContinuesThem() {
        assertThat(match("the", "Soviet", "Union").entry().code()).isEqualTo("RUS");
        assertThat(match("USSR").entry().code()).isEqualTo("RUS");
        assertThat(match("Soviet").entry().kind()).isEqualTo(ActorKind.DEMONYM);
        assertThat(match("Zaire").entry().code()).isEqualTo("COD");
        assertThat(match("Czechoslovak").entry().code()).isEqualTo("CZE");
        assertThat(match("Yugoslavia").entry().code()).isEqualTo("SRB");
        assertThat(match("East", "German").entry().code()).isEqualTo("DEU");
        assertThat(match("Former", "Yugoslav", "Republic", "of", "Macedonia").entry().code()).isEqualTo("MKD");
    }

    @Test
    void armedGroupsAndUnnamedRightsGroups() {
        assertThat(match("UNITA").entry().code()).isEqualTo("AGOREB");
        assertThat(match("Liberation", "Tigers", "of", "Tamil", "Eelam").entry().code()).isEqualTo("LKAREB");
        assertThat(match("Moro", "Islamic", "Liberation", "Front").entry().code()).isEqualTo("PHLREB");
        assertThat(match("Islamic", "Salvation", "Front").entry().code()).isEqualTo("DZAOPP");
        assertThat(match("human", "rights", "group").entry().code()).isEqualTo("NGO");
        assertThat(match("rights", "activists").entry().code()).isEqualTo("NGM");
        assertThat(match("Physicians", "for", "Human", "Rights").length()).isEqualTo(4);
    }

    @Test
    void historicalLeadersByDate() {
        assertThat(match(LocalDate.of(1995, 6, 1), "Omar", "Hassan", "al-Bashir").entry().code()).isEqualTo("SDNGOV");
        assertThat(match(LocalDate.of(2020, 6, 1), "Omar", "al-Bashir").entry().code()).isEqualTo("SDN");
        assertThat(match(LocalDate.of(1988, 3, 1), "Gorbachev").entry().code()).isEqualTo("RUSGOV");
        assertThat(match(LocalDate.of(1993, 1, 1), "Aristide").entry().code()).isEqualTo("HTI");
        assertThat(match(LocalDate.of(2002, 1, 1), "Jean-Bertrand", "Aristide").entry().code()).isEqualTo("HTIGOV");
    }

    @Test
    void africanPresidentOfThe1990sInOfficeAndAfter() {
        ActorMatch inOffice = match(LocalDate.of(1996, 5, 10), "Kabbah");
        assertThat(inOffice.entry().name()).isEqualTo("Ahmad Tejan Kabbah");
        assertThat(inOffice.entry().code()).isEqualTo("SLEGOV");
        // Ousted by the junta from 1997-05-25 to 1998-03-10: Sierra Leonean, not the government.
        assertThat(match(LocalDate.of(1997, 9, 1), "Ahmad", "Tejan", "Kabbah").entry().code()).isEqualTo("SLE");
        assertThat(match(LocalDate.of(1998, 3, 10), "Tejan", "Kabbah").entry().code()).isEqualTo("SLEGOV");
        assertThat(match(LocalDate.of(2010, 1, 1), "Kabbah").entry().code()).isEqualTo("SLE");
        assertThat(match(LocalDate.of(1994, 4, 6), "Juvenal", "Habyarimana").entry().code()).isEqualTo("RWAGOV");
        assertThat(match(LocalDate.of(1994, 4, 7), "Habyarimana").entry().code()).isEqualTo("RWA");
    }

    @Test
    void rebelLeadersTakeTheirGroupsCode() {
        ActorMatch sankoh = match(LocalDate.of(1998, 1, 15), "Foday", "Sankoh");
        assertThat(sankoh.length()).isEqualTo(2);
        assertThat(sankoh.entry().code()).isEqualTo("SLEREB");
        assertThat(match(LocalDate.of(1996, 1, 1), "Savimbi").entry().code()).isEqualTo("AGOREB");
        assertThat(match(LocalDate.of(2003, 1, 1), "Jonas", "Savimbi").entry().code()).isEqualTo("AGO");
        assertThat(match(LocalDate.of(2000, 6, 1), "Prabhakaran").entry().code()).isEqualTo("LKAREB");
        assertThat(match(LocalDate.of(2000, 6, 1), "Manuel", "Marulanda").entry().code()).isEqualTo("COLREB");
        // Charles Taylor led the NPFL until he became president on 1997-08-02.
        assertThat(match(LocalDate.of(1997, 8, 1), "Charles", "Taylor").entry().code()).isEqualTo("LBRREB");
        assertThat(match(LocalDate.of(1997, 8, 2), "Charles", "Taylor").entry().code()).isEqualTo("LBRGOV");
        assertThat(match(LocalDate.of(1996, 10, 1), "Mullah", "Omar").entry().code()).isEqualTo("AFGGOV");
        assertThat(match(LocalDate.of(2005, 10, 1), "Mullah", "Omar").entry().code()).isEqualTo("AFGREB");
    }

    @Test
    void aSharedSurnameOfTheNewSectionsFollowsTheDate() {
        assertThat(match(LocalDate.of(1995, 1, 1), "Deby").entry().name()).isEqualTo("Idriss Deby");
        assertThat(match(LocalDate.of(2022, 1, 1), "Deby").entry().name()).isEqualTo("Mahamat Idriss Deby");
        assertThat(match(LocalDate.of(1975, 1, 1), "Kenyatta").entry().name()).isEqualTo("Jomo Kenyatta");
        assertThat(match(LocalDate.of(2015, 1, 1), "Kenyatta").entry().name()).isEqualTo("Uhuru Kenyatta");
        // Both brothers in office (president and defence secretary): the code they share.
        assertThat(match(LocalDate.of(2009, 1, 1), "Rajapaksa").entry().code()).isEqualTo("LKAGOV");
        assertThat(match(LocalDate.of(1999, 6, 1), "Milo", "Djukanovic").entry().code()).isEqualTo("MNEGOV");
    }

    @Test
    void aSharedSurnameNamesWhoeverHeldOfficeThatDay() {
        assertThat(match(LocalDate.of(1990, 8, 10), "Bush").entry().name()).isEqualTo("George H. W. Bush");
        assertThat(match(LocalDate.of(1990, 8, 10), "Bush").entry().code()).isEqualTo("USAGOV");
        assertThat(match(LocalDate.of(2003, 3, 20), "Bush").entry().name()).isEqualTo("George W. Bush");
        assertThat(match(LocalDate.of(1995, 1, 1), "Assad").entry().name()).isEqualTo("Hafez al-Assad");
        assertThat(match(LocalDate.of(2012, 1, 1), "Assad").entry().name()).isEqualTo("Bashar al-Assad");
        assertThat(match(LocalDate.of(1990, 1, 1), "Kabila").entry().code()).isEqualTo("COD");
        assertThat(match(LocalDate.of(2005, 1, 1), "Kabila").entry().name()).isEqualTo("Joseph Kabila");
    }

    @Test
    void aSharedSurnameOutOfEveryonesOfficeKeepsWhatTheyShare() {
        ActorEntry bush = match(LocalDate.of(2015, 6, 1), "Bush").entry();
        assertThat(bush.code()).isEqualTo("USA");
        assertThat(bush.kind()).isEqualTo(ActorKind.PERSON);
        assertThat(match("Bush").entry().name()).isEqualTo("George W. Bush");
    }

    @Test
    void aSharedSurnameOfPeopleOfDifferentCountriesNamesNobodyOutOfOffice() {
        TsvReader.Source people = new TsvReader.Source("test-people.tsv", new StringReader(
                "AAA\tGOV\t2000-01-01\t2001-01-01\tpresident\tAnn Smith|Smith\t\n"
                        + "BBB\tGOV\t2002-01-01\t2003-01-01\tpresident\tBob Smith|Smith\t\n"));
        ActorDictionary small = ActorDictionary.load(empty("c"), empty("o"), empty("s"), people);
        assertThat(small.longestMatch(List.of("Smith"), 0, LocalDate.of(2000, 6, 1)).orElseThrow().entry().code())
                .isEqualTo("AAAGOV");
        assertThat(small.longestMatch(List.of("Smith"), 0, LocalDate.of(2002, 6, 1)).orElseThrow().entry().code())
                .isEqualTo("BBBGOV");
        assertThat(small.longestMatch(List.of("Smith"), 0, LocalDate.of(2010, 6, 1))).isEmpty();
    }

    @Test
    void possessiveSplitByTheTokeniserStillMatchesTheWholeName() {
        ActorMatch dprk = match("Democratic", "People", "'s", "Republic", "of", "Korea");
        assertThat(dprk.entry().code()).isEqualTo("PRK");
        assertThat(dprk.length()).isEqualTo(6);
        ActorMatch pkk = match("Kurdistan", "Workers", "'", "Party");
        assertThat(pkk.entry().code()).isEqualTo("TURREB");
        assertThat(pkk.length()).isEqualTo(4);
        assertThat(match("Kurdistan", "Workers'", "Party").length()).isEqualTo(3);
    }

    @Test
    void personWithoutDateTakesTheMostRecentRole() {
        ActorEntry guterres = match("Guterres").entry();
        assertThat(guterres.code()).isEqualTo("IGOUNO");
    }

    @Test
    void personOutOfAnOrganisationalRoleGetsTheirCitizenship() {
        ActorEntry annan = match(LocalDate.of(2010, 1, 1), "Kofi", "Annan").entry();
        assertThat(annan.code()).isEqualTo("GHA");
        ActorEntry rutte = match(LocalDate.of(2024, 8, 1), "Mark", "Rutte").entry();
        assertThat(rutte.code()).isEqualTo("NLD");
    }

    @Test
    void matchStartsAtTheGivenIndex() {
        List<String> words = List.of("Russian", "diplomats", "met", "in", "Amman");
        assertThat(dictionary.longestMatch(words, 1, null)).map(m -> m.entry().code()).contains("GOV");
        assertThat(dictionary.longestMatch(words, 2, null)).isEmpty();
        assertThat(dictionary.longestMatch(words, 5, null)).isEmpty();
    }

    @Test
    void theAloneIsNoMatch() {
        assertThat(dictionary.longestMatch(List.of("the", "meeting"), 0, null)).isEmpty();
    }

    @Test
    void countryByCodeHasTheCanonicalName() {
        assertThat(dictionary.country("USA")).map(ActorEntry::name).contains("United States");
        assertThat(dictionary.country("GBR")).map(ActorEntry::phrase).contains("United Kingdom");
        assertThat(dictionary.country("XXX")).isEmpty();
        assertThat(dictionary.size()).isGreaterThan(2000);
    }

    @Test
    void everyCountryFileRowHasACodeAndEveryCodeOneName() {
        Map<String, String> countryOf = new HashMap<>();
        for (TsvReader.Row row : TsvReader.read(TsvReader.resource(ActorDictionary.COUNTRIES))) {
            assertThat(dictionary.country(row.get(0))).as("line %d", row.line()).isPresent();
            if (row.get(1).equals("name") || row.get(1).equals("alias")) {
                for (String phrase : row.list(3)) {
                    String previous = countryOf.put(PhraseKey.of(phrase), row.get(0));
                    assertThat(previous).as("'%s' at line %d", phrase, row.line()).isIn(null, row.get(0));
                }
            }
        }
        assertThat(countryOf.values().stream().distinct().count()).isGreaterThanOrEqualTo(249);
    }

    @Test
    void conflictingPhraseIsAnErrorWithResourceAndLine() {
        TsvReader.Source countries = new TsvReader.Source("test-countries.tsv", new StringReader(
                "# two countries\nAAA\tname\t\tAland\t\nBBB\tname\t\tBland\t\nBBB\talias\t\tAland\t\n"));
        assertThatThrownBy(() -> ActorDictionary.load(countries, empty("o"), empty("s"), empty("p")))
                .isInstanceOf(DictionaryFormatException.class)
                .hasMessageStartingWith("test-countries.tsv:4: 'Aland' already means COUNTRY AAA");
    }

    @Test
    void badDateIsAnErrorWithResourceAndLine() {
        TsvReader.Source people = new TsvReader.Source("test-people.tsv", new StringReader(
                "USA\tGOV\t2017-02-30\t\tsecretary\tJane Doe\t\n"));
        assertThatThrownBy(() -> ActorDictionary.load(empty("c"), empty("o"), empty("s"), people))
                .isInstanceOf(DictionaryFormatException.class)
                .hasMessage("test-people.tsv:1: '2017-02-30' in column 3 is not an ISO date (YYYY-MM-DD)")
                .satisfies(e -> assertThat(((DictionaryFormatException) e).line()).isEqualTo(1));
    }

    @Test
    void userFilesLoadThroughReaders() {
        TsvReader.Source orgs = new TsvReader.Source("orgs.tsv", new StringReader(
                "NGOXYZ\t\tExample Relief Fund|ERF\tinvented for the test\n"));
        ActorDictionary small = ActorDictionary.load(empty("c"), orgs, empty("s"), empty("p"));
        assertThat(small.size()).isEqualTo(2);
        assertThat(small.longestMatch(List.of("the", "Example", "Relief", "Fund"), 0, null))
                .map(m -> m.length() + " " + m.entry().code()).contains("4 NGOXYZ");
    }

    private static TsvReader.Source empty(String name) {
        return new TsvReader.Source(name, new StringReader(""));
    }
}
