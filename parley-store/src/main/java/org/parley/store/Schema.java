package org.parley.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;

/** Applies {@code schema.sql}: every statement is {@code CREATE ... IF NOT EXISTS}, so applying it again changes nothing. */
final class Schema {
    static final String VERSION = "1";

    private Schema() {
    }

    static void apply(Connection connection) throws SQLException {
        String script;
        try (InputStream in = Schema.class.getResourceAsStream("schema.sql")) {
            if (in == null) {
                throw new IllegalStateException("schema.sql is missing from the class path");
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema.sql", e);
        }
        // Comments may hold any text; statements end with a semicolon at the end of a line.
        String sql = script.lines().map(line -> line.replaceAll("--.*$", "")).collect(Collectors.joining("\n"));
        try (Statement statement = connection.createStatement()) {
            for (String one : sql.split(";\\s*\n")) {
                if (!one.isBlank()) {
                    statement.execute(one);
                }
            }
            // A store made before the store added these columns gets them.
            statement.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS negated BOOLEAN DEFAULT false");
            statement.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS mood VARCHAR DEFAULT 'asserted'");
            statement.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', '" + VERSION + "')");
        }
    }
}
