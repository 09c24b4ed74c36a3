package org.parley.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampNTZType;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The tables of the store's {@code schema.sql} (parley-store) as Spark schemas: the same column
 * names in the same order, with the Spark type that Parquet stores as the SQL type
 * (VARCHAR string, INTEGER int32, BIGINT int64, DOUBLE, BOOLEAN, DATE, TIMESTAMP micros without time
 * zone, UTC wall time: Spark's {@code TimestampType} would be read back as {@code TIMESTAMP WITH TIME ZONE}).
 * {@code NOT NULL} columns are non-nullable. A test compares these with {@code schema.sql}.
 */
final class StoreSchema {

    static final StructType DOCUMENTS = table(
            "doc_id", StringType, false, "origin", StringType, true, "source", StringType, true,
            "url", StringType, true, "title", StringType, true, "published", DateType, true,
            "text", StringType, false, "sentences", IntegerType, false, "tokens", IntegerType, false,
            "mentions", IntegerType, false, "ingested_at", TimestampNTZType, false);

    static final StructType FAILURES = table(
            "origin", StringType, false, "doc_id", StringType, true, "reason", StringType, false,
            "failed_at", TimestampNTZType, false);

    static final StructType MENTIONS = table(
            "mention_id", StringType, false, "doc_id", StringType, false, "sentence", IntegerType, false,
            "ordinal", IntegerType, false, "code", StringType, false, "root", StringType, false,
            "plover", StringType, false, "quad", IntegerType, false, "goldstein", DoubleType, false,
            "source_text", StringType, false, "source_code", StringType, true,
            "source_country", StringType, true, "source_sector", StringType, true,
            "source_start", IntegerType, true, "source_end", IntegerType, true,
            "target_text", StringType, true, "target_code", StringType, true,
            "target_country", StringType, true, "target_sector", StringType, true,
            "target_start", IntegerType, true, "target_end", IntegerType, true,
            "trigger_text", StringType, false, "trigger_start", IntegerType, true,
            "trigger_end", IntegerType, true, "date", StringType, true, "date_start", DateType, true,
            "date_end", DateType, true, "place_name", StringType, true, "place_country", StringType, true,
            "place_region", StringType, true, "place_lat", DoubleType, true, "place_lon", DoubleType, true,
            "place_geonames_id", LongType, true, "place_precision", StringType, true,
            "negated", BooleanType, false, "mood", StringType, false, "attribution_text", StringType, true,
            "attribution_code", StringType, true, "evidence", StringType, false,
            "evidence_start", IntegerType, true, "evidence_end", IntegerType, true,
            "confidence", DoubleType, false, "event_id", StringType, true);

    static final StructType EVENTS = table(
            "event_id", StringType, false, "code", StringType, false, "root", StringType, false,
            "plover", StringType, false, "quad", IntegerType, false, "goldstein", DoubleType, false,
            "source_code", StringType, true, "source_country", StringType, true,
            "source_sector", StringType, true, "source_text", StringType, true,
            "target_code", StringType, true, "target_country", StringType, true,
            "target_sector", StringType, true, "target_text", StringType, true,
            "date", StringType, true, "date_start", DateType, true, "date_end", DateType, true,
            "place_name", StringType, true, "place_country", StringType, true,
            "place_region", StringType, true, "place_lat", DoubleType, true, "place_lon", DoubleType, true,
            "place_geonames_id", LongType, true, "place_precision", StringType, true,
            "mentions", IntegerType, false, "sources", IntegerType, false, "documents", IntegerType, false,
            "first_mention", StringType, false, "source_url", StringType, true,
            "negated", BooleanType, false, "mood", StringType, false);

    static final StructType MERGES = table(
            "event_id", StringType, false, "mention_id", StringType, false, "reason", StringType, false);

    /** What one input yields after coding: a document with its mentions, or a failure. */
    static final StructType CODED = new StructType()
            .add("document", DOCUMENTS, true)
            .add("mentions", DataTypes.createArrayType(MENTIONS, false), false)
            .add("failure", FAILURES, true);

    /** An input to code: where it came from and its bytes (a whole file, or one JSON line). */
    static final StructType INPUT = new StructType()
            .add("origin", StringType, false)
            .add("content", DataTypes.BinaryType, false);

    private StoreSchema() {
    }

    /** Builds a table from (name, type, nullable) triples. */
    private static StructType table(Object... columns) {
        StructField[] fields = new StructField[columns.length / 3];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = DataTypes.createStructField((String) columns[3 * i], (DataType) columns[3 * i + 1],
                    (Boolean) columns[3 * i + 2]);
        }
        return DataTypes.createStructType(fields);
    }
}
