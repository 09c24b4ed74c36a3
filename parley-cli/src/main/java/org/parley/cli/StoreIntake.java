package org.parley.cli;

import java.util.List;
import java.util.Objects;
import org.parley.annotate.Annotator;
import org.parley.dedup.Dedup;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Document;
import org.parley.model.EventMention;
import org.parley.serve.DocumentIntake;
import org.parley.store.EventStore;

/**
 * The web server's intake wired to the real pipeline: a posted document is annotated, coded,
 * stored with its mentions in one transaction and the events regrouped, as {@code parley ingest}
 * does. A document already stored is not coded again.
 *
 * <p>Requests are served one at a time: the store has one writer and the pipeline is loaded once,
 * on the first post, so that a server that is only read loads no model.
 */
final class StoreIntake implements DocumentIntake {

    private final EventStore store;
    private final Stages stages;
    private final Dedup dedup;
    private Annotator annotator;
    private Coder coder;

    StoreIntake(EventStore store, Stages stages, Dedup dedup) {
        this.store = Objects.requireNonNull(store, "store");
        this.stages = Objects.requireNonNull(stages, "stages");
        this.dedup = Objects.requireNonNull(dedup, "dedup");
    }

    @Override
    public synchronized String stored(Document document) {
        if (store.contains(document.id())) {
            return document.id();
        }
        if (annotator == null) {
            annotator = stages.annotator().get();
            coder = stages.coder().get();
        }
        AnnotatedDocument annotated = annotator.annotate(document);
        List<EventMention> events = coder.code(annotated);
        int tokens = annotated.sentences().stream().mapToInt(s -> s.tokens().size()).sum();
        store.add(document, annotated.sentences().size(), tokens, events);
        store.dedup(dedup);
        return document.id();
    }
}
