package org.parley.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.parley.ingest.Ingest;
import org.parley.ingest.IngestProblem;
import org.parley.model.Document;

/** The ingest stage as the commands see it, so that tests can stand in for the real reader. */
interface DocumentSource {

    void read(Path input, Consumer<Document> documents, Consumer<IngestProblem> problems);

    void read(InputStream in, String origin, Consumer<Document> documents, Consumer<IngestProblem> problems);

    static DocumentSource of(Ingest ingest) {
        return new DocumentSource() {
            @Override
            public void read(Path input, Consumer<Document> documents, Consumer<IngestProblem> problems) {
                ingest.read(input, documents, problems);
            }

            @Override
            public void read(InputStream in, String origin, Consumer<Document> documents,
                             Consumer<IngestProblem> problems) {
                ingest.read(in, origin, documents, problems);
            }
        };
    }
}
