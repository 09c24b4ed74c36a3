package org.parley.spark;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.Tuple2;

/**
 * The lines of one input split as inputs ({@link StoreSchema#INPUT}), one at a time: origin
 * {@code path@offset} (the line's byte offset in its file), blank lines skipped.
 */
final class LineInputs implements Iterator<Row> {

    private final String path;
    private final Iterator<Tuple2<LongWritable, Text>> lines;
    private Row next;

    LineInputs(String path, Iterator<Tuple2<LongWritable, Text>> lines) {
        this.path = path;
        this.lines = lines;
    }

    @Override
    public boolean hasNext() {
        while (next == null && lines.hasNext()) {
            Tuple2<LongWritable, Text> line = lines.next();
            Text text = line._2();
            if (!text.toString().isBlank()) {
                // Text reuses its buffer from line to line: copy the bytes.
                next = RowFactory.create(path + "@" + line._1().get(), Arrays.copyOf(text.getBytes(), text.getLength()));
            }
        }
        return next != null;
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Row row = next;
        next = null;
        return row;
    }
}
