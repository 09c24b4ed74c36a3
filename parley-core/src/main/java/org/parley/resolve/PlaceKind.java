package org.parley.resolve;

/** What kind of place a gazetteer entry is. */
public enum PlaceKind { COUNTRY, REGION, CITY }
