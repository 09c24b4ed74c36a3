package org.parley.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.parley.model.EventMention;
import org.parley.model.Place;
import org.parley.ontology.Cameo;

/**
 * The front door of evaluation: scores Parley's events on gold records, one record at a time, and
 * sums the figures of a set. Each record's score is a pure function of the record and the events
 * Parley coded in its text; see {@link SetResult} for what is measured.
 *
 * <p>A gold coding and a Parley event <em>match</em> when their sources agree and their targets
 * agree ({@link ActorCodes}: same primary code); a gold coding without a target matches events of
 * its source whatever their target, one without a source events of its target. Direction
 * matters: a gold A→B is not matched by B→A. For the type, root and actor-code figures of a
 * matched coding Parley gets the benefit of the doubt: if any matching event has the right value,
 * it counts as right.
 *
 * <p>Not thread-safe: one evaluation per set, fed by one thread.
 */
public final class Evaluation {

    private final String set;
    private final EventTypes types;
    private int records;
    private int codings;
    private int events;
    private final Tally pairs = new Tally();
    private final Tally typedRecall = new Tally();
    private final Tally plover = new Tally();
    private final Tally roots = new Tally();
    private final Tally precision = new Tally();
    private final Tally typedPrecision = new Tally();
    private final Tally sourceCode = new Tally();
    private final Tally targetCode = new Tally();
    private final Tally placeName = new Tally();
    private final Tally placeCountry = new Tally();
    private final Map<String, Map<String, Integer>> confusion = new TreeMap<>();

    /**
     * @param set   the set's short name, for the result
     * @param cameo the CAMEO ontology, which gives the PLOVER type of gold CAMEO codes
     */
    public Evaluation(String set, Cameo cameo) {
        this.set = Objects.requireNonNull(set, "set");
        this.types = new EventTypes(Objects.requireNonNull(cameo, "cameo"));
    }

    /**
     * Scores one record.
     *
     * @param record the gold record
     * @param found  every event Parley coded in the record's text
     * @return the record's gold codings that Parley missed or typed wrongly
     */
    public List<Miss> add(GoldRecord record, List<EventMention> found) {
        records++;
        codings += record.codings().size();
        events += found.size();
        List<Miss> misses = new ArrayList<>();
        for (GoldCoding coding : record.codings()) {
            List<EventMention> matching = found.stream().filter(e -> matches(coding, e)).toList();
            String goldType = types.of(coding);
            boolean typedRight = goldType != null && matching.stream().anyMatch(e -> goldType.equals(types.fold(e.plover())));
            if (goldType != null) {
                typedRecall.count(typedRight);
            }
            pairs.count(!matching.isEmpty());
            if (matching.isEmpty()) {
                misses.add(new Miss(record, coding, Miss.Kind.MISSED, goldType, null, found));
                continue;
            }
            if (goldType != null) {
                plover.count(typedRight);
                String parleyType = typedRight ? goldType : types.fold(matching.get(0).plover());
                confusion.computeIfAbsent(goldType, k -> new TreeMap<>()).merge(String.valueOf(parleyType), 1, Integer::sum);
                if (!typedRight) {
                    misses.add(new Miss(record, coding, Miss.Kind.WRONG_TYPE, goldType, parleyType, found));
                }
            }
            String root = types.cameoRoot(coding.cameo());
            if (root != null) {
                roots.count(matching.stream().anyMatch(e -> root.equals(e.root())));
            }
            if (coding.source() != null) {
                sourceCode.count(matching.stream().anyMatch(e -> ActorCodes.same(coding.source(), e.source())));
            }
            if (coding.target() != null) {
                targetCode.count(matching.stream().anyMatch(e -> ActorCodes.same(coding.target(), e.target())));
            }
        }
        for (EventMention event : found) {
            precision.count(record.codings().stream().anyMatch(c -> matches(c, event)));
            String type = types.fold(event.plover());
            typedPrecision.count(record.codings().stream()
                    .anyMatch(c -> matches(c, event) && type != null && type.equals(types.of(c))));
        }
        PlaceCheck place = checkPlace(record, found);
        if (place != null) {
            placeName.count(place.nameRight());
            if (place.countryRight() != null) {
                placeCountry.count(place.countryRight());
            }
        }
        return misses;
    }

