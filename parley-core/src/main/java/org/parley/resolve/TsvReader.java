package org.parley.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads Parley's tab-separated data files: UTF-8, one record a line, {@code #} starts a comment
 * line, blank lines ignored, trailing empty columns may be left out.
 */
final class TsvReader {

    /** One data line. */
    record Row(String resource, int line, List<String> cells) {
        /** @return cell {@code i} trimmed, or "" when the line is shorter */
        String get(int i) {
            return i < cells.size() ? cells.get(i).trim() : "";
        }

        /** @return cell {@code i}, or a format error naming the column when it is empty */
        String required(int i, String column) {
            String v = get(i);
            if (v.isEmpty()) {
                throw problem("missing " + column);
            }
            return v;
        }

        /** @return the {@code |}-separated values of cell {@code i}, blanks dropped */
        List<String> list(int i) {
            List<String> out = new ArrayList<>();
            for (String v : get(i).split("\\|")) {
                if (!v.isBlank()) {
                    out.add(v.trim());
                }
            }
            return out;
        }

        DictionaryFormatException problem(String what) {
            return new DictionaryFormatException(resource, line, what);
        }
    }

    /** A named source of lines: the name is used in error messages. */
    record Source(String name, Reader reader) {
    }

    private TsvReader() {
    }

    /** @return the data rows of a source; the reader is closed */
    static List<Row> read(Source source) {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(source.reader())) {
            String text;
            int n = 0;
            while ((text = in.readLine()) != null) {
                n++;
                if (n == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (text.isBlank() || text.stripLeading().startsWith("#")) {
                    continue;
                }
                rows.add(new Row(source.name(), n, Arrays.asList(text.split("\t", -1))));
            }
        } catch (IOException e) {
            throw new DictionaryFormatException(source.name(), "cannot read", e);
        } catch (UncheckedIOException e) {
            throw new DictionaryFormatException(source.name(), "cannot read", e.getCause());
        }
        return rows;
    }

    /** @return a class-path resource next to this class, as a source */
    static Source resource(String fileName) {
        String name = "org/parley/resolve/" + fileName;
        InputStream in = TsvReader.class.getResourceAsStream(fileName);
        if (in == null) {
            throw new DictionaryFormatException(name, 0, "resource not found on the class path");
        }
        // A decoder (not a charset) so that bytes that are not UTF-8 fail instead of turning into '?'.
        return new Source(name, new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()));
    }
}
