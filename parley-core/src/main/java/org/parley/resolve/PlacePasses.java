package org.parley.resolve;

import java.util.List;
import java.util.Set;

/**
 * The passes of {@link PlaceResolver}, in the order they run. Each is small and looks at one
 * kind of evidence; the first that decides wins.
 */
final class PlacePasses {
    /** A place in a country the document names loses only to one this many times as populous. */
    static final long CONTEXT_POPULATION_RATIO = 50;
    /**
     * A prominent city elsewhere ({@link PlaceEntry#prominent}) beats an ordinary town of the same
     * name in a country the document names when it is this many times as populous.
     */
    static final long SEAT_POPULATION_RATIO = 5;
    /** Proximity decides only for a candidate this close to an unambiguous place of the document. */
    static final double NEAR_KM = 250;

    private PlacePasses() {
    }

    static List<PlacePass> chain(Gazetteer gazetteer) {
        return List.of(new NotAPlace(), new OnlyReading(), new ExactAdmin(), new CountryName(),
                new CountryContext(), new ContextSpelling(gazetteer), new Proximity(), new Population());
    }

    /**
     * Demonyms, organisations, offices and people are not places ("European", "Columbia
     * University", "the White House"),
     * even where a town of that name exists: the actor dictionary or the tagger says what the
     * words are. A country name tagged as an organisation is still the country (metonymy).
     */
    static final class NotAPlace implements PlacePass {
        private static final Set<ActorKind> NOT_PLACES = Set.of(ActorKind.DEMONYM, ActorKind.ORGANISATION, ActorKind.PERSON,
                ActorKind.OFFICE);
        private static final Set<String> NOT_PLACE_TAGS = Set.of("PERSON", "MISC", "ORGANIZATION", "NATIONALITY");

        @Override
        public String name() {
            return "not-a-place";
        }

        @Override
        public Decision decide(PlaceMention m, PlaceContext c) {
            if (m.text().isEmpty() || !Character.isUpperCase(m.text().codePointAt(0))) {
                return Decision.NOT_A_PLACE;
            }
            if (m.actorKind() != null && NOT_PLACES.contains(m.actorKind())) {
                return Decision.NOT_A_PLACE;
            }
            boolean country = m.candidates().get(0).kind() == PlaceKind.COUNTRY;
            if (NOT_PLACE_TAGS.contains(m.ner()) && !(country && m.ner().equals("ORGANIZATION"))) {
                return Decision.NOT_A_PLACE;
            }
            return null;
        }
    }

    /** A name with one reading is that place. */
    static final class OnlyReading implements PlacePass {
        @Override
        public String name() {
            return "only-reading";
        }

        @Override
        public Decision decide(PlaceMention m, PlaceContext c) {
            return m.candidates().size() == 1 ? new Decision(m.candidates().get(0)) : null;
        }
    }

    /** A place in a first-level region the document names ("Paris" in a story about Texas). */
    static final class ExactAdmin implements PlacePass {
        @Override
        public String name() {
            return "exact-admin";
        }

        @Override
        public Decision decide(PlaceMention m, PlaceContext c) {
            for (PlaceEntry p : m.candidates()) {
                if (c.namesRegionOf(p)) {
                    return new Decision(p);
                }
            }
            return null;
        }
    }

    /** A country's name means the country ("Jordan", not the town in Minnesota). */
    static final class CountryName implements PlacePass {
        @Override
        public String name() {
            return "country-name";
        }

        @Override
        public Decision decide(PlaceMention m, PlaceContext c) {
            for (PlaceEntry p : m.candidates()) {
                if (p.kind() == PlaceKind.COUNTRY) {
                    return new Decision(p);
                }
            }
            return null;
        }
    }

    /**
     * The most populous place in a country the document names, unless a place elsewhere is far
     * larger ("Paris" in a story about American diplomacy is still in France), or is a prominent
     * city several times larger while the place in the named country is an ordinary town
     * ("Geneva" in a story about American and Russian negotiators is the Swiss city, not the
     * towns in Illinois and New York). Capitals and regional seats are what international news is
     * written about; a story that means the small town names its state, which {@link ExactAdmin}
     * reads first.
     */
    static final class CountryContext implements PlacePass {
        @Override
        public String name() {
            return "country-context";
        }

