package org.parley.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The gold sets Parley is measured on, each with the file it is read from, relative to the gold
 * directory ({@code ../shared/gold} in the team's layout).
 */
public enum GoldSet {
    /** The PLOVER gold standard records: 322 sentences with PLOVER types, actors and places. */
    PLOVER("plover", "plover/PLOVER_GSR_CAMEO.json"),
    /** UniversalPETRARCH's validation records: real news sentences with CAMEO codings. */
    UPETR("upetr", "universalpetrarch/PETR2_GSR_validation.xml"),
    /** PETRARCH2's unit-test records, coded with the fictional-country PETR.Validate dictionaries. */
    PETR2("petr2", "petrarch2/PETR.UnitTest.records.xml");

    private final String key;
    private final String file;

    GoldSet(String key, String file) {
        this.key = key;
        this.file = file;
    }

    /** The short name used on the command line and in reports ("plover"). */
    public String key() {
        return key;
    }

    /** The file of this set, relative to the gold directory. */
    public String file() {
        return file;
    }

    /** The set of this short name, ignoring case, or empty. */
    public static Optional<GoldSet> ofKey(String key) {
        for (GoldSet set : values()) {
            if (set.key.equalsIgnoreCase(key)) {
                return Optional.of(set);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads every record of this set, in file order.
     *
     * @param goldDirectory the directory holding {@code plover/}, {@code universalpetrarch/} and {@code petrarch2/}
     * @throws GoldFormatException naming the file when it is missing, unreadable or malformed
     */
    public List<GoldRecord> read(Path goldDirectory) {
        Path path = goldDirectory.resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new GoldFormatException(path, "no such file");
        }
        String content;
        try {
            content = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GoldFormatException(path, "cannot read: " + e.getMessage(), e);
        }
        return this == PLOVER ? PloverGold.parse(content, key, path) : PetrarchGold.parse(content, key, path);
    }

    @Override
    public String toString() {
        return key.toLowerCase(Locale.ROOT);
    }
}
