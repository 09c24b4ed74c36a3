package org.parley.resolve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/**
 * Chooses which place a name means, by an ordered chain of small passes that each count what
 * they decide: not a place (demonyms, organisations), the only reading, a place in a region the
 * document names, a country's own name, a place in a country the document names, a misspelt
 * context country, the reading nearest the document's other places, the most populous reading.
 * The passes and their order are documented in {@code docs/GAZETTEER.md}.
 *
 * <p>Thread-safe: choosing is a pure function of the mention and the context; only the counts
 * are shared, and they are adders.
 */
public final class PlaceResolver {
    private final List<PlacePass> passes;
    private final Map<String, LongAdder> counts = new LinkedHashMap<>();

    public PlaceResolver(Gazetteer gazetteer) {
        this.passes = PlacePasses.chain(Objects.requireNonNull(gazetteer, "gazetteer"));
        for (PlacePass pass : passes) {
            counts.put(pass.name(), new LongAdder());
        }
    }

    /** @return the place the mention means, or empty when it is not a place here */
    public Optional<PlaceEntry> resolve(PlaceMention mention, PlaceContext context) {
        for (PlacePass pass : passes) {
            PlacePass.Decision decision = pass.decide(mention, context);
            if (decision != null) {
                counts.get(pass.name()).increment();
                return Optional.ofNullable(decision.place());
            }
        }
        throw new IllegalStateException("the last pass decides every mention");
    }

    /** @return how many mentions each pass decided since this resolver was made, in pass order */
    public Map<String, Long> counts() {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.forEach((name, n) -> out.put(name, n.sum()));
        return out;
    }
}
