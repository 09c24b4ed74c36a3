package org.parley.resolve;

/**
 * One gazetteer entry.
 *
 * @param name       the English name ("Amman")
 * @param kind       country, region or city
 * @param country    ISO 3166 alpha-3 code of the country it lies in
 * @param admin1     first-level administrative division, or {@code null}; a region's own name
 * @param lat        latitude in degrees (a representative point for countries and regions)
 * @param lon        longitude in degrees
 * @param population approximate population, used to rank candidates
 * @param capital    true for the capital of its country or territory
 * @param prominent  true for a city known beyond its country: a national capital, the seat of
 *                   a first-level region (a state's or province's capital, GeoNames feature
 *                   code PPLA: "Geneva", "Sydney"), or a city of Parley's own list of places
 *                   that news about conflict and diplomacy names ("Tripoli" in Lebanon)
 * @param geonamesId the GeoNames id, or {@code null} for places of Parley's own list
 */
public record PlaceEntry(String name, PlaceKind kind, String country, String admin1, double lat, double lon,
                         long population, boolean capital, boolean prominent, Long geonamesId) {

    /** An entry that is prominent only if it is a capital. */
    public PlaceEntry(String name, PlaceKind kind, String country, String admin1, double lat, double lon,
                      long population, boolean capital, Long geonamesId) {
        this(name, kind, country, admin1, lat, lon, population, capital, capital, geonamesId);
    }

    /** An entry without a GeoNames id that is prominent only if it is a capital. */
    public PlaceEntry(String name, PlaceKind kind, String country, String admin1, double lat, double lon,
                      long population, boolean capital) {
        this(name, kind, country, admin1, lat, lon, population, capital, capital, null);
    }

}
