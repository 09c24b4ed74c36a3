package org.parley.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the PLOVER gold standard records: a JSON array of objects with {@code id}, {@code date},
 * {@code text}, {@code event} (a PLOVER label), {@code source} and {@code target} (arrays of
 * {@code {actorText, code, sector}}) and an optional {@code eventLoc} ({@code {name, "country code"}}
 * with an ISO 3166 alpha-2 code). {@code DOCUMENT} records are documentation and are skipped.
 *
 * <p>Every source is paired with every target ("Hungarian and Romanian officials agreed" has two
 * sources); a record with sources only gives one source-only coding per source, and one with
 * targets only a target-only coding per target. A target that is not an array ("diplomatic" in
 * one record) is no target. An actor's code is its {@code code} followed by its {@code sector} in
 * capitals, without the placeholder sector {@code ***}.
 */
final class PloverGold {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PloverGold() {
    }

    static List<GoldRecord> parse(String content, String set, Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            throw new GoldFormatException(file, "not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isArray()) {
            throw new GoldFormatException(file, "expected a JSON array of records");
        }
        List<GoldRecord> records = new ArrayList<>();
        int index = 0;
        for (JsonNode node : root) {
            index++;
            String event = text(node, "event");
            if ("DOCUMENT".equals(event)) {
                continue;
            }
            String id = text(node, "id");
            String where = id == null ? "record " + index : id;
            String sentence = text(node, "text");
            if (id == null || sentence == null || event == null) {
                throw new GoldFormatException(file, where + ": a record needs id, text and event");
            }
            List<GoldCoding> codings = codings(actors(node.get("source")), actors(node.get("target")), event);
            records.add(new GoldRecord(set, id, Whitespace.fold(sentence), date(text(node, "date")), codings,
                    place(node.get("eventLoc"))));
        }
        return records;
    }

    private static List<GoldCoding> codings(List<String> sources, List<String> targets, String event) {
        List<GoldCoding> codings = new ArrayList<>();
        if (sources.isEmpty()) {
            targets.forEach(target -> codings.add(new GoldCoding(null, target, null, event)));
        } else if (targets.isEmpty()) {
            sources.forEach(source -> codings.add(new GoldCoding(source, null, null, event)));
        } else {
            for (String source : sources) {
                targets.forEach(target -> codings.add(new GoldCoding(source, target, null, event)));
            }
        }
        return codings;
    }

    private static List<String> actors(JsonNode list) {
        List<String> codes = new ArrayList<>();
        if (list == null || !list.isArray()) {
            return codes;
        }
        for (JsonNode actor : list) {
            String code = text(actor, "code");
            if (code == null) {
                continue;
            }
            String sector = text(actor, "sector");
            boolean placeholder = sector == null || sector.chars().allMatch(c -> c == '*');
            codes.add((code + (placeholder ? "" : sector)).toUpperCase(Locale.ROOT));
        }
        return codes;
    }

    private static GoldPlace place(JsonNode location) {
        String name = location == null ? null : text(location, "name");
        if (name == null) {
            return null;
        }
        return new GoldPlace(name, Iso3.ofAlpha2(text(location, "country code")));
    }

    private static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            return null;
        }
        return value.asText().strip();
    }
}
