package org.parley.ingest;

import java.util.function.Consumer;
import org.parley.model.Document;

/**
 * Where the readers of one {@link Ingest#read} call hand their documents and problems. It refuses
 * documents without text (as a problem, so that none is dropped silently) and counts what went
 * through, so that a directory without documents can say so. One per call; not thread-safe.
 */
final class Outlet {

    static final String EMPTY = "empty document: no text";

    private final Consumer<Document> documents;
    private final Consumer<IngestProblem> problems;
    private long count;

    Outlet(Consumer<Document> documents, Consumer<IngestProblem> problems) {
        this.documents = documents;
        this.problems = problems;
    }

    void document(Document document) {
        if (document.text().isBlank()) {
            problem(document.origin(), EMPTY);
            return;
        }
        count++;
        documents.accept(document);
    }

    void problem(String origin, String reason) {
        problems.accept(new IngestProblem(origin, reason));
    }

    long documentCount() {
        return count;
    }
}
