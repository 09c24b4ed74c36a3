package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeWindowsTest {

    /** Tokens from "word/TAG" pairs, lemma = word lower-cased. */
    private static List<CoreLabel> tagged(String text) {
        List<CoreLabel> labels = new ArrayList<>();
        for (String pair : text.split(" ")) {
            int slash = pair.lastIndexOf('/');
            CoreLabel label = new CoreLabel();
            label.setWord(pair.substring(0, slash));
            label.setLemma(pair.substring(0, slash).toLowerCase(java.util.Locale.ROOT));
            label.setTag(pair.substring(slash + 1));
            labels.add(label);
        }
        return labels;
    }

    @Test
    void anchorsTenPlainTokensApartOnEachSideAndNearAnchorsShareAWindow() {
        List<CoreLabel> tokens = tagged("The/DT envoy/NN ,/, who/WP had/VBD spent/VBN many/JJ long/JJ and/CC"
                + " difficult/JJ hours/NNS with/IN the/DT rebels/NNS in/IN the/DT hills/NNS ,/, said/VBD on/IN"
                + " Monday/NNP that/IN the/DT ceasefire/NN agreed/VBN by/IN the/DT warring/VBG parties/NNS in/IN"
                + " the/DT capital/NN after/IN a/DT meeting/NN of/IN their/PRP$ leaders/NNS and/CC the/DT"
                + " foreign/JJ mediators/NNS would/MD hold/VB until/IN the/DT end/NN of/IN next/JJ month/NN ./.");

        // "hours" (10) reaches back over three adjectives to the start and "Monday" (20) joins it,
        // reaching "the" (30); "next month" (48, 49) reaches back over "foreign" to "leaders" (37).
        assertThat(TimeWindows.of(tokens)).containsExactly(new int[] {0, 31}, new int[] {37, 51});
    }

    @Test
    void runsOfAdjectivesDoNotUseUpTheMargin() {
        List<CoreLabel> tokens = tagged("Police/NNS said/VBD that/IN 2000/CD very/RB angry/JJ young/JJ unemployed/JJ"
                + " rural/JJ local/JJ poor/JJ tired/JJ protesters/NNS marched/VBD on/IN the/DT ministry/NN in/IN"
                + " the/DT capital/NN city/NN of/IN the/DT country/NN ./.");

        // Ten plain tokens after "2000": "very", then "protesters" to "city" past seven adjectives.
        assertThat(TimeWindows.of(tokens)).containsExactly(new int[] {0, 21});
    }

    @Test
    void wordsSutimeReadsAsTimesAnchorBeyondTheTimeGatesList() {
        assertThat(TimeWindows.anchors(tagged("lunchtime/NN").get(0))).isTrue();
        assertThat(TimeWindows.anchors(tagged("sixties/NNS").get(0))).isTrue();
        assertThat(TimeWindows.anchors(tagged("birthday/NN").get(0))).isTrue();
        assertThat(TimeWindows.anchors(tagged("two-year/JJ").get(0))).isTrue();
        assertThat(TimeWindows.anchors(tagged("hrs/NNS").get(0))).isTrue();
        assertThat(TimeWindows.anchors(tagged("mid-sixties/NNS").get(0))).isTrue();
        assertThat(TimeWindows.anchors(tagged("ministry/NN").get(0))).isFalse();
        assertThat(TimeWindows.anchors(tagged("parties/NNS").get(0))).isFalse();
        assertThat(TimeWindows.anchors(tagged("headquarters/NN").get(0))).isFalse();
    }

    @Test
    void aSentenceWithoutAnchorsHasNoWindows() {
        assertThat(TimeWindows.of(tagged("Rebels/NNS shelled/VBD the/DT town/NN ./."))).isEmpty();
    }
}
