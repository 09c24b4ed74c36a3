package org.parley.eval;

import java.util.Objects;

/**
 * Where a gold event happened.
 *
 * @param name    the place name as the coders wrote it ("Gorazde", "province of Herat")
 * @param country its ISO 3166 alpha-3 country code, or {@code null} when the coders gave none
 */
public record GoldPlace(String name, String country) {
    public GoldPlace {
        Objects.requireNonNull(name, "name");
    }
}
