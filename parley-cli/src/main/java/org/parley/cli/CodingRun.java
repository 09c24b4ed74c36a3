package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.parley.annotate.Annotator;
import org.parley.ingest.IngestProblem;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Document;
import org.parley.model.EventMention;

/**
 * Ingest, annotate and code every document of some inputs, handing each document's events to a
 * sink as soon as it is coded. A document or input that fails is reported on standard error as
 * {@code parley: ORIGIN: reason} and the run goes on; the run remembers that something failed.
 */
final class CodingRun {

    /** Where the events of each coded document go. */
    @FunctionalInterface
    interface Sink {
        void accept(Document document, List<EventMention> events);
    }

    /** Where each coded document goes with its annotation (for its sentence and token counts). */
    @FunctionalInterface
    interface AnnotatedSink {
        void accept(AnnotatedDocument document, List<EventMention> events);
    }

    private final Stages stages;
    private final LocalDate date;
    private final Io io;
    private final Progress progress;
    private Annotator annotator;
    private Coder coder;
    private int documents;
    private int events;
    private int sentences;
    private int failures;
    private int skipped;
    private Predicate<Document> done = document -> false;
    private Consumer<IngestProblem> problems = problem -> { };

    /**
     * @param date the publication date that overrides what ingest found, or {@code null}
     */
    CodingRun(Stages stages, LocalDate date, Io io, boolean showProgress) {
        this.stages = stages;
        this.date = date;
        this.io = io;
        this.progress = new Progress(io.err(), showProgress && io.errIsTerminal(), System::nanoTime);
    }

    /** Documents for which {@code done} holds are passed over before annotation (already stored). */
    CodingRun skipping(Predicate<Document> done) {
        this.done = done;
        return this;
    }

    /** Every problem reported also goes to {@code problems} (to be recorded). */
    CodingRun onProblem(Consumer<IngestProblem> problems) {
        this.problems = problems;
        return this;
    }

    /** How many documents the inputs hold, for the time left; unknown when not called. */
    CodingRun expecting(int documents) {
        progress.expect(documents);
        return this;
    }

    /** Codes every input ("-" for standard input); returns whether everything went through. */
    boolean code(List<String> inputs, Sink sink) {
        return codeAnnotated(inputs, (annotated, events) -> sink.accept(annotated.document(), events));
    }

    /** As {@link #code(List, Sink)}, handing on each document with its annotation. */
    boolean codeAnnotated(List<String> inputs, AnnotatedSink sink) {
        for (String input : inputs) {
            if ("-".equals(input)) {
                readGuarded("stdin", () -> stages.source().read(io.in(), "stdin",
                        document -> code(document, sink), this::report));
                continue;
            }
            Path path;
            try {
                path = Path.of(input);
            } catch (InvalidPathException e) {
                report(new IngestProblem(input, "not a valid path: " + e.getReason()));
                continue;
            }
            if (!Files.exists(path)) {
                report(new IngestProblem(input, "no such file or directory"));
                continue;
            }
            readGuarded(input, () -> stages.source().read(path, document -> code(document, sink), this::report));
        }
        progress.finish(documents, events, sentences);
        return failures == 0;
    }

    int documents() {
        return documents;
    }

    int events() {
        return events;
    }

    int failures() {
        return failures;
    }

    /** Documents passed over because they were done already. */
    int skipped() {
        return skipped;
    }

    private void readGuarded(String origin, Runnable read) {
        try {
            read.run();
        } catch (RuntimeException e) {
            // A reader that fails outright loses this input, not the run.
            report(new IngestProblem(origin, reason(e)));
        }
    }

    private void code(Document read, AnnotatedSink sink) {
        Document document = date == null ? read : read.withPublished(date);
        if (done.test(document)) {
            skipped++;
            progress.skipped();
            return;
        }
        loadStages();
        AnnotatedDocument annotated;
        List<EventMention> found;
        try {
            annotated = annotator.annotate(document);
            found = coder.code(annotated);
        } catch (RuntimeException e) {
            report(new IngestProblem(document.origin(), "cannot code: " + reason(e)));
            return;
        }
        documents++;
        sentences += annotated.sentences().size();
        events += found.size();
        sink.accept(annotated, found);
        progress.update(documents, events, sentences);
    }

    private void loadStages() {
        if (annotator == null) {
            progress.loading();
            annotator = stages.annotator().get();
            coder = stages.coder().get();
            progress.start();
        }
    }

    private void report(IngestProblem problem) {
        failures++;
        problems.accept(problem);
        progress.clear();
        io.err().println("parley: " + problem.origin() + ": " + problem.reason());
        io.err().flush();
    }

    private static String reason(RuntimeException e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }
}
