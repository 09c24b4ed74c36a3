package org.parley.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.parley.model.Document;

/**
 * The ingest stage's front door: reads plain text, HTML, JSON Lines, RSS/Atom feeds and
 * directories of these, or standard input, into {@link Document}s. See {@code docs/INGEST.md}.
 *
 * <p>Formats are told by extension ({@code .txt}; {@code .html .htm}; {@code .jsonl .ndjson .json};
 * {@code .xml .rss .atom}) and, for any other or no extension and for streams, by sniffing the
 * first bytes. Documents are handed on one at a time as soon as each is read: a directory or a
 * JSON Lines file is never held in memory whole (one document is, up to {@link #MAX_DOCUMENT_BYTES}).
 *
 * <p>Nothing that cannot be read is thrown or dropped: it becomes an {@link IngestProblem} with its
 * origin and a reason (missing path, permission, invalid UTF-8, binary, empty, bad JSON line), and
 * the other documents still go through.
 *
 * <p>Thread-safe: an instance keeps no state between calls.
 */
public final class Ingest {

    /** The largest single document (a text or HTML file, stdin, or one JSON line) read. */
    public static final int MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;

    static final String NOT_UTF8 = "not valid UTF-8 text";
    static final String BINARY = "binary file, not text";
    static final String MISSING = "no such file or directory";
    static final String PERMISSION = "permission denied";
    static final String NO_DOCUMENTS = "no documents found";

    private final JsonLinesDocuments jsonLines = new JsonLinesDocuments(MAX_DOCUMENT_BYTES);

    private Ingest() {
    }

    public static Ingest withDefaults() {
        return new Ingest();
    }

    /**
     * Reads a file or, recursively, a directory, handing each document to {@code documents} as soon
     * as it is read and each unreadable one to {@code problems}. A directory is walked depth first,
     * the entries of each directory in name order, skipping hidden entries (names starting with a
     * dot), files with an extension that names no format ({@code README.md}, images) and symbolic
     * links to directories. Origins are paths as given (relative if
     * {@code input} is relative).
     */
    public void read(Path input, Consumer<Document> documents, Consumer<IngestProblem> problems) {
        Objects.requireNonNull(input, "input");
        Outlet out = new Outlet(Objects.requireNonNull(documents, "documents"),
                Objects.requireNonNull(problems, "problems"));
        if (!Files.exists(input)) {
            out.problem(input.toString(), MISSING);
        } else if (Files.isDirectory(input)) {
            readDirectory(input, out);
        } else {
            readFile(input, out);
        }
    }

    /**
     * Reads a stream (standard input) whose format is sniffed from its content: JSON Lines when it
     * starts with an object, a feed, HTML, else plain text. {@code origin} names it in documents and
     * problems ("stdin"; "stdin:3" for its third JSON line). The stream is not closed.
     */
    public void read(InputStream in, String origin, Consumer<Document> documents, Consumer<IngestProblem> problems) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(origin, "origin");
        Outlet out = new Outlet(Objects.requireNonNull(documents, "documents"),
                Objects.requireNonNull(problems, "problems"));
        try {
            readStream(new BufferedInputStream(in, 1 << 16), origin, Optional.empty(), out);
        } catch (IOException failed) {
            out.problem(origin, "cannot read: " + failed.getMessage());
        }
    }

    private void readDirectory(Path directory, Outlet out) {
        long before = out.documentCount();
        walk(directory, out);
        if (out.documentCount() == before) {
            out.problem(directory.toString(), NO_DOCUMENTS);
        }
    }

    private void walk(Path directory, Outlet out) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(directory)) {
            for (Path entry : listing) {
                if (!entry.getFileName().toString().startsWith(".")) {
                    entries.add(entry);
                }
            }
        } catch (IOException failed) {
            out.problem(directory.toString(), reason(failed));
            return;
        }
        entries.sort(Comparator.comparing(entry -> entry.getFileName().toString()));
        for (Path entry : entries) {
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                walk(entry, out);
            } else if (Files.isRegularFile(entry) && isDocumentName(entry.getFileName().toString())) {
                readFile(entry, out);
            }
        }
    }

    /**
     * Whether a directory walk reads a file: a known extension or none. Other files (a README.md,
     * images, notes beside a corpus) are not news documents; a file named explicitly is always read.
     * Public so that readers of other file systems (the Spark job) pick the same files.
     */
    public static boolean isDocumentName(String fileName) {
        return Format.byExtension(fileName).isPresent() || fileName.lastIndexOf('.') <= 0;
    }

    private void readFile(Path file, Outlet out) {
        String origin = file.toString();
        if (!Files.isReadable(file)) {
            out.problem(origin, PERMISSION);
            return;
        }
        Optional<Format> format = Format.byExtension(file.getFileName().toString());
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            readStream(in, origin, format, out);
        } catch (IOException failed) {
            out.problem(origin, reason(failed));
        }
    }

    /** Reads one file's or stream's content; {@code in} must support mark/reset. */
    private void readStream(InputStream in, String origin, Optional<Format> known, Outlet out) throws IOException {
        in.mark(Format.HEAD_BYTES);
        byte[] head = new byte[Format.HEAD_BYTES];
        int headLength = in.readNBytes(head, 0, head.length);
        in.reset();
        if (Utf8Text.looksBinary(head, headLength)) {
            out.problem(origin, BINARY);
            return;
        }
        Format format = known.orElseGet(() -> Format.sniff(head, headLength));
        if (format == Format.JSON_LINES) {
            if (!jsonLines.read(in, origin, out)) {
                out.problem(origin, Outlet.EMPTY);
            }
            return;
        }
        byte[] bytes = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            out.problem(origin, "too large for one document: over " + MAX_DOCUMENT_BYTES + " bytes");
            return;
        }
        if (Utf8Text.looksBinary(bytes, bytes.length)) {
            out.problem(origin, BINARY);
            return;
        }
        Optional<String> text = Utf8Text.decode(bytes);
        if (text.isEmpty()) {
            out.problem(origin, NOT_UTF8);
            return;
        }
        if (text.get().isBlank()) {
            out.problem(origin, Outlet.EMPTY);
            return;
        }
        switch (format) {
            case HTML -> out.document(HtmlDocuments.read(text.get(), origin));
            case FEED -> FeedDocuments.read(text.get(), origin, out);
            default -> out.document(PlainTextDocuments.read(Utf8Text.normaliseLineEnds(text.get()), origin));
        }
    }

    private static String reason(IOException failed) {
        if (failed instanceof AccessDeniedException) {
            return PERMISSION;
        }
        if (failed instanceof NoSuchFileException) {
            return MISSING;
        }
        return "cannot read: " + failed.getMessage();
    }
}
