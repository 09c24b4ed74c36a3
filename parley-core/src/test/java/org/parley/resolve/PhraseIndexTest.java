package org.parley.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PhraseIndexTest {
    private final PhraseIndex<String> index = new PhraseIndex<>(Map.of(
            "united states", "USA",
            "united states of america", "USA-long",
            "united nations security council", "UNSC",
            "us", "USA-acronym",
            "al qaeda", "AQ"), Set.of("us"));

    @Test
    void asciiWordsMeetTheDictionaryOnTheSameKeyAsTheGeneralPath() {
        assertThat(PhraseKey.word("U.S.")).isEqualTo("us");
        assertThat(PhraseKey.word("`Tis")).isEqualTo("'tis");
        assertThat(PhraseKey.word("Ministry")).isEqualTo("ministry");
        assertThat(PhraseKey.word("Côte")).isEqualTo("cote");
        assertThat(PhraseKey.word("Al\u2011Qaeda")).isEqualTo("al-qaeda");
        assertThat(PhraseKey.pieces("al-Qaeda")).containsExactly("al", "qaeda");
        assertThat(PhraseKey.pieces("People's")).containsExactly("people", "'s");
        assertThat(PhraseKey.pieces(".")).isEmpty();
    }

    @Test
    void theLongestPhraseWinsAndAShorterOneIsFoundWhenTheLongerBreaksOff() {
        List<String> words = List.of("the", "United", "States", "of", "America", "said");
        assertThat(index.longest(words, 0)).get().extracting(PhraseIndex.Hit::length, PhraseIndex.Hit::value)
                .containsExactly(5, "USA-long");
        List<String> shorter = List.of("United", "States", "of", "Mexico");
        assertThat(index.longest(shorter, 0)).get().extracting(PhraseIndex.Hit::length, PhraseIndex.Hit::value)
                .containsExactly(2, "USA");
    }

    @Test
    void aPhraseThatBeginsNoKeyStopsTheSearchAndPunctuationIsPassedOver() {
        assertThat(index.longest(List.of("United", "Kingdom", "States"), 0)).isEmpty();
        assertThat(index.longest(List.of("United", "Nations", "Security"), 0)).isEmpty();
        assertThat(index.longest(List.of("al", "-", "Qaeda", "fighters"), 0)).get()
                .extracting(PhraseIndex.Hit::length, PhraseIndex.Hit::value).containsExactly(3, "AQ");
    }

    @Test
    void anAcronymKeyMatchesOnlyTextWrittenAsOne() {
        assertThat(index.longest(List.of("us"), 0)).isEmpty();
        assertThat(index.longest(List.of("US", "envoy"), 0)).get().extracting(PhraseIndex.Hit::value)
                .isEqualTo("USA-acronym");
    }
}
