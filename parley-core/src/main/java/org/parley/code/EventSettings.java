package org.parley.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.model.Arc;
import org.parley.model.Place;
import org.parley.resolve.PlaceContext;

/**
 * Finds sentences that say where or when events named by a noun happened: "The meetings took
 * place in Amman", "The talks were held in Geneva on Monday". Those settings apply to the events
 * of that type reported just before.
 */
final class EventSettings {
    private static final Set<String> HAPPEN = Set.of("happen", "occur", "convene", "unfold", "begin", "start", "end", "conclude", "open", "resume");

    /** Where and when events of a CAMEO root happened; place or date may be null. */
    record Setting(String root, Place place, String date) {
    }

    private final DependencyGraph graph;
    private final EventLexicon lexicon;
    private final PlaceReader places;
    private final PlaceContext context;
    private final java.time.LocalDate published;

    EventSettings(DependencyGraph graph, EventLexicon lexicon, PlaceReader places, PlaceContext context,
                  java.time.LocalDate published) {
        this.published = published;
        this.graph = graph;
        this.lexicon = lexicon;
        this.places = places;
        this.context = context;
    }

    List<Setting> find() {
        List<Setting> settings = new ArrayList<>(1);
        for (int v = 0; v < graph.size(); v++) {
            if (!graph.token(v).isVerb() || !isHappening(v)) {
                continue;
            }
            for (Arc arc : graph.dependents(v)) {
                if (!arc.relation().equals("nsubj") && !arc.relation().equals("nsubj:pass")) {
                    continue;
                }
                List<LexiconEntry> entries = lexicon.entries(graph.lemma(arc.dependent()), true);
                if (entries.isEmpty() || entries.get(0).blocks()) {
                    continue;
                }
                Place place = places.read(graph, v, context).orElse(null);
                String date = new EventTime(graph, published).stated(v).orElse(null);
                if (place != null || date != null) {
                    settings.add(new Setting(entries.get(0).code().substring(0, 2), place, date));
                }
            }
        }
        return settings;
    }

    private boolean isHappening(int verb) {
        String lemma = graph.lemma(verb);
        if (HAPPEN.contains(lemma)) {
            return true;
        }
        if (lemma.equals("take")) {
            return graph.hasDependent(verb, "obj", Set.of("place"));
        }
        return lemma.equals("hold") && graph.isPassive(verb);
    }
}
