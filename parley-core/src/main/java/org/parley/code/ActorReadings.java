package org.parley.code;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What {@link ActorReader} read from a phrase, remembered for the rest of one document: the
 * coding rules ask for the actor of the same head many times (as source and target of each
 * trigger, for claimants, antecedents, allegations), and a reading is a pure function of the
 * sentence, the head, the text, the date and the sector flag.
 *
 * <p>Confined to one thread and one document, like the {@link ActorReader} that owns it; it
 * grows with the heads read in that document and goes with it.
 *
 * @param <V> what a reading gives
 */
final class ActorReadings<V> {
    /** The sentence by identity: a graph is built once per sentence and never changes. */
    private record Key(DependencyGraph graph, int head, String text, LocalDate when, boolean sectorOnly) {
    }

    private final Map<Key, V> known = new HashMap<>();

    /** The remembered reading of these arguments, or {@code reading}'s, then remembered. */
    V get(DependencyGraph graph, int head, String text, LocalDate when, boolean sectorOnly, Supplier<V> reading) {
        Key key = new Key(graph, head, text, when, sectorOnly);
        V value = known.get(key);
        if (value == null) {
            // Not computeIfAbsent: a reading may read other heads, which would modify the map inside.
            value = reading.get();
            known.put(key, value);
        }
        return value;
    }
}
