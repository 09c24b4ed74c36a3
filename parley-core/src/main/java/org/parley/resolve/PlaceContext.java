package org.parley.resolve;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a document says about where it is: the countries it names (as actors or places), the
 * first-level regions it names ("Texas"), and the places it names that have only one reading
 * (anchors, for proximity).
 *
 * @param countries ISO alpha-3 codes
 * @param regions   region keys, see {@link #regionKey}
 * @param anchors   unambiguous places of the document
 */
public record PlaceContext(Set<String> countries, Set<String> regions, List<PlaceEntry> anchors) {
    public static final PlaceContext EMPTY = new PlaceContext(Set.of(), Set.of(), List.of());

    public PlaceContext {
        countries = Set.copyOf(countries);
        regions = Set.copyOf(regions);
        anchors = List.copyOf(anchors);
    }

    /** A context of countries only. */
    public static PlaceContext ofCountries(Set<String> countries) {
        return new PlaceContext(countries, Set.of(), List.of());
    }

    /** @return the key of a region of a country: "USA/texas" */
    public static String regionKey(String country, String admin1) {
        return country + "/" + admin1.toLowerCase(Locale.ROOT);
    }

    /** @return true when the document names the first-level region that {@code place} lies in or is */
    boolean namesRegionOf(PlaceEntry place) {
        return place.admin1() != null && regions.contains(regionKey(place.country(), place.admin1()));
    }

    /** The context with the places of some more mentions: their countries, regions and single readings. */
    public PlaceContext with(List<PlaceEntry> places) {
        Set<String> c = new HashSet<>(countries);
        Set<String> r = new HashSet<>(regions);
        java.util.ArrayList<PlaceEntry> a = new java.util.ArrayList<>(anchors);
        for (PlaceEntry p : places) {
            c.add(p.country());
            if (p.kind() == PlaceKind.REGION && p.admin1() != null) {
                r.add(regionKey(p.country(), p.admin1()));
            }
            if (!a.contains(p)) {
                a.add(p);
            }
        }
        return new PlaceContext(c, r, a);
    }
}
