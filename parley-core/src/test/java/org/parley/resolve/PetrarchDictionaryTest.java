package org.parley.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TABARI/PETRARCH actor and agent dictionaries, on small fictional snippets. */
class PetrarchDictionaryTest {

    private static final List<String> ACTORS = List.of(
            "<!-- a fictional dictionary",
            "# spanning lines -->",
            "FREEDONIA [FRD]  # a country",
            "+FREEDONIAN",
            "+FREEDONIANS",
            "",
            "FREEDONIAN_NAVY [FRDMIL]",
            "RUFUS_T._FIREFLY   # dated codes, undated default",
            "+FIREFLY",
            "\t[FRDGOV 19330101-19331231]",
            "\t[FRDOPP <320101]",
            "\t[FRDELI >19331231]",
            "\t[FRD]",
            "SYLVANIA_LEAGUE_ [IGOSYL]",
            "MARX_BROTHERS [---]",
            "TRENTINO [SYL/FRD]",
            "UAE [ARE]");

    private static final List<String> AGENTS = List.of(
            "<!-- fictional agents -->",
            "!PERSON! = MAN, WOMAN",
            "ADMIRAL [~MIL] # plural made by rule",
            "BOARD!PERSON! [~BUS]",
            "SECRETARY_OF_WAR {SECRETARIES_OF_WAR} [~GOV]",
            "FIRE_BRIGADE {} [~CVL]",
            "RELIEF_AGENCY [NGO~]");

    private static ActorDictionary dictionary(List<String> actors, List<String> agents) {
        return ActorDictionary.combine(false, List.of(PetrarchActorReader.actors("fictional.actors.txt", actors),
                PetrarchActorReader.agents("fictional.agents.txt", agents)));
    }

    private static Optional<String> code(ActorDictionary d, LocalDate when, String... words) {
        return d.longestMatch(List.of(words), 0, when).map(m -> m.entry().code());
    }

    @Test
    void entriesAndSynonymsGetTheirCodes() {
        ActorDictionary d = dictionary(ACTORS, AGENTS);
        assertThat(code(d, null, "Freedonia")).contains("FRD");
        assertThat(code(d, null, "Freedonians")).contains("FRD");
        ActorMatch navy = d.longestMatch(List.of("the", "Freedonian", "navy"), 0, null).orElseThrow();
        assertThat(navy.length()).isEqualTo(3);
        assertThat(navy.entry().country()).isEqualTo("FRD");
        assertThat(navy.entry().sector()).isEqualTo("MIL");
        assertThat(code(d, null, "Sylvania", "League")).contains("IGOSYL");
        assertThat(d.longestMatch(List.of("Sylvania", "League"), 0, null).orElseThrow().entry().country())
                .isEqualTo("IGOSYL");
    }

    @Test
    void datedCodesFollowTheDay() {
        ActorDictionary d = dictionary(ACTORS, AGENTS);
        assertThat(code(d, LocalDate.of(1931, 6, 1), "Firefly")).contains("FRDOPP");
        assertThat(code(d, LocalDate.of(1932, 1, 1), "Firefly")).contains("FRD");
        assertThat(code(d, LocalDate.of(1933, 1, 1), "Rufus", "T.", "Firefly")).contains("FRDGOV");
        assertThat(code(d, LocalDate.of(1933, 12, 31), "Firefly")).contains("FRDGOV");
        assertThat(code(d, LocalDate.of(1934, 1, 1), "Firefly")).contains("FRDELI");
        assertThat(code(d, null, "Firefly")).contains("FRD");
    }

    @Test
    void nullCodeNamesNoActorAndSeveralCodesKeepTheFirst() {
        ActorDictionary d = dictionary(ACTORS, AGENTS);
        assertThat(d.longestMatch(List.of("Marx", "Brothers"), 0, null)).isEmpty();
        assertThat(code(d, null, "Trentino")).contains("SYL");
        assertThat(d.notes()).containsExactly("fictional.actors.txt:16: several codes [SYL/FRD]; only SYL is used");
    }

    @Test
    void shortWordsAreAcronymsOnly() {
        ActorDictionary d = dictionary(ACTORS, AGENTS);
        assertThat(code(d, null, "UAE")).contains("ARE");
        assertThat(d.longestMatch(List.of("uae"), 0, null)).isEmpty();
    }

