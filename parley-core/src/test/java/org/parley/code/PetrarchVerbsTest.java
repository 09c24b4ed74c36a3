package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.ontology.Cameo;

/** TABARI/PETRARCH verb dictionaries into lexicon entries, on a small fictional snippet. */
class PetrarchVerbsTest {

    private static final List<String> VERBS = List.of(
            "<!-- fictional verbs -->",
            "&COLOURS",
            "+RED",
            "+GREEN",
            "",
            "--- PARLEY  [040] ---",
            "PARLEY   # a comment",
            "+CONFABULATE",
            "HASH_OUT [043]",
            "SIT_DOWN_WITH [042]",
            "- * TRUCES [081]",
            "- * WITH + [043]",
            "- SAID * TO [041]",
            "- * &COLOURS FLAGS [099]",
            "- * OVERTURES [12A]",
            "",
            "--- SCOLD [---] ---",
            "SCOLD",
            "- * AGAINST $ [111]",
            "- * TRUCE [081]",
            "- * TRUCES [081]");

    private static Cameo cameo;

    @BeforeAll
    static void load() {
        cameo = Cameo.builtIn();
    }

    private static String describe(LexiconEntry e) {
        return e.code() + " " + e.lemma() + (e.particle() == null ? "" : " prt:" + e.particle())
                + (e.objects().isEmpty() ? "" : " obj:" + String.join("|", e.objects()))
                + (e.preps().isEmpty() ? "" : " prep:" + String.join("|", e.preps())) + " @" + e.line();
    }

    @Test
    void readsVerbsParticlesAndOneWordPatterns() {
        PetrarchVerbs.Loaded loaded = PetrarchVerbs.read("fictional.verbs.txt", VERBS, cameo);
        assertThat(loaded.entries()).extracting(PetrarchVerbsTest::describe).containsExactly(
                "040 parley @7",
                "040 confabulate @8",
                "043 hash prt:out @9",
                "081 parley obj:truce @11",
                "081 confabulate obj:truce @11",
                "043 parley prep:with @12",
                "043 confabulate prep:with @12",
                "111 scold prep:against @19",
                "081 scold obj:truce @20");
        assertThat(loaded.entries()).allMatch(e -> !e.noun());
        assertThat(loaded.skipped()).containsExactly(
                "fictional.verbs.txt:10: multiword verb 'SIT_DOWN_WITH'",
                "fictional.verbs.txt:13: pattern 'SAID * TO' is not '* WORD'",
                "fictional.verbs.txt:14: pattern '* &COLOURS FLAGS' is not '* WORD'",
                "fictional.verbs.txt:15: code [12A] is not a CAMEO event code",
                "fictional.verbs.txt:15: code [12A] is not a CAMEO event code",
                "fictional.verbs.txt:18: no code for 'scold'",
                "fictional.verbs.txt:21: 'scold' with the same conditions as line 20");
    }

    @Test
    void addedEntriesReplaceBuiltInOnesWithTheSameConditions() {
        EventLexicon builtIn = EventLexicon.builtIn();
        LexiconEntry own = builtIn.entries("condemn", false).stream()
                .filter(e -> e.specificity() == 0).findFirst().orElseThrow();
        LexiconEntry mine = new LexiconEntry("111", "condemn", false, null, Set.of(), Set.of(), Set.of(), false, 1);
        EventLexicon merged = builtIn.plus(List.of(mine));
        assertThat(merged.entries("condemn", false)).contains(mine).doesNotContain(own);
        assertThat(merged.size()).isEqualTo(builtIn.size());
        assertThat(EventLexicon.of(List.of(mine)).size()).isEqualTo(1);
        assertThat(EventLexicon.of(List.of(mine)).isSupportVerb("hold")).isTrue();
    }

    @Test
    void malformedLinesNameFileAndLine() {
        assertThatThrownBy(() -> PetrarchVerbs.read("v.txt", List.of("- * TALKS [043]"), cameo))
                .hasMessage("v.txt:1: '- * TALKS [043]' outside a --- VERB [CODE] --- block");
        assertThatThrownBy(() -> PetrarchVerbs.read("v.txt", List.of("--- MEET ---"), cameo))
                .hasMessage("v.txt:1: malformed verb block header '--- MEET ---' (expected --- VERB [CODE] ---)");
        assertThatThrownBy(() -> PetrarchVerbs.read("v.txt", List.of("--- MEET [040] ---", "- * TALKS [043"), cameo))
                .hasMessage("v.txt:2: pattern '* TALKS [043' has no [CODE]");
    }

    @Test
    void lemmaOfPlainPlurals() {
        assertThat(PetrarchVerbs.lemmaOfNoun("talks")).isEqualTo("talk");
        assertThat(PetrarchVerbs.lemmaOfNoun("parties")).isEqualTo("party");
        assertThat(PetrarchVerbs.lemmaOfNoun("ties")).isEqualTo("tie");
        assertThat(PetrarchVerbs.lemmaOfNoun("process")).isEqualTo("process");
        assertThat(PetrarchVerbs.lemmaOfNoun("consensus")).isEqualTo("consensus");
    }
}
