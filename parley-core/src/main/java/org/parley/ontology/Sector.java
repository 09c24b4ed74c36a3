package org.parley.ontology;

import java.util.Objects;

/**
 * A CAMEO actor sector code: one line of {@code sectors.tsv}.
 *
 * @param code the three capital letters: "GOV"
 * @param name what the code stands for: "Government"
 * @param kind how the CAMEO codebook classifies it
 */
public record Sector(String code, String name, Kind kind) {

    /** The codebook's classes of sector codes; {@link #label()} is the table's spelling. */
    public enum Kind {
        /** Primary role code (GOV, MIL, OPP, REB, ...), preferred for domestic actors. */
        ROLE("role"),
        /** Secondary role code (BUS, MED, LAB, ...), used when no primary role applies. */
        SECONDARY("secondary"),
        /** Tertiary role code (MOD, RAD): a last-resort modifier. */
        TERTIARY("tertiary"),
        /** Generic international or transnational code (IGO, NGO, MNC, ...). */
        ORG_TYPE("org-type"),
        /** The unspecified-religious code REL. */
        RELIGION("religion");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The spelling in {@code sectors.tsv}: "org-type". */
        public String label() {
            return label;
        }

        static Kind ofLabel(String label) {
            for (Kind k : values()) {
                if (k.label.equals(label)) {
                    return k;
                }
            }
            throw new IllegalArgumentException(label);
        }
    }

    public Sector {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
