package org.parley.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Counts the documents of some inputs beforehand, cheaply, for the time left: a text or HTML file
 * is one document, a JSON Lines file one per non-blank line, a feed one per item or entry; hidden
 * entries and files of other extensions are not read, as ingest does. Unknown (-1) when an input
 * is standard input.
 */
final class DocumentCount {

    private DocumentCount() {
    }

    static int of(List<String> inputs) {
        int total = 0;
        for (String input : inputs) {
            if ("-".equals(input)) {
                return -1;
            }
            Path path = Path.of(input);
            if (!Files.exists(path)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(path)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    if (Files.isRegularFile(file) && !hidden(path, file)) {
                        total += documentsIn(file);
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                // An input that cannot be walked is reported by ingest; it only loses the estimate here.
                continue;
            }
        }
        return total;
    }

    private static boolean hidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static int documentsIn(Path file) throws IOException {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return switch (extension) {
            case "jsonl", "ndjson", "json" -> lines(file);
            case "xml", "rss", "atom" -> items(file);
            case "", "txt", "text", "html", "htm", "xhtml" -> 1;
            default -> 0;
        };
    }

    private static int lines(Path file) throws IOException {
        int lines = 0;
        boolean blank = true;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        lines += blank ? 0 : 1;
                        blank = true;
                    } else if (b != ' ' && b != '\r' && b != '\t') {
                        blank = false;
                    }
                }
            }
        }
        return lines + (blank ? 0 : 1);
    }

    private static int items(Path file) throws IOException {
        String text = Files.readString(file);
        int count = 0;
        for (String tag : List.of("<item", "<entry")) {
            for (int at = text.indexOf(tag); at >= 0; at = text.indexOf(tag, at + 1)) {
                char next = at + tag.length() < text.length() ? text.charAt(at + tag.length()) : '>';
                count += next == '>' || Character.isWhitespace(next) ? 1 : 0;
            }
        }
        return Math.max(count, 1);
    }
}
