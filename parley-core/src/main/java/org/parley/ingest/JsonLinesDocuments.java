package org.parley.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Optional;
import org.parley.model.Document;

/**
 * Reads JSON Lines: one object per line with the fields {@code id}, {@code url}, {@code source},
 * {@code date}, {@code title} and {@code text} (only {@code text} is required), one
 * {@link Document} per line, origin {@code "path:LINE"}. The stream is read one line at a time, so
 * a file of any size is never held in memory; a bad line is a problem and the lines after it still
 * go through. Blank lines are skipped.
 *
 * <p>The {@code text} is kept exactly as given (line ends included): its producer chose it, and
 * offsets refer to it. Without an {@code id}, the id is the hash of the text ({@link DocumentId}).
 * The {@code date} may be an ISO date or date-time, RFC 1123, or any form {@link HeaderDate}
 * reads; without a usable one, the date line in the header of the text is used.
 *
 * <p>Thread-safe: the shared {@link ObjectMapper} is only read from.
 */
final class JsonLinesDocuments {

    private final ObjectMapper json = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final int maxLineBytes;

    JsonLinesDocuments(int maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }

    /** Reads every line of {@code in}; returns false when there was not one non-blank line. */
    boolean read(InputStream in, String origin, Outlet out) throws IOException {
        ByteLines lines = new ByteLines(in, maxLineBytes);
        boolean anyLine = false;
        for (byte[] bytes = lines.next(); bytes != null; bytes = lines.next()) {
            String lineOrigin = origin + ":" + lines.number();
            if (lines.wasTooLong()) {
                anyLine = true;
                out.problem(lineOrigin, "line too long: over " + maxLineBytes + " bytes");
                continue;
            }
            Optional<String> line = Utf8Text.decode(bytes);
            if (line.isEmpty()) {
                anyLine = true;
                out.problem(lineOrigin, Ingest.NOT_UTF8);
                continue;
            }
            if (line.get().isBlank()) {
                continue;
            }
            anyLine = true;
            readLine(line.get(), lineOrigin, out);
        }
        return anyLine;
    }

    private void readLine(String line, String origin, Outlet out) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException invalid) {
            out.problem(origin, "not valid JSON: " + invalid.getOriginalMessage());
            return;
        }
        if (!node.isObject()) {
            out.problem(origin, "not a JSON object");
            return;
        }
        JsonNode text = node.get("text");
        if (text == null || text.isNull()) {
            out.problem(origin, "JSON object has no \"text\" field");
            return;
        }
        if (!text.isTextual()) {
            out.problem(origin, "\"text\" is not a string");
            return;
        }
        String body = text.textValue();
        String id = field(node, "id");
        LocalDate published = Optional.ofNullable(field(node, "date"))
                .flatMap(HeaderDate::parseAnywhere)
                .or(() -> HeaderDate.find(body))
                .orElse(null);
        out.document(new Document(id != null ? id : DocumentId.of(body), body, published,
                field(node, "source"), field(node, "url"), field(node, "title"), origin));
    }

    /** A string or number field as text; {@code null} when missing, null, blank or structured. */
    private static String field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || !(value.isTextual() || value.isNumber())) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }
}
