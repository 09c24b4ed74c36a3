package org.parley.ontology;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The CAMEO actor sector codes: the three-letter role and organisation-type codes that follow a
 * country or group code in an actor code (GOV in ISRGOV, IGO in IGOUNO). The front door of this
 * package for actor sectors.
 *
 * <p>Reads {@code org/parley/ontology/sectors.tsv}, Parley's own table (its format is in
 * {@code docs/ONTOLOGY.md}). Codes are upper case and compared exactly. Immutable and
 * thread-safe: load it once with {@link #builtIn()} and pass it on.
 */
public final class Sectors {

    static final String RESOURCE = "sectors.tsv";
    static final List<String> COLUMNS = List.of("code", "name", "kind");
    private static final Pattern FORMAT = Pattern.compile("[A-Z]{3}");

    private final List<Sector> all;
    private final Map<String, Sector> byCode;

    private Sectors(List<Sector> all) {
        this.all = List.copyOf(all);
        Map<String, Sector> map = new HashMap<>();
        for (Sector s : all) {
            map.put(s.code(), s);
        }
        this.byCode = Map.copyOf(map);
    }

    /**
     * Loads the table that ships with Parley. Reads the class path on every call: callers keep
     * the result.
     *
     * @throws IllegalStateException when the table is missing or a line of it is malformed
     */
    public static Sectors builtIn() {
        return read(TsvTable.resource(RESOURCE), TsvTable.describe(RESOURCE));
    }

    /**
     * Reads a table in the {@code sectors.tsv} format and closes the reader.
     *
     * @throws IllegalStateException naming the source, the line and the fault
     */
    static Sectors read(Reader reader, String source) {
        List<Sector> sectors = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        for (TsvTable.Row row : TsvTable.read(reader, source, COLUMNS)) {
            String code = row.get(0);
            if (!FORMAT.matcher(code).matches()) {
                throw row.error("sector code must be three capital letters, not \"" + code + "\"");
            }
            String name = row.get(1).strip();
            if (name.isEmpty()) {
                throw row.error("sector " + code + " has no name");
            }
            Sector.Kind kind;
            try {
                kind = Sector.Kind.ofLabel(row.get(2));
            } catch (IllegalArgumentException e) {
                throw row.error("kind of " + code + " must be role, secondary, tertiary, org-type or religion, not \""
                        + row.get(2) + "\"");
            }
            Integer first = lines.putIfAbsent(code, row.line());
            if (first != null) {
                throw row.error("duplicate sector " + code + ", first on line " + first);
            }
            sectors.add(new Sector(code, name, kind));
        }
        return new Sectors(sectors);
    }

    /** Whether {@code code} is a sector code ("GOV" yes, "gov" and "ISR" no). */
    public boolean isSector(String code) {
        return byCode.containsKey(Objects.requireNonNull(code, "code"));
    }

    /** The sector's name ("Government" for "GOV"), or empty when it is not a sector code. */
    public Optional<String> name(String code) {
        return find(code).map(Sector::name);
    }

    /** The sector, or empty when {@code code} is not a sector code. */
    public Optional<Sector> find(String code) {
        return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code")));
    }

    /** Every sector in table order. */
    public List<Sector> all() {
        return all;
    }
}
