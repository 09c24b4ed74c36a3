package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Runs against the bundled WordNet 3.1 data (half a second to load, no CoreNLP model). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WordNetSynonymsTest {

    private WordNetSynonyms wordNet;

    @BeforeAll
    void load() {
        wordNet = WordNetSynonyms.load();
    }

    @Test
    void verbSynonymsComeBeforeTheirHypernyms() {
        assertThat(wordNet.synonyms("denounce", true)).containsExactly(
                "stigmatize", "stigmatise", "brand", "mark",
                "knock", "criticize", "criticise", "pick apart", "label");
    }

    @Test
    void nounSensesAreTakenFromTheTwoMostCommon() {
        assertThat(wordNet.synonyms("talk", false)).containsExactly(
                "talking", "conversation", "discussion", "treatment", "discourse");
    }

    @Test
    void multiwordLemmasKeepTheirSpacesAndTheLemmaItselfIsLeftOut() {
        List<String> meet = wordNet.synonyms("meet", true);

        assertThat(meet).containsExactly("run into", "encounter", "run across", "come across", "see", "get together");
        assertThat(wordNet.synonyms("attack", true)).doesNotContain("attack").contains("assail", "assault", "lash out");
    }

    @Test
    void theSamePartOfSpeechOnly() {
        assertThat(wordNet.synonyms("talk", true)).containsExactly(
                "speak", "utter", "mouth", "verbalize", "verbalise", "communicate", "intercommunicate");
    }

    @Test
    void unknownWordsHaveNone() {
        assertThat(wordNet.synonyms("qwzx", true)).isEmpty();
    }

    @Test
    void lookupsAreCachedAndCaseInsensitive() {
        List<String> first = wordNet.synonyms("hold", true);

        assertThat(wordNet.synonyms("Hold", true)).isSameAs(first).containsExactly("keep", "maintain", "take hold");
    }

    @Test
    void aBlankLemmaIsRejected() {
        assertThatThrownBy(() -> wordNet.synonyms(" ", true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("non-blank");
    }
}
