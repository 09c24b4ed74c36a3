package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parley.nlp.TimeSource;

class JobOptionsTest {

    @Test
    void readsEveryOption() {
        JobOptions options = JobOptions.parse("--input", "hdfs:///news/*.jsonl", "--output", "s3a://out/run1",
                "--format", "text", "--date", "2017-08-10", "--window-days", "7", "--partitions", "64",
                "--shuffle-partitions", "16", "--times", "SUTime");

        assertThat(options).isEqualTo(new JobOptions("hdfs:///news/*.jsonl", "s3a://out/run1", JobOptions.Format.TEXT,
                LocalDate.of(2017, 8, 10), 7, 64, 16, TimeSource.SUTIME));
    }

    @Test
    void defaultsToJsonLinesTheStoresWindowAndTheClustersParallelism() {
        assertThat(JobOptions.parse("--input", "in", "--output", "out"))
                .isEqualTo(new JobOptions("in", "out", JobOptions.Format.JSONL, null, 1, 0, 0, TimeSource.PARLEY));
    }

    @Test
    void badArgumentsSayWhatIsWrongAndShowTheUsage() {
        assertThatThrownBy(() -> JobOptions.parse("--input", "in"))
                .hasMessage("--output is required\n" + JobOptions.USAGE);
        assertThatThrownBy(() -> JobOptions.parse("--input", "in", "--output", "out", "--format", "xml"))
                .hasMessageStartingWith("--format must be jsonl or text, not \"xml\"\n");
        assertThatThrownBy(() -> JobOptions.parse("--input", "in", "--output", "out", "--date", "10/08/2017"))
                .hasMessageStartingWith("--date must be a date like 2017-08-10, not \"10/08/2017\"\n");
        assertThatThrownBy(() -> JobOptions.parse("--input", "in", "--output", "out", "--window-days", "-1"))
                .hasMessageStartingWith("--window-days must be 0 or more, not -1\n");
        assertThatThrownBy(() -> JobOptions.parse("--input", "in", "--output", "out", "--shuffle-partitions", "-2"))
                .hasMessageStartingWith("--shuffle-partitions must be 0 or more, not -2\n");
        assertThatThrownBy(() -> JobOptions.parse("--input", "in", "--output", "out", "--times", "heideltime"))
                .hasMessageStartingWith("--times must be parley or sutime, not \"heideltime\"\n");
        assertThatThrownBy(() -> JobOptions.parse("--input", "in", "--outptu", "out"))
                .hasMessageStartingWith("unknown option --outptu\n");
        assertThatThrownBy(() -> JobOptions.parse("--input"))
                .hasMessageStartingWith("--input needs a value\n");
    }
}