    @Test
    void agentsAreSectorWordsWithPluralsAndSubstitutions() {
        ActorDictionary d = dictionary(ACTORS, AGENTS);
        assertThat(code(d, null, "admirals")).contains("MIL");
        assertThat(code(d, null, "boardwoman")).contains("BUS");
        assertThat(code(d, null, "boardmen")).contains("BUS");
        assertThat(code(d, null, "secretaries", "of", "war")).contains("GOV");
        assertThat(code(d, null, "secretary", "of", "war")).contains("GOV");
        assertThat(code(d, null, "fire", "brigade")).contains("CVL");
        assertThat(d.longestMatch(List.of("fire", "brigades"), 0, null).map(ActorMatch::length)).isEmpty();
        ActorEntry agency = d.longestMatch(List.of("relief", "agencies"), 0, null).orElseThrow().entry();
        assertThat(agency.kind()).isEqualTo(ActorKind.ORGANISATION);
        assertThat(agency.code()).isEqualTo("NGO");
        assertThat(d.longestMatch(List.of("admirals"), 0, null).orElseThrow().entry().kind())
                .isEqualTo(ActorKind.SECTOR);
    }

    @Test
    void pluralRule() {
        assertThat(PetrarchActorReader.plural("PARTY")).isEqualTo("PARTIES");
        assertThat(PetrarchActorReader.plural("ENVOY")).isEqualTo("ENVOYS");
        assertThat(PetrarchActorReader.plural("WITNESS")).isEqualTo("WITNESSES");
        assertThat(PetrarchActorReader.plural("CHAIRMAN")).isEqualTo("CHAIRMEN");
        assertThat(PetrarchActorReader.plural("CHURCH")).isEqualTo("CHURCHES");
    }

    @Test
    void addedFilesOverrideTheBuiltInDictionary() {
        ActorDictionary d = ActorDictionary.combine(true, List.of(
                PetrarchActorReader.actors("mine.txt", List.of("EGYPT [UAR]"))));
        assertThat(code(d, null, "Egypt")).contains("UAR");
        assertThat(code(d, null, "Israel")).contains("ISR");
        assertThat(d.notes()).containsExactly("1 phrases of the added files replaced earlier meanings");
    }

    @Test
    void malformedEntriesNameFileAndLine() {
        assertThatThrownBy(() -> PetrarchActorReader.actors("a.txt", List.of("+ORPHAN")))
                .isInstanceOf(DictionaryFormatException.class)
                .hasMessage("a.txt:1: synonym '+ORPHAN' before any entry");
        assertThatThrownBy(() -> PetrarchActorReader.actors("a.txt", List.of("# c", "FREEDONIA [FRD <991340]")))
                .hasMessage("a.txt:2: '991340' is not a date (YYMMDD or YYYYMMDD)");
        assertThatThrownBy(() -> PetrarchActorReader.actors("a.txt", List.of("FREEDONIA", "SYLVANIA [SYL]")))
                .hasMessage("a.txt:1: entry 'FREEDONIA' has no [CODE]");
        assertThatThrownBy(() -> PetrarchActorReader.actors("a.txt", List.of("FREEDONIA [F%D]")))
                .hasMessage("a.txt:1: code 'F%D' is not made of letters and digits (at least three, a letter first)");
        assertThatThrownBy(() -> PetrarchActorReader.actors("a.txt", List.of("FREEDONIA [FRD 330101]")))
                .hasMessage("a.txt:1: malformed date restriction '330101' in [FRD 330101]");
        assertThatThrownBy(() -> PetrarchActorReader.actors("a.txt", List.of("FREEDONIA [FRD", "X [Y]")))
                .hasMessageStartingWith("a.txt:1: malformed code block '[FRD'");
        assertThatThrownBy(() -> PetrarchActorReader.agents("b.txt", List.of("ADMIRAL [MIL]")))
                .hasMessage("b.txt:1: agent code 'MIL' has no '~' (expected [~SECTOR] or [TYPE~])");
        assertThatThrownBy(() -> PetrarchActorReader.agents("b.txt", List.of("BOARD!CHAIR! [~BUS]")))
                .hasMessage("b.txt:1: substitution !CHAIR! is not defined above");
    }

    @Test
    void builderReadsFilesAndNamesOnesItCannotRead(@TempDir Path dir) throws IOException {
        Path actors = Files.write(dir.resolve("x.actors.txt"), ACTORS);
        Path agents = Files.write(dir.resolve("x.agents.txt"), AGENTS);
        ActorDictionary d = ActorDictionary.builder().withoutBuiltIn().petrarchActors(actors).petrarchAgents(agents)
                .build();
        assertThat(code(d, null, "Freedonia")).contains("FRD");
        assertThat(code(d, null, "Israel")).isEmpty();
        Path missing = dir.resolve("missing.txt");
        assertThatThrownBy(() -> ActorDictionary.builder().petrarchActors(missing).build())
                .isInstanceOf(DictionaryFormatException.class)
                .hasMessageStartingWith(missing + ": cannot read");
    }
}
