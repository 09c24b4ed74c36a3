package org.parley.resolve;
import java.util.List;
public record PlaceMatch(int length, List<PlaceEntry> candidates) {}
