package org.parley.eval;

/**
 * A measured proportion with its counts, so that a figure is never shown without what it was
 * measured on.
 *
 * @param numerator   how many were right
 * @param denominator how many were judged
 */
public record Ratio(int numerator, int denominator) {
    public Ratio {
        if (numerator < 0 || denominator < numerator) {
            throw new IllegalArgumentException("need 0 <= numerator <= denominator, got " + numerator + "/" + denominator);
        }
    }

    /** The proportion, or {@code NaN} when nothing was judged. */
    public double value() {
        return denominator == 0 ? Double.NaN : (double) numerator / denominator;
    }
}
