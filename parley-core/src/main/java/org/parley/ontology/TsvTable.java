package org.parley.ontology;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Parley's ontology tables: UTF-8, tab-separated, '#' comment lines and blank lines
 * skipped, then one header line naming the columns, then one row a line with exactly as many
 * fields as the header. Every failure is an {@link IllegalStateException} that names the
 * resource, the line and what is wrong, because a broken built-in table is a build defect, not
 * bad user input.
 */
final class TsvTable {

    /** One data row and where it was. */
    record Row(String source, int line, List<String> fields) {
        String get(int column) {
            return fields.get(column);
        }

        IllegalStateException error(String what) {
            return TsvTable.error(source, line, what);
        }
    }

    private TsvTable() {
    }

    /** Opens a resource next to this class, or fails naming it. */
    static Reader resource(String name) {
        InputStream in = TsvTable.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(describe(name) + ": not found on the class path");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** The full class-path name of a resource next to this class, for messages. */
    static String describe(String name) {
        return TsvTable.class.getPackageName().replace('.', '/') + "/" + name;
    }

    /**
     * Reads all rows, checking the header against {@code columns}. Closes the reader.
     *
     * @param source  the name used in error messages
     * @param columns the expected header, in order
     */
    static List<Row> read(Reader reader, String source, List<String> columns) {
        List<Row> rows = new ArrayList<>();
        boolean headerSeen = false;
        try (BufferedReader in = new BufferedReader(reader)) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> fields = List.of(line.split("\t", -1));
                if (!headerSeen) {
                    if (!fields.equals(columns)) {
                        throw error(source, number, "header must be " + String.join("<TAB>", columns)
                                + " but is " + String.join("<TAB>", fields));
                    }
                    headerSeen = true;
                    continue;
                }
                if (fields.size() != columns.size()) {
                    throw error(source, number, "expected " + columns.size() + " tab-separated fields, found "
                            + fields.size());
                }
                rows.add(new Row(source, number, fields));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        if (!headerSeen) {
            throw new IllegalStateException(source + ": no header line");
        }
        return rows;
    }

    static IllegalStateException error(String source, int line, String what) {
        return new IllegalStateException(source + ":" + line + ": " + what);
    }
}
