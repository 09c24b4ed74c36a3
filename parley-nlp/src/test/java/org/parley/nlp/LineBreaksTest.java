package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineBreaksTest {

    @Test
    void aNewsDumpKeepsItsLineBreaks() {
        String text = "Israel and Russia held talks\n10 August, 2017\n\nIsrael, the United States and Russia held secret "
                + "discussions last month over the ceasefire in southern Syria, according to officials.\n"
                + "The meetings took place in Amman.\n";
        assertThat(LineBreaks.forSentenceSplitting(text)).isEqualTo(text);
    }

    @Test
    void hardWrappedParagraphsAreUnwrappedWithOffsetsKept() {
        String text = "The foreign ministers of the two countries met in Geneva on\n"
                + "Monday and agreed to resume the talks that broke down last\n"
                + "year, according to a statement from the ministry.\n"
                + "\n"
                + "The talks will continue in Vienna next month, officials\n"
                + "said on Tuesday after the meeting ended late at night.\n";
        String unwrapped = LineBreaks.forSentenceSplitting(text);

        assertThat(unwrapped).hasSameSizeAs(text);
        assertThat(unwrapped).contains("in Geneva on Monday and agreed").contains("ministry.\n\nThe talks");
    }
}
