package org.parley.ontology;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One CAMEO event code with what Parley knows of it: one line of {@code cameo-events.tsv}.
 *
 * @param code      the code as a string with its leading zeros: "04", "043", "0871"
 * @param name      the codebook's name: "Host a visit"
 * @param goldstein the Goldstein score, -10 to +10
 * @param quad      the QuadClass number, 1 to 4; see {@link #quadClass()}
 * @param plover    the PLOVER 2.0 type
 * @param mode      the PLOVER mode ("visit", "ceasefire"), or the empty string when none
 * @param symmetric whether the event is mutual by nature (both sides act: consult, negotiate,
 *                  sign an agreement), so that "A and B negotiated" is A→B and B→A
 */
public record CameoCode(String code, String name, double goldstein, int quad, PloverType plover,
                        String mode, boolean symmetric) {

    static final Pattern FORMAT = Pattern.compile("\\d{2,4}");

    /**
     * @throws IllegalArgumentException when the code is not 2 to 4 digits, the score is outside
     *                                  -10..10 or the quad outside 1..4
     */
    public CameoCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(plover, "plover");
        Objects.requireNonNull(mode, "mode");
        if (!FORMAT.matcher(code).matches()) {
            throw new IllegalArgumentException("CAMEO code must be 2 to 4 digits: \"" + code + "\"");
        }
        if (!(goldstein >= -10 && goldstein <= 10)) {
            throw new IllegalArgumentException("Goldstein score of " + code + " outside -10..10: " + goldstein);
        }
        QuadClass.of(quad);
    }

    /** The two-digit root: "08" for "0871". */
    public String root() {
        return code.substring(0, 2);
    }

    /** The code one level up ("087" for "0871", "08" for "087"), or the code itself for a root. */
    public String parent() {
        return code.length() == 2 ? code : code.substring(0, code.length() - 1);
    }

    /** {@link #quad()} as the enum. */
    public QuadClass quadClass() {
        return QuadClass.of(quad);
    }
}
