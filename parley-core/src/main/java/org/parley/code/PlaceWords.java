package org.parley.code;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.model.Arc;
import org.parley.resolve.PlaceKind;

/**
 * What common words say about place names. A direction or a kind of place ("the West", "the
 * East of the country", "the City", "the Capital") is, alone, no place's name, though the
 * gazetteer has regions so called (Cameroon's "East") and many names begin with such words ("West
 * Bank", "East Timor", "Kuwait City"). And a noun of settlement tells which reading of a name is
 * meant: "the city of Basra" is the city, "the province of Basra" the region.
 *
 * <p>Stateless.
 */
final class PlaceWords {
    private static final Set<String> GENERIC = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "north-east", "north-west", "south-east", "south-west", "central", "centre",
            "center", "middle", "city", "town", "village", "capital", "port", "state", "province", "region",
            "district", "county", "island", "coast", "border", "interior", "mainland", "north-central");
    private static final Set<String> CITIES = Set.of("city", "town", "village", "capital", "port", "suburb",
            "township", "hamlet");
    private static final Set<String> REGIONS = Set.of("province", "region", "district", "state", "governorate",
            "county", "prefecture", "oblast", "department");

    private PlaceWords() {
    }

    /** Nouns for a stretch of territory, which a demonym or country name modifies as a place, not as a party. */
    private static final Set<String> TERRITORY = Set.of("border", "frontier", "side", "port", "coast", "coastline",
            "shore", "city", "town", "village", "capital", "region", "province", "district", "area", "outskirts",
            "suburb", "island", "mainland", "territory", "waters", "airspace", "soil", "enclave", "zone");
    /** Prepositions that set where something is. */
    private static final Set<String> LOCATIVES = Set.of("on", "at", "near", "along", "across", "in", "inside",
            "within", "by", "beside", "from", "off", "over");

    /**
     * True when {@code noun} names a stretch of territory as the setting of something else ("a
     * stronghold on the Thai border", "clashes near the Iraqi side of the frontier"): its demonym or
     * country modifier then says where, and names no party to the event.
     */
    static boolean isLocatedTerritory(DependencyGraph graph, int noun) {
        if (!TERRITORY.contains(graph.lemma(noun).toLowerCase(Locale.ROOT))) {
            return false;
        }
        Arc up = graph.head(noun);
        if (up == null) {
            return false;
        }
        String base = up.baseRelation();
        return (base.equals("obl") || base.equals("nmod")) && LOCATIVES.contains(up.subtype());
    }

    /**
     * True when the gazetteer's match of {@code length} words at {@code start} (a leading "the"
     * counted) is a single direction or kind of place, which names no place on its own.
     */
    static boolean isGeneric(List<String> words, int start, int length) {
        int first = start;
        if (length > 1 && words.get(start).equalsIgnoreCase("the")) {
            first++;
        }
        return start + length - first == 1 && GENERIC.contains(words.get(first).toLowerCase(Locale.ROOT));
    }

    /** The kind of place a settlement noun's lemma names ("town": a city), or null for other nouns. */
    static PlaceKind kindNamedBy(String lemma) {
        String word = lemma.toLowerCase(Locale.ROOT);
        if (CITIES.contains(word)) {
            return PlaceKind.CITY;
        }
        return REGIONS.contains(word) ? PlaceKind.REGION : null;
    }
}
