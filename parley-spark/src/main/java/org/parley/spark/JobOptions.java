package org.parley.spark;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import org.parley.dedup.Dedup;
import org.parley.nlp.TimeSource;

/**
 * What {@link CodeJob} reads and writes, parsed from its command line:
 * {@code --input PATH --output PATH [--format jsonl|text] [--date YYYY-MM-DD] [--window-days N]
 * [--partitions N] [--shuffle-partitions N] [--times parley|sutime]}.
 *
 * @param input      a file, directory or glob on any Hadoop file system (file:, hdfs:, s3a:)
 * @param output     the directory that receives {@code documents/ mentions/ events/ merges/ failures/}
 * @param format     how the input is split into documents
 * @param date       the publication date of every document, overriding what ingest finds; or {@code null}
 * @param windowDays how many days apart two day-precise reports of one event may be dated
 * @param partitions how many partitions to code in, or 0 for the cluster's default parallelism
 * @param shufflePartitions how many partitions deduplication and writing use
 *                   ({@code spark.sql.shuffle.partitions}), or 0 for the value the session was given,
 *                   else as many as code (see {@link CodeJob#run})
 * @param times      where the annotator takes time expressions from
 */
public record JobOptions(String input, String output, Format format, LocalDate date, int windowDays,
                         int partitions, int shufflePartitions, TimeSource times) {

    /** The default dedup window: the embedded store's. */
    public static final int WINDOW_DAYS = Dedup.DEFAULT_WINDOW_DAYS;

    static final String USAGE = "usage: CodeJob --input PATH --output PATH [--format jsonl|text] "
            + "[--date YYYY-MM-DD] [--window-days N] [--partitions N] [--shuffle-partitions N] "
            + "[--times parley|sutime]";

    /** How input is split into documents. */
    public enum Format {
        /** One document per line: {@code {"id","url","source","date","title","text"}}. */
        JSONL,
        /** One document per file (plain text or HTML; a JSON Lines file yields its lines). */
        TEXT
    }

    public JobOptions {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(times, "times");
        if (windowDays < 0) {
            throw new IllegalArgumentException("--window-days must be 0 or more, not " + windowDays);
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("--partitions must be 0 or more, not " + partitions);
        }
        if (shufflePartitions < 0) {
            throw new IllegalArgumentException("--shuffle-partitions must be 0 or more, not " + shufflePartitions);
        }
    }

    /**
     * Parses the job's arguments.
     *
     * @throws IllegalArgumentException naming the faulty option and the reason, followed by the usage
     */
    public static JobOptions parse(String... args) {
        String input = null;
        String output = null;
        Format format = Format.JSONL;
        LocalDate date = null;
        int windowDays = WINDOW_DAYS;
        int partitions = 0;
        int shufflePartitions = 0;
        TimeSource times = TimeSource.PARLEY;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw usage(option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--input" -> input = value;
                case "--output" -> output = value;
                case "--format" -> format = format(value);
                case "--date" -> date = date(value);
                case "--window-days" -> windowDays = number(option, value);
                case "--partitions" -> partitions = number(option, value);
                case "--shuffle-partitions" -> shufflePartitions = number(option, value);
                case "--times" -> times = times(value);
                default -> throw usage("unknown option " + option);
            }
        }
        if (input == null || output == null) {
            throw usage((input == null ? "--input" : "--output") + " is required");
        }
        try {
            return new JobOptions(input, output, format, date, windowDays, partitions, shufflePartitions, times);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private static Format format(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "jsonl" -> Format.JSONL;
            case "text" -> Format.TEXT;
            default -> throw usage("--format must be jsonl or text, not \"" + value + "\"");
        };
    }

    private static TimeSource times(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "parley" -> TimeSource.PARLEY;
            case "sutime" -> TimeSource.SUTIME;
            default -> throw usage("--times must be parley or sutime, not \"" + value + "\"");
        };
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw usage("--date must be a date like 2017-08-10, not \"" + value + "\"");
        }
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw usage(option + " must be a whole number, not \"" + value + "\"");
        }
    }

    private static IllegalArgumentException usage(String problem) {
        return new IllegalArgumentException(problem + "\n" + USAGE);
    }
}
