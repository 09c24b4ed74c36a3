package org.parley.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.parley.annotate.Annotator;
import org.parley.ingest.IngestProblem;
import org.parley.model.Actor;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Document;
import org.parley.model.EventMention;
import org.parley.model.Mood;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;
import org.parley.model.Trigger;

/**
 * Stand-ins for the stages, so that the commands run in unit tests without models: the source
 * reads each file as one document (a file whose name starts with "bad" is reported as a
 * problem), the annotator makes one sentence of the whole text, and the coder makes one CONSULT
 * event per document from its first word to its last, unless the text contains "CRASH". The
 * annotator is called on worker threads; the rest on the thread that runs the command.
 */
final class Fakes {

    static final LocalDate FILE_DATE = LocalDate.of(2020, 1, 2);

    /** Every document annotated, from whichever worker thread annotated it. */
    final List<Document> annotated = Collections.synchronizedList(new ArrayList<>());
    int annotatorsBuilt;
    /** Whether the annotator takes a few milliseconds per document, different for each text. */
    boolean slow;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    Stages stages() {
        return new Stages(new FileSource(), () -> {
            annotatorsBuilt++;
            return annotator();
        }, () -> Fakes::code);
    }

    Io io(Path home, boolean terminal, String stdin) {
        InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        return new Io(in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), terminal, home);
    }

    int run(Path home, String... args) {
        return Parley.execute(args, stages(), io(home, false, ""));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Annotator annotator() {
        return document -> {
            annotated.add(document);
            if (slow) {
                pause(new Random(document.text().hashCode()).nextInt(8));
            }
            String text = document.text();
            Token only = new Token(0, text, text, "NN", "O", new Span(0, text.length()));
            return new AnnotatedDocument(document,
                    List.of(new Sentence(0, new Span(0, text.length()), List.of(only), List.of(), List.of(), List.of())));
        };
    }

    private static void pause(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<EventMention> code(AnnotatedDocument document) {
        String text = document.text();
        if (text.contains("CRASH")) {
            throw new IllegalStateException("parse graph has a cycle");
        }
        String[] words = text.strip().split("\\s+");
        int lastStart = text.lastIndexOf(words[words.length - 1]);
        Actor source = new Actor(words[0], words[0].toUpperCase(), words[0].toUpperCase(), null,
                new Span(text.indexOf(words[0]), text.indexOf(words[0]) + words[0].length()));
        Actor target = words.length < 2 ? null : new Actor(words[words.length - 1], null, null, null,
                new Span(lastStart, lastStart + words[words.length - 1].length()));
        LocalDate published = document.document().published();
        return List.of(new EventMention(document.document().id(), 0, "040", "04", "CONSULT", 1, 1.0,
                source, target, new Trigger("met", new Span(0, 1)),
                published == null ? null : published.toString(), null, false, Mood.ASSERTED, null,
                text.strip(), new Span(0, text.strip().length()), 0.5));
    }

    private static final class FileSource implements DocumentSource {
        @Override
        public void read(Path input, Consumer<Document> documents, Consumer<IngestProblem> problems) {
            try (Stream<Path> files = Files.isDirectory(input) ? Files.list(input).sorted() : Stream.of(input)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    if (file.getFileName().toString().startsWith("bad")) {
                        problems.accept(new IngestProblem(file.toString(), "not UTF-8 text"));
                    } else {
                        String name = file.getFileName().toString();
                        documents.accept(new Document(name, Files.readString(file), FILE_DATE, null, null, null,
                                file.toString()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void read(InputStream in, String origin, Consumer<Document> documents,
                         Consumer<IngestProblem> problems) {
            try {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                documents.accept(new Document("stdin-doc", text, null, null, null, null, origin));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
