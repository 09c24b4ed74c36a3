package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.parley.annotate.Annotator;
import org.parley.ingest.IngestProblem;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Document;
import org.parley.model.EventMention;
import org.parley.model.Sentence;

/**
 * Ingest, annotate and code every document of some inputs, handing each document's events to a
 * sink as soon as it and every document before it are coded. A document or input that fails is
 * reported on standard error as {@code parley: ORIGIN: reason} and the run goes on; the run
 * remembers that something failed.
 *
 * <p>Documents are read on the calling thread and annotated and coded by a pool of worker threads,
 * one annotator each (annotators are not thread-safe) and one coder shared by all (the coder is).
 * The sink and the problem reports are called on the calling thread, in input order, so the
 * output is the same, byte for byte, whatever the number of threads. A fixed number of documents
 * per thread is in flight at once, so memory does not grow with the size of the corpus.
 */
final class CodingRun {

    /** Documents in flight per worker thread: enough to keep every worker busy behind a long document. */
    private static final int WINDOW_PER_THREAD = 4;

    /** Where the events of each coded document go; called on the thread that runs {@link #code}. */
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
    private final int threads;
    private OrderedWorkers<Document, Outcome> workers;
    private AnnotatedSink sink;
    private int documents;
    private int events;
    private int sentences;
    private long tokens;
    private int failures;
    private int skipped;
    private Predicate<Document> done = document -> false;
    private Consumer<IngestProblem> problems = problem -> { };

    /** A run on as many worker threads as there are processors. */
    CodingRun(Stages stages, LocalDate date, Io io, boolean showProgress) {
        this(stages, date, io, showProgress, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param date    the publication date that overrides what ingest found, or {@code null}
     * @param threads how many documents are annotated and coded at once; at least 1
     */
    CodingRun(Stages stages, LocalDate date, Io io, boolean showProgress, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.stages = stages;
        this.date = date;
        this.io = io;
        this.threads = threads;
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
        this.sink = sink;
        try {
            for (String input : inputs) {
                read(input);
            }
            if (workers != null) {
                workers.finish();
            }
        } finally {
            if (workers != null) {
                workers.close();
                workers = null;
            }
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

    int sentences() {
        return sentences;
    }

    long tokens() {
        return tokens;
    }

    int failures() {
        return failures;
    }

    /** Documents passed over because they were done already. */
    int skipped() {
        return skipped;
    }

    private void read(String input) {
        if ("-".equals(input)) {
            readGuarded("stdin", () -> stages.source().read(io.in(), "stdin", this::submit, this::problem));
            return;
        }
        Path path;
        try {
            path = Path.of(input);
        } catch (InvalidPathException e) {
            problem(new IngestProblem(input, "not a valid path: " + e.getReason()));
            return;
        }
        if (!Files.exists(path)) {
            problem(new IngestProblem(input, "no such file or directory"));
            return;
        }
        readGuarded(input, () -> stages.source().read(path, this::submit, this::problem));
    }

    private void readGuarded(String origin, Runnable read) {
        try {
            read.run();
        } catch (RuntimeException e) {
            // A reader that fails outright loses this input, not the run.
            problem(new IngestProblem(origin, reason(e)));
        }
    }

    private void submit(Document read) {
        Document document = date == null ? read : read.withPublished(date);
        if (done.test(document)) {
            skipped++;
            progress.skipped();
            return;
        }
        startWorkers();
        workers.submit(document);
    }

    private void problem(IngestProblem problem) {
        if (workers == null) {
            deliver(Outcome.failed(problem));
        } else {
            // Behind the documents read before it, so that reports come in input order.
            workers.submitResult(Outcome.failed(problem));
        }
    }

    /**
     * Loads the stages on the calling thread, so that a model that cannot be loaded fails the
     * run at once with its own message, and starts the workers.
     */
    private void startWorkers() {
        if (workers != null) {
            return;
        }
        progress.loading();
        Coder coder = stages.coder().get();
        List<Function<Document, Outcome>> work = new ArrayList<>(threads);
        for (int i = 0; i < threads; i++) {
            Annotator annotator = stages.annotator().get();
            work.add(document -> annotateAndCode(document, annotator, coder));
        }
        workers = new OrderedWorkers<>(work, threads * WINDOW_PER_THREAD, this::deliver, "parley-worker");
        progress.start();
    }

    private static Outcome annotateAndCode(Document document, Annotator annotator, Coder coder) {
        try {
            AnnotatedDocument annotated = annotator.annotate(document);
            List<EventMention> found = coder.code(annotated);
            long tokens = 0;
            for (Sentence sentence : annotated.sentences()) {
                tokens += sentence.tokens().size();
            }
            return new Outcome(annotated, tokens, found, null);
        } catch (RuntimeException e) {
            return Outcome.failed(new IngestProblem(document.origin(), "cannot code: " + reason(e)));
        }
    }

    private void deliver(Outcome outcome) {
        if (outcome.problem() != null) {
            report(outcome.problem());
            return;
        }
        documents++;
        sentences += outcome.annotated().sentences().size();
        tokens += outcome.tokens();
        events += outcome.events().size();
        sink.accept(outcome.annotated(), outcome.events());
        progress.update(documents, events, sentences);
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

    /** What became of one document: its events, or the problem that stopped it. */
    private record Outcome(AnnotatedDocument annotated, long tokens, List<EventMention> events,
                           IngestProblem problem) {
        static Outcome failed(IngestProblem problem) {
            return new Outcome(null, 0, List.of(), problem);
        }
    }
}
