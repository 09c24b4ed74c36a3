package org.parley.code;

import java.util.List;
import org.parley.model.AnnotatedDocument;
import org.parley.model.EventMention;

/**
 * The code stage's front door: finds the event mentions of an annotated document, with their
 * actors, date, place, mood and evidence resolved. STUB: to be implemented.
 */
public final class EventCoder {

    public static EventCoder withDefaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<EventMention> code(AnnotatedDocument document) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Configuration with named defaults. */
    public static final class Builder {
        private SynonymSource synonyms = SynonymSource.NONE;

        /** Where the coder looks for lemmas the lexicon does not list; default none. */
        public Builder synonyms(SynonymSource synonyms) {
            this.synonyms = synonyms;
            return this;
        }

        public EventCoder build() {
            return new EventCoder();
        }
    }
}
