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
    void anchorsSixPlainTokensApartOnEachSideAndNearAnchorsShareAWindow() {
        List<CoreLabel> tokens = tagged("The/DT envoy/NN ,/, who/WP had/VBD spent/VBN many/JJ long/JJ and/CC"
                + " difficult/JJ hours/NNS with/IN the/DT rebels/NNS in/IN the/DT hills/NNS ,/, said/VBD on/IN"
                + " Monday/NNP that/IN the/DT ceasefire/NN agreed/VBD in/IN the/DT capital/NN would/MD hold/VB"
                + " until/IN the/DT end/NN of/IN next/JJ month/NN ./.");

        // "hours" (10) reaches back over three adjectives to "envoy" (1) and on to "hills" (16);
        // "Monday" (20) joins it and reaches "in" (25); "next month" (34, 35) starts at 28.
        assertThat(TimeWindows.of(tokens)).containsExactly(new int[] {1, 27}, new int[] {28, 37});
    }

    @Test
    void runsOfAdjectivesAdverbsAndProperNounsDoNotUseUpTheMargin() {
        List<CoreLabel> tokens = tagged("Police/NNS said/VBD that/IN 2000/CD very/RB angry/JJ young/JJ unemployed/JJ"
                + " rural/JJ local/JJ poor/JJ tired/JJ protesters/NNS marched/VBD on/IN the/DT ministry/NN in/IN"
                + " the/DT capital/NN city/NN today/NN");

        assertThat(TimeWindows.of(tokens)).containsExactly(new int[] {0, 22});
        assertThat(TimeWindows.of(tokens.subList(0, 19))).containsExactly(new int[] {0, 18});
        assertThat(TimeWindows.of(tagged("Ministers/NNS from/IN the/DT two/CD countries/NNS met/VBD in/IN the/DT"
                + " Austrian/JJ capital/NN for/IN talks/NNS on/IN the/DT crisis/NN ./.")))
                .containsExactly(new int[] {0, 11});
    }

    @Test
    void wordsSutimeReadsAsTimesAnchorBeyondTheTimeGatesList() {
        assertThat(TimeWindows.anchors(tagged("lunchtime/NN").get(0))).isTrue();
        assertThat(TimeWindows.anchors(tagged("sixties/NNS").get(0))).isTrue();
        assertThat(TimeWindows.anchors(tagged("birthday/NN").get(0))).isTrue();
        assertThat(TimeWindows.anchors(tagged("two-year/JJ").get(0))).isTrue();
        assertThat(TimeWindows.anchors(tagged("hrs/NNS").get(0))).isTrue();
        assertThat(TimeWindows.anchors(tagged("ministry/NN").get(0))).isFalse();
    }

    @Test
    void aSentenceWithoutAnchorsHasNoWindows() {
        assertThat(TimeWindows.of(tagged("Rebels/NNS shelled/VBD the/DT town/NN ./."))).isEmpty();
    }
}
