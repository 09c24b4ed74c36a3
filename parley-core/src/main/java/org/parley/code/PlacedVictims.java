package org.parley.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Actor;
import org.parley.model.Place;
import org.parley.resolve.PlaceContext;

/**
 * Targets known only as a count of people ("killed 23 people", "wounded civilians", "shot
 * passers-by") belong to the country of the place the event happened in, not to the source's:
 * bombers who "killed 23 people in Tel Aviv" killed people of Israel, whoever the bombers were.
 * The evidence is ordered: a country in the victims' own phrase ({@link ActorLocator}) first, then
 * the event's place (a locative of the trigger's clause or its nouns, else the one country all the
 * sentence's located place names agree on), and only then the source's country ({@link Pairing}).
 * Only words for unnamed people count; a sector with a nationality of its own ("settlers",
 * "police", "soldiers") keeps the source's country as its fallback. Stateless.
 */
final class PlacedVictims {
    /** Heads that name people only by number or presence, never by allegiance. */
    private static final Set<String> UNNAMED = Set.of("people", "person", "civilian", "passer-by", "passerby",
            "bystander", "resident", "villager", "inhabitant", "pedestrian", "shopper", "commuter", "worshipper",
            "worshiper");

    private PlacedVictims() {
    }

    /**
     * The targets with each sector-only unnamed-people target given the country of the event's
     * place; the others unchanged. The list is returned as it is when the event has no place.
     */
    static List<Actor> inPlaceOf(DependencyGraph graph, TriggerMatch m, List<Actor> targets, PlaceReader places,
            PlaceContext context, List<PlaceReader.Found> sentencePlaces) {
        if (targets.stream().noneMatch(t -> t.country() == null && isUnnamed(t))) {
            return targets;
        }
        Optional<String> country = places.read(graph, m.clauseHead(), context)
                .or(() -> places.readBelow(graph, m.clauseHead(), context)).map(Place::country)
                .or(() -> onlyLocatedCountry(sentencePlaces));
        if (country.isEmpty()) {
            return targets;
        }
        List<Actor> out = new ArrayList<>(targets.size());
        for (Actor t : targets) {
            out.add(t.country() == null && isUnnamed(t)
                    ? new Actor(t.text(), country.get() + t.sector(), country.get(), t.sector(), t.span()) : t);
        }
        return out;
    }

    private static boolean isUnnamed(Actor target) {
        String[] words = target.text().toLowerCase(Locale.ROOT).split("\\s+");
        String head = words[words.length - 1];
        String singular = head.endsWith("s") && !head.endsWith("ss") ? head.substring(0, head.length() - 1) : head;
        return "CVL".equals(target.sector()) && (UNNAMED.contains(head) || UNNAMED.contains(singular)
                || head.equals("passers-by") || head.equals("bystanders"));
    }

    /** The one country that every place the sentence names after a locative ("in", "at") lies in, or empty. */
    private static Optional<String> onlyLocatedCountry(List<PlaceReader.Found> sentencePlaces) {
        String country = null;
        for (PlaceReader.Found f : sentencePlaces) {
            if (!f.located() || f.place().country() == null) {
                continue;
            }
            if (country != null && !country.equals(f.place().country())) {
                return Optional.empty();
            }
            country = f.place().country();
        }
        return Optional.ofNullable(country);
    }
}
