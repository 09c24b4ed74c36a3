package org.parley.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.parley.ingest.Ingest;

/**
 * The Spark job: reads documents from any Hadoop-compatible path, codes each partition with the
 * production stages ({@link PartitionCoder}), deduplicates mentions into events with the store's
 * rule ({@link SparkDedup}) and writes Parquet with the store's schema under the output directory:
 * {@code documents/ mentions/ events/ merges/ failures/}. {@code parley load} reads that into the
 * embedded store. See {@code docs/SPARK.md}.
 *
 * <p>A document listed twice (the same id) is written once. An input or document that cannot be
 * read or coded becomes a {@code failures} row and the job goes on. The output directory must not
 * exist yet.
 */
public final class CodeJob {

    private static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";

    private CodeJob() {
    }

    /** Runs the job with the session {@code spark-submit} provides; exit status 1 when something failed. */
    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("parley-spark: " + e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("parley-spark").getOrCreate();
        JobSummary summary;
        try {
            summary = run(spark, options);
        } finally {
            spark.stop();
        }
        System.err.printf("parley-spark: %d documents, %d sentences, %d mentions, %d events, %d failures -> %s%n",
                summary.documents(), summary.sentences(), summary.mentions(), summary.events(), summary.failures(),
                options.output());
        System.exit(summary.failures() == 0 ? 0 : 1);
    }

    /**
     * Runs the job in a session (local mode in tests) and returns what it wrote.
     *
     * <p>The input is coded in {@code --partitions} partitions (default: the cluster's parallelism,
     * so that every core codes even when the input is one small file). Deduplication and writing
     * then use {@code --shuffle-partitions} partitions, else the {@code spark.sql.shuffle.partitions}
     * the session was configured with, else as many as were coded: Spark's default of 200 made a
     * small run spend more time on some 1,600 near-empty tasks than on coding, while the rows after
     * coding (mentions, events) are a small fraction of the input. Adaptive execution may still
     * coalesce them further.
     */
    public static JobSummary run(SparkSession spark, JobOptions options) {
        spark.conf().set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
        Dataset<Row> inputs = options.format() == JobOptions.Format.JSONL
                ? jsonLines(spark, options.input()) : files(spark, options.input());
        int partitions = options.partitions() > 0 ? options.partitions() : spark.sparkContext().defaultParallelism();
        String configured = spark.sparkContext().getConf().get(SHUFFLE_PARTITIONS, null);
        spark.conf().set(SHUFFLE_PARTITIONS, shufflePartitions(options, partitions, configured));
        Dataset<Row> coded = inputs.repartition(partitions)
                .mapPartitions(new PartitionCoder(options.date(), options.format() == JobOptions.Format.JSONL, options.times()),
                        Encoders.row(StoreSchema.CODED))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            return write(spark, coded, options);
        } finally {
            coded.unpersist();
        }
    }

    /**
     * How many partitions the stages after coding use: {@code --shuffle-partitions}, else what the
     * session was configured with ({@code configured}, may be {@code null}), else {@code coding}.
     */
    static int shufflePartitions(JobOptions options, int coding, String configured) {
        if (options.shufflePartitions() > 0) {
            return options.shufflePartitions();
        }
        if (configured != null && !configured.isBlank()) {
            return Integer.parseInt(configured.trim());
        }
        return Math.max(1, coding);
    }

    private static JobSummary write(SparkSession spark, Dataset<Row> coded, JobOptions options) {
        Dataset<Row> documents = coded.where(col("document").isNotNull()).select("document.*").dropDuplicates("doc_id");
        Dataset<Row> failures = coded.where(col("failure").isNotNull()).select("failure.*");
        Dataset<Row> found = coded.select(explode(col("mentions")).as("m")).select("m.*").dropDuplicates("mention_id");

        Dataset<Row> ofDocuments = documents.select(col("doc_id").as("d_id"), col("source").as("d_source"),
                col("url").as("d_url"));
        SparkDedup dedup = new SparkDedup(options.windowDays());
        Dataset<Row> grouped = found.join(ofDocuments, found.col("doc_id").equalTo(ofDocuments.col("d_id")), "left")
                .select(candidateColumns())
                .groupByKey(dedup, Encoders.STRING())
                .flatMapGroups(dedup, Encoders.row(SparkDedup.GROUPED))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> events = grouped.select("event.*");
        Dataset<Row> merges = grouped.select(explode(col("merges")).as("m")).select("m.*");
        Dataset<Row> eventOf = merges.select(col("mention_id").as("e_mention"), col("event_id").as("e_id"));
        Dataset<Row> mentions = found.drop("event_id")
                .join(eventOf, found.col("mention_id").equalTo(eventOf.col("e_mention")), "left")
                .withColumnRenamed("e_id", "event_id")
                .select(columns(StoreSchema.MENTIONS.fieldNames()));

        String out = options.output().endsWith("/") ? options.output() : options.output() + "/";
        documents.write().parquet(out + "documents");
        mentions.write().parquet(out + "mentions");
        events.write().parquet(out + "events");
        merges.write().parquet(out + "merges");
        failures.write().parquet(out + "failures");

        Dataset<Row> written = spark.read().parquet(out + "documents");
        Object sentences = written.agg(org.apache.spark.sql.functions.sum("sentences")).first().get(0);
        JobSummary summary = new JobSummary(written.count(), sentences == null ? 0 : ((Number) sentences).longValue(),
                spark.read().parquet(out + "mentions").count(), spark.read().parquet(out + "events").count(),
                spark.read().parquet(out + "failures").count());
        grouped.unpersist();
        return summary;
    }

    private static Column[] candidateColumns() {
        List<Column> columns = new ArrayList<>(Arrays.asList(columns(StoreSchema.MENTIONS.fieldNames())));
        columns.add(col("d_source"));
        columns.add(col("d_url"));
        return columns.toArray(Column[]::new);
    }

    private static Column[] columns(String[] names) {
        return Arrays.stream(names).map(name -> col(name)).toArray(Column[]::new);
    }

    /** One input per file that ingest would read in a directory walk (recursively). */
    private static Dataset<Row> files(SparkSession spark, String input) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        jsc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        JavaRDD<Row> rows = jsc.binaryFiles(input)
                .filter(file -> Ingest.isDocumentName(new Path(file._1()).getName()))
                .map(file -> RowFactory.create(file._1(), file._2().toArray()));
        return spark.createDataFrame(rows, StoreSchema.INPUT);
    }

    /** One input per non-blank line, its origin {@code path@byte-offset}; large files are split. */
    @SuppressWarnings("unchecked")
    private static Dataset<Row> jsonLines(SparkSession spark, String input) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = new Configuration(jsc.hadoopConfiguration());
        conf.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>)
                jsc.newAPIHadoopFile(input, TextInputFormat.class, LongWritable.class, Text.class, conf);
        JavaRDD<Row> rows = lines.mapPartitionsWithInputSplit((split, part) -> {
            String path = ((FileSplit) split).getPath().toString();
            return new LineInputs(path, part);
        }, true);
        return spark.createDataFrame(rows, StoreSchema.INPUT);
    }
}
