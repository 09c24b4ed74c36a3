package org.parley.ontology;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The CAMEO event ontology: every event code of the CAMEO codebook 1.1b3 with its name,
 * Goldstein score, QuadClass, PLOVER 2.0 type and mode, and whether the event is mutual. The
 * front door of this package for events.
 *
 * <p>Reads {@code org/parley/ontology/cameo-events.tsv}, Parley's own table (its format is in
 * {@code docs/ONTOLOGY.md}). Immutable and thread-safe: load it once with {@link #builtIn()} and
 * pass it to whoever needs it.
 *
 * <p>Design decision: which codes are symmetric is data (the table's {@code symmetric} column),
 * not code, so that it is documented next to the codes and can be reviewed against the codebook.
 */
public final class Cameo {

    static final String RESOURCE = "cameo-events.tsv";
    static final List<String> COLUMNS =
            List.of("code", "name", "goldstein", "quad", "plover", "mode", "symmetric");

    private final List<CameoCode> all;
    private final Map<String, CameoCode> byCode;

    private Cameo(List<CameoCode> all) {
        this.all = List.copyOf(all);
        Map<String, CameoCode> map = new HashMap<>();
        for (CameoCode c : all) {
            map.put(c.code(), c);
        }
        this.byCode = Map.copyOf(map);
    }

    /**
     * Loads the table that ships with Parley. Reads the class path on every call: callers keep
     * the result.
     *
     * @throws IllegalStateException when the table is missing or a line of it is malformed
     */
    public static Cameo builtIn() {
        return read(TsvTable.resource(RESOURCE), TsvTable.describe(RESOURCE));
    }

    /**
     * Reads a table in the {@code cameo-events.tsv} format and closes the reader.
     *
     * @param source the name used in error messages
     * @throws IllegalStateException naming the source, the line and the fault: wrong field
     *                               count, bad code, score, quad (it must agree with the root),
     *                               PLOVER type or symmetric flag, a duplicate code, or a code
     *                               whose parent is missing
     */
    static Cameo read(Reader reader, String source) {
        List<CameoCode> codes = new ArrayList<>();
        Map<String, TsvTable.Row> seen = new HashMap<>();
        List<TsvTable.Row> rows = TsvTable.read(reader, source, COLUMNS);
        for (TsvTable.Row row : rows) {
            CameoCode code = parse(row);
            if (seen.putIfAbsent(code.code(), row) != null) {
                throw row.error("duplicate code " + code.code() + ", first on line " + seen.get(code.code()).line());
            }
            codes.add(code);
        }
        for (CameoCode code : codes) {
            if (!seen.containsKey(code.parent())) {
                throw seen.get(code.code()).error("code " + code.code() + " has no parent " + code.parent()
                        + " in the table");
            }
        }
        return new Cameo(codes);
    }

    private static CameoCode parse(TsvTable.Row row) {
        String code = row.get(0);
        if (!CameoCode.FORMAT.matcher(code).matches()) {
            throw row.error("code must be 2 to 4 digits, not \"" + code + "\"");
        }
        int root = Integer.parseInt(code.substring(0, 2));
        if (root < 1 || root > 20) {
            throw row.error("code " + code + " has root " + code.substring(0, 2) + ", not 01 to 20");
        }
        String name = row.get(1).strip();
        if (name.isEmpty()) {
            throw row.error("code " + code + " has no name");
        }
        double goldstein;
        try {
            goldstein = Double.parseDouble(row.get(2));
        } catch (NumberFormatException e) {
            throw row.error("Goldstein score of " + code + " is not a number: \"" + row.get(2) + "\"");
        }
        if (!(goldstein >= -10 && goldstein <= 10)) {
            throw row.error("Goldstein score of " + code + " outside -10..10: " + row.get(2));
        }
        int expectedQuad = QuadClass.ofRoot(root).number();
        if (!row.get(3).equals(Integer.toString(expectedQuad))) {
            throw row.error("quad of " + code + " must be " + expectedQuad + " (root " + code.substring(0, 2)
                    + "), not \"" + row.get(3) + "\"");
        }
        PloverType plover;
        try {
            plover = PloverType.valueOf(row.get(4));
        } catch (IllegalArgumentException e) {
            throw row.error("\"" + row.get(4) + "\" is not a PLOVER type (code " + code + ")");
        }
        String symmetric = row.get(6);
        if (!symmetric.isEmpty() && !symmetric.equals("y")) {
            throw row.error("symmetric must be y or empty, not \"" + symmetric + "\" (code " + code + ")");
        }
        return new CameoCode(code, name, goldstein, expectedQuad, plover, row.get(5).strip(), !symmetric.isEmpty());
    }

    /** The code, or empty when there is no such code (including malformed strings). */
    public Optional<CameoCode> find(String code) {
        Objects.requireNonNull(code, "code");
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * The code.
     *
     * @throws IllegalArgumentException naming the code when there is no such code
     */
    public CameoCode get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("unknown CAMEO event code \""
                + code + "\"" + (CameoCode.FORMAT.matcher(code).matches() ? "" : " (codes are 2 to 4 digits)")));
    }

    /**
     * The two-digit root of a known code: "08" for "0871", "04" for "04".
     *
     * @throws IllegalArgumentException naming the code when there is no such code
     */
    public String rootOf(String code) {
        return get(code).root();
    }

    /** Every code in table order: each root, then its 3-digit codes, each followed by its 4-digit ones. */
    public List<CameoCode> all() {
        return all;
    }

    /**
     * Whether events of this code are mutual by nature, so that one report means the same event
     * from each side (consult, negotiate, sign an agreement, cooperate).
     *
     * @throws IllegalArgumentException naming the code when there is no such code
     */
    public boolean isSymmetric(String code) {
        return get(code).symmetric();
    }
}
