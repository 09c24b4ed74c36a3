package org.parley.resolve;
public record PlaceEntry(String name, PlaceKind kind, String country, String admin1, double lat, double lon, long population, boolean capital) {}
