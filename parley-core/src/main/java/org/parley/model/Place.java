package org.parley.model;

/**
 * Where an event happened.
 *
 * @param name    the place name ("Amman")
 * @param country ISO 3166 alpha-3 code ("JOR")
 * @param lat     latitude in degrees, or {@code null} when unknown
 * @param lon     longitude in degrees, or {@code null} when unknown
 */
public record Place(String name, String country, Double lat, Double lon) {
}
