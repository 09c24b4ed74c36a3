package org.parley.code;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.model.AnnotatedDocument;
import org.parley.model.EventMention;
import org.parley.ontology.Cameo;
import org.parley.resolve.ActorDictionary;
import org.parley.resolve.Gazetteer;
import org.parley.resolve.PlaceResolver;

/**
 * The code stage's front door: finds the event mentions of an annotated document and resolves
 * their actors, date, place, mood, attribution and evidence.
 *
 * <p>Thread-safe once built: one instance serves every worker thread. Coding a document is a
 * pure function of the document and the dictionaries; the only state is the place
 * disambiguation counts ({@link #placeCounts}).
 */
public final class EventCoder {
    private final EventLexicon lexicon;
    private final Cameo cameo;
    private final ActorDictionary actors;
    private final Gazetteer gazetteer;
    private final SynonymSource synonyms;
    private final PlaceResolver placeResolver;

    private EventCoder(Builder b) {
        this.lexicon = b.lexicon != null ? b.lexicon : EventLexicon.builtIn();
        this.cameo = b.cameo != null ? b.cameo : Cameo.builtIn();
        this.actors = b.actors != null ? b.actors : ActorDictionary.builtIn();
        this.gazetteer = b.gazetteer != null ? b.gazetteer : Gazetteer.builtIn();
        this.synonyms = b.synonyms;
        this.placeResolver = new PlaceResolver(gazetteer);
    }

    /** A coder with the built-in lexicon, ontology, dictionaries and gazetteer, and no synonyms. */
    public static EventCoder withDefaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The event mentions of a document, in order of sentence and trigger. */
    public List<EventMention> code(AnnotatedDocument document) {
        Objects.requireNonNull(document, "document");
        return new DocumentCoding(document, lexicon, cameo, actors, gazetteer, placeResolver, synonyms).run();
    }

    /**
     * @return how many place names each disambiguation pass has decided in the documents this
     *         coder has coded so far, in pass order (see {@link PlaceResolver})
     */
    public Map<String, Long> placeCounts() {
        return placeResolver.counts();
    }

    /** Configuration with named defaults: every part not set is the built-in one. */
    public static final class Builder {
        private EventLexicon lexicon;
        private Cameo cameo;
        private ActorDictionary actors;
        private Gazetteer gazetteer;
        private SynonymSource synonyms = SynonymSource.NONE;

        private Builder() {
        }

        /** Where the coder looks for verbs the lexicon does not list; default none. */
        public Builder synonyms(SynonymSource synonyms) {
            this.synonyms = Objects.requireNonNull(synonyms, "synonyms");
            return this;
        }

        public Builder lexicon(EventLexicon lexicon) {
            this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
            return this;
        }

        public Builder actors(ActorDictionary actors) {
            this.actors = Objects.requireNonNull(actors, "actors");
            return this;
        }

        public Builder gazetteer(Gazetteer gazetteer) {
            this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
            return this;
        }

        public Builder cameo(Cameo cameo) {
            this.cameo = Objects.requireNonNull(cameo, "cameo");
            return this;
        }

        public EventCoder build() {
            return new EventCoder(this);
        }
    }
}
