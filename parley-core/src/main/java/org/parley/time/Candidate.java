package org.parley.time;

/**
 * A time expression one rule proposes over tokens {@code [start, end)}; the tagger keeps the
 * longest of overlapping candidates.
 *
 * @param type  DATE, TIME, DURATION or SET
 * @param value the TIMEX3 value, or null when the text names a time that cannot be resolved here
 */
record Candidate(int start, int end, String type, String value) {
    static final String DATE = "DATE";
    static final String TIME = "TIME";
    static final String DURATION = "DURATION";
    static final String SET = "SET";

    int length() {
        return end - start;
    }
}