        @Override
        public Decision decide(PlaceMention m, PlaceContext c) {
            PlaceEntry top = m.candidates().get(0);
            for (PlaceEntry p : m.candidates()) {
                if (c.countries().contains(p.country())) {
                    long own = Math.max(1, p.population());
                    boolean dwarfed = top.population() > CONTEXT_POPULATION_RATIO * own;
                    PlaceEntry seat = largestProminent(m.candidates());
                    boolean outranked = seat != null && !p.prominent()
                            && seat.population() >= SEAT_POPULATION_RATIO * own;
                    return dwarfed || outranked ? null : new Decision(p);
                }
            }
            return null;
        }

        private static PlaceEntry largestProminent(List<PlaceEntry> candidates) {
            for (PlaceEntry p : candidates) {
                if (p.prominent()) {
                    return p;
                }
            }
            return null;
        }
    }

    /**
     * A name one letter away from a country the document names, with no reading in any country
     * it names, is that country misspelt ("Columbia" in a story about Bogotá).
     */
    static final class ContextSpelling implements PlacePass {
        private final Gazetteer gazetteer;

        ContextSpelling(Gazetteer gazetteer) {
            this.gazetteer = gazetteer;
        }

        @Override
        public String name() {
            return "context-spelling";
        }

        @Override
        public Decision decide(PlaceMention m, PlaceContext c) {
            String key = PhraseKey.of(m.text());
            if (key.length() < 5) {
                return null;
            }
            for (String iso3 : c.countries()) {
                PlaceEntry country = gazetteer.country(iso3).orElse(null);
                if (country != null && oneEditApart(key, PhraseKey.of(country.name()))) {
                    return new Decision(country);
                }
            }
            return null;
        }

        /** True when one substitution, insertion or deletion turns a into b. */
        static boolean oneEditApart(String a, String b) {
            if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
                return false;
            }
            int i = 0;
            while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
                i++;
            }
            if (a.length() == b.length()) {
                return a.substring(i + 1).equals(b.substring(i + 1));
            }
            return a.length() < b.length() ? a.substring(i).equals(b.substring(i + 1)) : a.substring(i + 1).equals(b.substring(i));
        }
    }

    /** The reading nearest to the document's unambiguous places, when it is near one and the largest is not. */
    static final class Proximity implements PlacePass {
        @Override
        public String name() {
            return "proximity";
        }

        @Override
        public Decision decide(PlaceMention m, PlaceContext c) {
            if (c.anchors().isEmpty()) {
                return null;
            }
            PlaceEntry nearest = null;
            double best = Double.MAX_VALUE;
            for (PlaceEntry p : m.candidates()) {
                double d = distanceToAnchors(p, c);
                if (d < best) {
                    best = d;
                    nearest = p;
                }
            }
            boolean topNear = distanceToAnchors(m.candidates().get(0), c) <= NEAR_KM;
            return best <= NEAR_KM && !topNear ? new Decision(nearest) : null;
        }

        private static double distanceToAnchors(PlaceEntry p, PlaceContext c) {
            double min = Double.MAX_VALUE;
            for (PlaceEntry a : c.anchors()) {
                if (a.kind() != PlaceKind.COUNTRY) {
                    min = Math.min(min, kilometres(p.lat(), p.lon(), a.lat(), a.lon()));
                }
            }
            return min;
        }

        /** Great-circle distance (haversine). */
        static double kilometres(double lat1, double lon1, double lat2, double lon2) {
            double dLat = Math.toRadians(lat2 - lat1);
            double dLon = Math.toRadians(lon2 - lon1);
            double h = Math.pow(Math.sin(dLat / 2), 2)
                    + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
            return 2 * 6371.0 * Math.asin(Math.sqrt(Math.min(1, h)));
        }
    }

    /** Otherwise the most populous reading. */
    static final class Population implements PlacePass {
        @Override
        public String name() {
            return "population";
        }

        @Override
        public Decision decide(PlaceMention m, PlaceContext c) {
            return new Decision(m.candidates().get(0));
        }
    }
}
