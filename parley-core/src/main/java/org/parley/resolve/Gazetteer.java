package org.parley.resolve;
import java.util.*;
public final class Gazetteer {
    private final Map<String, List<PlaceEntry>> map = new HashMap<>();
    public static Gazetteer builtIn() {
        Gazetteer g = new Gazetteer();
        g.map.put("amman", List.of(new PlaceEntry("Amman", PlaceKind.CITY, "JOR", "Amman", 31.95, 35.93, 1_000_000, true)));
        g.map.put("syria", List.of(new PlaceEntry("Syria", PlaceKind.COUNTRY, "SYR", null, 35.0, 38.0, 17_000_000, false)));
        g.map.put("moscow", List.of(new PlaceEntry("Moscow", PlaceKind.CITY, "RUS", "Moscow", 55.75, 37.62, 10_000_000, true)));
        g.map.put("israel", List.of(new PlaceEntry("Israel", PlaceKind.COUNTRY, "ISR", null, 31.5, 34.8, 9_000_000, false)));
        return g;
    }
    public List<PlaceEntry> lookup(String name) { return map.getOrDefault(name.toLowerCase(), List.of()); }
    public Optional<PlaceMatch> longestMatch(List<String> words, int from) {
        for (int n = Math.min(3, words.size() - from); n >= 1; n--) {
            String k = String.join(" ", words.subList(from, from + n)).toLowerCase();
            List<PlaceEntry> c = map.get(k);
            if (c != null) return Optional.of(new PlaceMatch(n, c));
        }
        return Optional.empty();
    }
    public Optional<PlaceEntry> country(String iso3) { return Optional.empty(); }
}
