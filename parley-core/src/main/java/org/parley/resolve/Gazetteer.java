package org.parley.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A small built-in gazetteer: every country with a representative point, every capital, and the
 * cities and regions that news about conflict and diplomacy names. Names and aliases are stored
 * under the same normal form as actor phrases (case-insensitive, accents folded, full stops
 * dropped, words cut at hyphens, a leading "the" optional; see {@link ActorDictionary#longestMatch}),
 * so lookups are hash probes. Immutable and thread-safe.
 *
 * <p>The format of {@code places.tsv} is documented in {@code docs/DICTIONARIES.md}.
 */
public final class Gazetteer {
    static final String PLACES = "places.tsv";
    /** Most populous first; on a tie a country, then a city before the region it is the seat of. */
    private static final Comparator<PlaceEntry> MOST_POPULOUS = Comparator.comparingLong(PlaceEntry::population)
            .reversed().thenComparing(p -> p.kind() == PlaceKind.REGION).thenComparing(PlaceEntry::name);

    private final PhraseIndex<List<PlaceEntry>> index;
    private final Map<String, PlaceEntry> countries;

    private Gazetteer(PhraseIndex<List<PlaceEntry>> index, Map<String, PlaceEntry> countries) {
        this.index = index;
        this.countries = Map.copyOf(countries);
    }

    /**
     * Loads the gazetteer shipped with Parley from the class path. Each call reads the file
     * again; keep the instance.
     *
     * @throws DictionaryFormatException naming the resource and line of a malformed row
     */
    public static Gazetteer builtIn() {
        return load(TsvReader.resource(PLACES));
    }

    /**
     * Loads a gazetteer in the format of {@code places.tsv}; the reader is closed. Columns:
     * name, aliases ({@code |}-separated), kind, country, admin1, lat, lon, population, capital.
     */
    static Gazetteer load(TsvReader.Source source) {
        Builder builder = builder();
        for (TsvReader.Row row : TsvReader.read(source)) {
            PlaceEntry place = place(row);
            if (place.kind() == PlaceKind.COUNTRY && builder.countries.containsKey(place.country())) {
                throw row.problem("second COUNTRY row for " + place.country());
            }
            List<String> names = new ArrayList<>(List.of(place.name()));
            names.addAll(row.list(1));
            for (String name : names) {
                if (PhraseKey.of(name).isEmpty()) {
                    throw row.problem("name '" + name + "' has no words");
                }
            }
            builder.add(place, names);
        }
        return builder.build();
    }

    /** @return an empty builder, for gazetteers assembled from other sources (GeoNames) */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Assembles a gazetteer from places and their names. Not thread-safe; {@link #build} may be
     * called once.
     */
    public static final class Builder {
        private final Map<String, List<PlaceEntry>> byName = new HashMap<>();
        private final Map<String, Boolean> acronymOnly = new HashMap<>();
        private final Map<String, PlaceEntry> countries = new HashMap<>();

        private Builder() {
        }

        /**
         * Adds a place under each of its names; adding an equal place again only adds names. The
         * first COUNTRY entry of an ISO code is the one {@link Gazetteer#country} returns.
         *
         * @param names the name and aliases; one written as an acronym ("UAE") matches only
         *              text written as one
         */
        public Builder add(PlaceEntry place, Collection<String> names) {
            Objects.requireNonNull(place, "place");
            if (place.kind() == PlaceKind.COUNTRY) {
                countries.putIfAbsent(place.country(), place);
            }
            for (String name : names) {
                String key = PhraseKey.of(name);
                if (!key.isEmpty()) {
                    put(key, PhraseKey.isAcronym(name), place);
                }
            }
            return this;
        }

        /**
         * Adds every place of another gazetteer under the names it has there, mapped first:
         * {@code mapping} returns the place to file those names under, or {@code null} to leave
         * the place out.
         */
        public Builder addAll(Gazetteer other, Function<PlaceEntry, PlaceEntry> mapping) {
            Map<PlaceEntry, PlaceEntry> mapped = new HashMap<>();
            other.index.all().forEach((key, places) -> {
                for (PlaceEntry place : places) {
                    PlaceEntry target = mapped.computeIfAbsent(place, mapping);
                    if (target != null) {
                        if (target.kind() == PlaceKind.COUNTRY) {
                            countries.putIfAbsent(target.country(), target);
                        }
                        put(key, other.index.isAcronym(key), target);
                    }
                }
            });
            return this;
        }

        private void put(String key, boolean acronym, PlaceEntry place) {
            acronymOnly.merge(key, acronym, Boolean::logicalAnd);
            List<PlaceEntry> list = byName.computeIfAbsent(key, k -> new ArrayList<>(1));
            if (!list.contains(place)) {
                list.add(place);
            }
        }

        public Gazetteer build() {
            Map<String, List<PlaceEntry>> sorted = new HashMap<>(byName.size() * 4 / 3 + 1);
            byName.forEach((k, list) -> sorted.put(k, list.size() == 1 ? List.of(list.get(0))
                    : capitalsBeforeTheirRegions(list.stream().sorted(MOST_POPULOUS).toList())));
            Set<String> acronyms = new HashSet<>();
            acronymOnly.forEach((key, only) -> {
                if (only) {
                    acronyms.add(key);
                }
            });
            return new Gazetteer(new PhraseIndex<>(sorted, acronyms), countries);
        }
    }

    /**
     * Where a country's capital shares its name with one of that country's regions, the name
     * means the capital ("Washington", not the state whose largest city is larger; "Kuala
     * Lumpur", "Delhi"), so the capital moves just before the region.
     */
    static List<PlaceEntry> capitalsBeforeTheirRegions(List<PlaceEntry> ranked) {
        List<PlaceEntry> out = new ArrayList<>(ranked);
        for (PlaceEntry capital : ranked) {
            if (!capital.capital() || capital.kind() != PlaceKind.CITY) {
                continue;
            }
            for (int i = 0; i < out.indexOf(capital); i++) {
                PlaceEntry region = out.get(i);
                if (region.kind() == PlaceKind.REGION && region.country().equals(capital.country())) {
                    out.remove(capital);
                    out.add(i, capital);
                    break;
                }
            }
        }
        return List.copyOf(out);
    }

    private static PlaceEntry place(TsvReader.Row row) {
        String name = row.required(0, "name");
        PlaceKind kind;
        try {
            kind = PlaceKind.valueOf(row.required(2, "kind").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw row.problem("kind '" + row.get(2) + "' is not country, region or city");
        }
        String country = row.required(3, "country");
        if (!country.matches("[A-Z]{3}")) {
            throw row.problem("country '" + country + "' is not an ISO 3166 alpha-3 code");
        }
        String admin1 = row.get(4).isEmpty() ? null : row.get(4);
        double lat = number(row, 5, "lat", -90, 90);
        double lon = number(row, 6, "lon", -180, 180);
        long population = row.get(7).isEmpty() ? 0 : (long) number(row, 7, "population", 0, 1e10);
        String capital = row.get(8);
        if (!capital.isEmpty() && !capital.equals("1") && !capital.equals("0")) {
            throw row.problem("capital flag '" + capital + "' is not 1, 0 or empty");
        }
        // The list holds the cities that news about conflict and diplomacy names: all prominent.
        return new PlaceEntry(name, kind, country, admin1, lat, lon, population, capital.equals("1"),
                capital.equals("1") || kind == PlaceKind.CITY, null);
    }

    private static double number(TsvReader.Row row, int column, String what, double min, double max) {
        String text = row.required(column, what);
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw row.problem(what + " '" + text + "' is not a number");
        }
        if (value < min || value > max) {
            throw row.problem(what + " " + text + " is outside " + min + ".." + max);
        }
        return value;
    }

    /**
     * An alias listed only as an acronym ("UAE") matches only a name written in capitals or
     * with full stops.
     *
     * @param name a place name or alias ("Amman", "the West Bank")
     * @return the places of that name, most populous first; empty when none
     */
    public List<PlaceEntry> lookup(String name) {
        List<PlaceEntry> found = index.get(name);
        return found == null ? List.of() : found;
    }

    /**
     * Finds the longest place name starting at {@code words[from]}, compared as in
     * {@link #lookup}; a leading "the" in the text is optional and counts in the length when
     * present.
     *
     * @return the candidates of that name, most populous first, and the words covered; empty when none
     */
    public Optional<PlaceMatch> longestMatch(List<String> words, int from) {
        return index.longest(words, from).map(hit -> new PlaceMatch(hit.length(), hit.value()));
    }

    /** @return the COUNTRY entry of an ISO alpha-3 code, with its representative point */
    public Optional<PlaceEntry> country(String iso3) {
        return Optional.ofNullable(countries.get(iso3));
    }

    /** @return the number of places */
    public int size() {
        return (int) index.all().values().stream().flatMap(List::stream).distinct().count();
    }
}
