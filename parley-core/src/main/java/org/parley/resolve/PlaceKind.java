package org.parley.resolve;
public enum PlaceKind { COUNTRY, REGION, CITY }
