package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventLexiconTest {

    private static final String SMALL = """
            # a comment line
            190  fire
            190  fire         prep:at|on
            -    fire         obj:minister|official      # dismissals are no attack
            040  hold         obj:talk|meeting
            0874 pull         prt:out
            0874 pull         prt:out prep:of
            195  strike/n     mod:air|drone
            143  strike/n     mod:general
            190  strike/n
            """;

    private static EventLexicon parse(String entries) {
        return EventLexicon.parse(new StringReader(entries), "test.lex",
                new StringReader("hold\n# comment\nlaunch  # trailing comment\n"), "support.txt");
    }

    private static EventLexicon builtIn() {
        return EventLexicon.builtIn();
    }

    @Test
    void parsesConstraintsAndOrdersMostSpecificFirst() {
        EventLexicon lexicon = parse(SMALL);

        assertThat(lexicon.size()).isEqualTo(9);
        List<LexiconEntry> fire = lexicon.entries("fire", false);
        assertThat(fire).extracting(LexiconEntry::line).containsExactly(3, 4, 2);
        assertThat(fire.get(0).preps()).containsExactlyInAnyOrder("at", "on");
        assertThat(fire.get(1).blocks()).isTrue();
        assertThat(fire.get(1).objects()).containsExactlyInAnyOrder("minister", "official");
        assertThat(fire.get(2).specificity()).isZero();
        assertThat(fire.get(2).blocks()).isFalse();

        List<LexiconEntry> pull = lexicon.entries("pull", false);
        assertThat(pull.get(0).specificity()).isEqualTo(2);
        assertThat(pull.get(0).particle()).isEqualTo("out");
        assertThat(pull.get(0).preps()).containsExactly("of");

        List<LexiconEntry> strike = lexicon.entries("strike", true);
        assertThat(strike).extracting(LexiconEntry::code).containsExactly("195", "143", "190");
        assertThat(strike.get(0).modifiers()).containsExactlyInAnyOrder("air", "drone");
        assertThat(strike.get(0).noun()).isTrue();
        assertThat(strike.get(0).root()).isEqualTo("19");
    }

    @Test
    void separatesVerbsFromNouns() {
        EventLexicon lexicon = parse(SMALL);

        assertThat(lexicon.hasTrigger("strike", true)).isTrue();
        assertThat(lexicon.hasTrigger("strike", false)).isFalse();
        assertThat(lexicon.entries("strike", false)).isEmpty();
        assertThat(lexicon.entries("unknown", false)).isEmpty();
        assertThat(lexicon.isSupportVerb("hold")).isTrue();
        assertThat(lexicon.isSupportVerb("launch")).isTrue();
        assertThat(lexicon.isSupportVerb("fire")).isFalse();
    }

    @Test
    void srcNamesTheObliqueThatActsOnTheSubject() {
        EventLexicon lexicon = parse("072 receive obj:weapon src:from\n043 receive\n");

        LexiconEntry giving = lexicon.entries("receive", false).get(0);
        assertThat(giving.code()).isEqualTo("072");
        assertThat(giving.preps()).containsExactly("from");
        assertThat(giving.subjectReceives()).isTrue();
        assertThat(lexicon.entries("receive", false).get(1).subjectReceives()).isFalse();
        assertThat(parse("072 receive obj:weapon prep:from\n").entries("receive", false).get(0).subjectReceives())
                .isFalse();
        assertThatThrownBy(() -> parse("072 receive prep:from src:from\n"))
                .hasMessage("test.lex:1: prep: and src: together; src:P already requires the preposition P");
        assertThatThrownBy(() -> parse("072 receipt/n src:from\n"))
                .hasMessage("test.lex:1: src: applies only to verb triggers");
    }

    @Test
    void subjNamesTheLemmasOfTheVerbsSubjectAndCountsAsAConstraint() {
        EventLexicon lexicon = parse("042 arrive prep:in\n074 arrive subj:peacekeeper|peacekeeping prep:in\n");

        LexiconEntry deployment = lexicon.entries("arrive", false).get(0);
        assertThat(deployment.code()).isEqualTo("074");
        assertThat(deployment.subjects()).containsExactlyInAnyOrder("peacekeeper", "peacekeeping");
        assertThat(deployment.specificity()).isEqualTo(2);
        assertThat(lexicon.entries("arrive", false).get(1).subjects()).isEmpty();
        assertThatThrownBy(() -> parse("074 peacekeeping/n subj:troop\n"))
                .hasMessage("test.lex:1: subj: applies only to verb triggers");
    }

    @Test
    void reportsMalformedLinesWithResourceAndLine() {
        assertThatThrownBy(() -> parse("040 meet\n043 host bogus:x\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("test.lex:2: unknown constraint kind 'bogus' "
                        + "(expected prt, obj, prep, src, mod or subj)");
        assertThatThrownBy(() -> parse("\n\n43A meet\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("test.lex:3: malformed code '43A' (expected '-' or 2 to 4 digits)");
        assertThatThrownBy(() -> parse("04301 meet\n"))
                .hasMessageStartingWith("test.lex:1: malformed code '04301'");
        assertThatThrownBy(() -> parse("040\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("test.lex:1: missing trigger after code 040");
        assertThatThrownBy(() -> parse("040 meet\n043 meet\n"))
                .hasMessage("test.lex:2: same trigger and constraints as line 1");
        assertThatThrownBy(() -> parse("195 strike/x\n"))
                .hasMessage("test.lex:1: unknown part of speech '/x' (expected /n or /v)");
        assertThatThrownBy(() -> parse("195 strike mod:air\n"))
                .hasMessage("test.lex:1: mod: applies to noun triggers (lemma/n) or, with obj:, to a verb's object");
        assertThatThrownBy(() -> parse("040 hold obj:talk|\n"))
                .hasMessage("test.lex:1: malformed value '' in 'obj:talk|'");
        assertThatThrownBy(() -> parse("0874 pull prt:out prt:back\n"))
                .hasMessage("test.lex:1: constraint kind 'prt' given twice");
        assertThatThrownBy(() -> EventLexicon.parse(new StringReader("040 meet\n"), "test.lex",
                new StringReader("hold\ncarry out\n"), "support.txt"))
                .hasMessage("support.txt:2: expected one lemma, found 2 words");
    }

    @Test
    void builtInCoversEveryRoot() {
        EventLexicon lexicon = builtIn();

        assertThat(lexicon.size()).isBetween(500, 1500);
        for (int root = 1; root <= 20; root++) {
            String prefix = String.format("%02d", root);
            assertThat(lexicon.allEntries().stream()
                    .filter(e -> e.code().startsWith(prefix)).count())
                    .as("entries of root %s", prefix)
                    .isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void builtInCodesKeyTriggersAsTheCodebookDoes() {
        EventLexicon lexicon = builtIn();

        assertThat(lexicon.entries("oppose", false).get(0).code()).isEqualTo("120");
        assertThat(lexicon.entries("talk", true).get(0).code()).isEqualTo("046");
        assertThat(lexicon.entries("airstrike", true).get(0).code()).isEqualTo("195");
        assertThat(lexicon.entries("meet", false)).extracting(LexiconEntry::code).contains("040");
        assertThat(lexicon.entries("visit", false).get(0).code()).isEqualTo("042");
        assertThat(lexicon.entries("ceasefire", true).get(0).code()).isEqualTo("0871");
        assertThat(lexicon.entries("resign", false).get(0).code()).isEqualTo("0831");
    }

    @Test
    void builtInCodesCurfewsFiresAndWarGamesByTheirArguments() {
        EventLexicon lexicon = builtIn();

        assertThat(lexicon.entries("set", false)).singleElement()
                .satisfies(e -> assertThat(e.objects()).containsExactly("fire"))
                .extracting(LexiconEntry::code).isEqualTo("1712");
        assertThat(lexicon.entries("game", true)).singleElement()
                .satisfies(e -> assertThat(e.modifiers()).containsExactly("war"))
                .extracting(LexiconEntry::code).isEqualTo("150");
        assertThat(lexicon.entries("extend", false)).filteredOn(e -> e.objects().contains("curfew"))
                .extracting(LexiconEntry::code).containsExactly("1723");
        assertThat(lexicon.entries("reimpose", false)).filteredOn(e -> e.objects().contains("sanction"))
                .extracting(LexiconEntry::code, LexiconEntry::preps)
                .containsExactly(tuple("163", Set.of("on")), tuple("163", Set.of())); // "reimposed sanctions on X" first
        assertThat(lexicon.entries("reach", false)).filteredOn(e -> e.objects().contains("consensus"))
                .extracting(LexiconEntry::code).containsExactly("030");
    }

    @Test
    void builtInHasLightVerbAndBlockingEntries() {
        EventLexicon lexicon = builtIn();

        assertThat(lexicon.entries("hold", false))
                .filteredOn(e -> e.objects().contains("talk"))
                .extracting(LexiconEntry::code).containsExactly("046");
        assertThat(lexicon.entries("break", false))
                .filteredOn(e -> e.objects().contains("ceasefire"))
                .extracting(LexiconEntry::code).containsExactly("196");
        assertThat(lexicon.entries("fire", false))
                .filteredOn(e -> e.blocks() && e.objects().contains("minister")).hasSize(1);
        assertThat(lexicon.entries("strike", true))
                .filteredOn(e -> e.modifiers().contains("hunger"))
                .extracting(LexiconEntry::code).containsExactly("142");
        assertThat(lexicon.entries("call", false))
                .filteredOn(e -> "on".equals(e.particle()))
                .extracting(LexiconEntry::code).containsExactly("020");
        assertThat(lexicon.isSupportVerb("hold")).isTrue();
        assertThat(lexicon.isSupportVerb("launch")).isTrue();
        assertThat(lexicon.isSupportVerb("demand")).isFalse();
    }

    @Test
    void builtInHasNoDuplicateConditions() {
        List<LexiconEntry> all = builtIn().allEntries();
        Set<List<Object>> keys = new HashSet<>();
        for (LexiconEntry e : all) {
            List<Object> key = List.of(e.lemma(), e.noun(), String.valueOf(e.particle()),
                    e.objects(), e.preps(), e.modifiers(), e.subjects());
            assertThat(keys.add(key)).as("duplicate conditions at line %d", e.line()).isTrue();
        }
    }
}
