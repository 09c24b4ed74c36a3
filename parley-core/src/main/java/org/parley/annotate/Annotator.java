package org.parley.annotate;

import org.parley.model.AnnotatedDocument;
import org.parley.model.Document;

/**
 * The annotate stage: tokens, sentences, parts of speech, lemmas, dependency graph, named
 * entities and time expressions of a document, in Parley's own types.
 *
 * <p>Implementations hold a loaded model and are not required to be thread-safe: run one per
 * worker thread.
 */
public interface Annotator {
    AnnotatedDocument annotate(Document document);
}
