package org.parley.ingest;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.parley.model.Document;

/**
 * The ingest stage's front door: reads plain text, HTML, JSON Lines and directories of these, or
 * standard input, into {@link Document}s. STUB: to be implemented.
 */
public final class Ingest {

    public static Ingest withDefaults() {
        return new Ingest();
    }

    /**
     * Reads a file or, recursively, a directory, handing each document to {@code documents} as soon
     * as it is read and each unreadable one to {@code problems}.
     */
    public void read(Path input, Consumer<Document> documents, Consumer<IngestProblem> problems) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Reads standard input (plain text, HTML or JSON Lines, sniffed from its content). */
    public void read(InputStream in, String origin, Consumer<Document> documents, Consumer<IngestProblem> problems) {
        throw new UnsupportedOperationException("not yet");
    }
}
