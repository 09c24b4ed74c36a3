package org.parley.ontology;

/**
 * GDELT's QuadClass: the four quadrants of verbal/material cooperation/conflict. A CAMEO code's
 * quad follows from its root alone: roots 01-05 are 1, 06-09 are 2, 10-14 are 3, 15-20 are 4.
 * The contract of {@code parley code} carries the number, {@link #number()}.
 */
public enum QuadClass {
    VERBAL_COOPERATION(1, "verbal cooperation"),
    MATERIAL_COOPERATION(2, "material cooperation"),
    VERBAL_CONFLICT(3, "verbal conflict"),
    MATERIAL_CONFLICT(4, "material conflict");

    private final int number;
    private final String label;

    QuadClass(int number, String label) {
        this.number = number;
        this.label = label;
    }

    /** The number 1 to 4, as written in event data. */
    public int number() {
        return number;
    }

    /** Words for people: "verbal cooperation". */
    public String label() {
        return label;
    }

    /**
     * The quad of a number.
     *
     * @throws IllegalArgumentException unless {@code number} is 1 to 4
     */
    public static QuadClass of(int number) {
        for (QuadClass q : values()) {
            if (q.number == number) {
                return q;
            }
        }
        throw new IllegalArgumentException("QuadClass must be 1 to 4, not " + number);
    }

    /**
     * The quad of a CAMEO root, by GDELT's convention.
     *
     * @param root a root number, 1 to 20
     * @throws IllegalArgumentException unless {@code root} is 1 to 20
     */
    public static QuadClass ofRoot(int root) {
        if (root < 1 || root > 20) {
            throw new IllegalArgumentException("CAMEO root must be 1 to 20, not " + root);
        }
        if (root <= 5) {
            return VERBAL_COOPERATION;
        }
        if (root <= 9) {
            return MATERIAL_COOPERATION;
        }
        return root <= 14 ? VERBAL_CONFLICT : MATERIAL_CONFLICT;
    }
}