    /**
     * The events that match none of the record's gold codings: those {@link SetResult#precision()}
     * counts as wrong, in the order given; a pure function that counts nothing.
     *
     * @param record the gold record
     * @param found  every event Parley coded in the record's text
     * @return the unmatched events, each once per time it occurs in {@code found}
     */
    public static List<EventMention> extras(GoldRecord record, List<EventMention> found) {
        return found.stream().filter(e -> record.codings().stream().noneMatch(c -> matches(c, e))).toList();
    }

    /**
     * How Parley's place compares with the record's gold place, as the place figures judge it; a
     * pure function that counts nothing.
     *
     * @param record the gold record
     * @param found  every event Parley coded in the record's text
     * @return the comparison, or {@code null} when the record has no gold place
     */
    public static PlaceCheck checkPlace(GoldRecord record, List<EventMention> found) {
        GoldPlace gold = record.place();
        if (gold == null) {
            return null;
        }
        List<EventMention> matched = new ArrayList<>();
        for (GoldCoding coding : record.codings()) {
            found.stream().filter(e -> matches(coding, e)).forEach(matched::add);
        }
        Place parley = placeOf(matched, found);
        List<Place> all = new ArrayList<>();
        found.forEach(e -> all.add(e.place()));
        boolean name = parley != null && sameName(gold.name(), parley.name());
        Boolean country = gold.country() == null ? null : parley != null && gold.country().equals(parley.country());
        return new PlaceCheck(record, parley, all, name, country);
    }

    /** The comparison types in PLOVER order, for tables: PLOVER 2.0 with CONCEDE and RETREAT as one. */
    public static List<String> types() {
        return EventTypes.ORDER;
    }

    /** The figures of every record added so far. */
    public SetResult result() {
        Map<String, Map<String, Integer>> matrix = new LinkedHashMap<>();
        for (String gold : ordered(confusion.keySet())) {
            Map<String, Integer> row = new LinkedHashMap<>();
            for (String parley : ordered(confusion.get(gold).keySet())) {
                row.put(parley, confusion.get(gold).get(parley));
            }
            matrix.put(gold, Collections.unmodifiableMap(row));
        }
        return new SetResult(set, records, codings, events, pairs.ratio(), typedRecall.ratio(), plover.ratio(),
                roots.ratio(), precision.ratio(), typedPrecision.ratio(), sourceCode.ratio(), targetCode.ratio(),
                placeName.ratio(), placeCountry.ratio(), Collections.unmodifiableMap(matrix));
    }

    private static boolean matches(GoldCoding coding, EventMention event) {
        if (coding.source() == null && coding.target() == null) {
            return false;
        }
        return (coding.source() == null || ActorCodes.agree(coding.source(), event.source()))
                && (coding.target() == null || ActorCodes.agree(coding.target(), event.target()));
    }

    /** The place of the first matched event that has one, else of the first event that has one. */
    private static Place placeOf(List<EventMention> matched, List<EventMention> found) {
        for (List<EventMention> events : List.of(matched, found)) {
            for (EventMention event : events) {
                if (event.place() != null) {
                    return event.place();
                }
            }
        }
        return null;
    }

    /**
     * Place names agree when, folded to lower-case letters without accents, one is the other or
     * contains it as whole words ("province of Herat" and "Herat").
     */
    static boolean sameName(String gold, String parley) {
        if (parley == null) {
            return false;
        }
        String a = " " + words(gold) + " ";
        String b = " " + words(parley) + " ";
        return !a.isBlank() && !b.isBlank() && (a.contains(b) || b.contains(a));
    }

    private static String words(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static List<String> ordered(Set<String> labels) {
        List<String> sorted = new ArrayList<>(labels);
        sorted.sort((x, y) -> Integer.compare(rank(x), rank(y)) != 0 ? Integer.compare(rank(x), rank(y)) : x.compareTo(y));
        return sorted;
    }

    private static int rank(String label) {
        int i = EventTypes.ORDER.indexOf(label);
        return i < 0 ? EventTypes.ORDER.size() : i;
    }

    /** A numerator and a denominator being counted. */
    private static final class Tally {
        private int right;
        private int judged;

        void count(boolean isRight) {
            judged++;
            if (isRight) {
                right++;
            }
        }

        Ratio ratio() {
            return new Ratio(right, judged);
        }
    }
}
