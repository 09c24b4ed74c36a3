package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeJobTest {

    private static final JobOptions DEFAULTS = JobOptions.parse("--input", "in", "--output", "out");

    @Test
    void shufflesIntoAsManyPartitionsAsCodeWhenNothingIsConfigured() {
        assertThat(CodeJob.shufflePartitions(DEFAULTS, 2, null)).isEqualTo(2);
        assertThat(CodeJob.shufflePartitions(DEFAULTS, 128, null)).isEqualTo(128);
    }

    @Test
    void keepsTheSessionsShufflePartitions() {
        assertThat(CodeJob.shufflePartitions(DEFAULTS, 2, "4")).isEqualTo(4);
    }

    @Test
    void theOptionOverridesTheSession() {
        JobOptions options = JobOptions.parse("--input", "in", "--output", "out", "--shuffle-partitions", "8");

        assertThat(CodeJob.shufflePartitions(options, 2, "4")).isEqualTo(8);
    }
}
