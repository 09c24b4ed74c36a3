package org.parley.model;

/**
 * Where an event happened.
 *
 * @param name       the place name ("Amman")
 * @param country    ISO 3166 alpha-3 code ("JOR"), or {@code null} when unknown
 * @param region     the first-level administrative region ("Amman Governorate"), or {@code null}
 * @param lat        latitude in degrees, or {@code null} when unknown
 * @param lon        longitude in degrees, or {@code null} when unknown
 * @param geonamesId the GeoNames id of the place, or {@code null} when it has none
 * @param precision  how exact the place is: a city, a region or only a country; {@code null} when unknown
 */
public record Place(String name, String country, String region, Double lat, Double lon,
                    Long geonamesId, PlacePrecision precision) {

    /** A place known only by name, country and coordinates. */
    public Place(String name, String country, Double lat, Double lon) {
        this(name, country, null, lat, lon, null, null);
    }
}
