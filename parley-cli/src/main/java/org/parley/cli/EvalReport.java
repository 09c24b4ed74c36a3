package org.parley.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.eval.Evaluation;
import org.parley.eval.GoldCoding;
import org.parley.eval.GoldRecord;
import org.parley.eval.Miss;
import org.parley.eval.PlaceCheck;
import org.parley.eval.Ratio;
import org.parley.eval.SetResult;
import org.parley.model.Actor;
import org.parley.model.EventMention;
import org.parley.model.Place;

/** The output of {@code parley eval}: readable tables, one JSON object, and lines of misses and extras. */
final class EvalReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EvalReport() {
    }

    /** One table per set: the counts, every metric with its numerator and denominator, the confusion matrix. */
    static String tables(Path gold, List<SetResult> results) {
        StringBuilder out = new StringBuilder("Gold: " + gold.toAbsolutePath().normalize() + "\n");
        for (SetResult r : results) {
            out.append('\n').append(r.set()).append(": ").append(r.records()).append(" records, ")
                    .append(r.codings()).append(" gold codings, ").append(r.events()).append(" Parley events\n");
            metrics(r).forEach((name, ratio) -> out.append(String.format(Locale.ROOT, "  %-22s %s%n", name, show(ratio))));
            out.append(confusion(r.confusion()));
        }
        return out.toString();
    }

    /** {"gold": DIR, "sets": [{"set", "records", "codings", "events", metrics…, "confusion"}]} and a line break. */
    static String json(Path gold, List<SetResult> results) {
        ObjectNode root = JSON.createObjectNode();
        root.put("gold", gold.toAbsolutePath().normalize().toString());
        ArrayNode sets = root.putArray("sets");
        for (SetResult r : results) {
            ObjectNode set = sets.addObject();
            set.put("set", r.set());
            set.put("records", r.records());
            set.put("codings", r.codings());
            set.put("events", r.events());
            metricKeys(r).forEach((key, ratio) -> {
                ObjectNode m = set.putObject(key);
                m.put("numerator", ratio.numerator());
                m.put("denominator", ratio.denominator());
                if (ratio.denominator() == 0) {
                    m.putNull("value");
                } else {
                    m.put("value", Math.round(ratio.value() * 10000) / 10000.0);
                }
            });
            ObjectNode matrix = set.putObject("confusion");
            r.confusion().forEach((gold2, row) -> {
                ObjectNode cells = matrix.putObject(gold2);
                row.forEach(cells::put);
            });
        }
        return write(root) + "\n";
    }

    /** One JSON line (without the line break) for a missed or wrongly typed gold coding. */
    static String missLine(Miss miss) {
        ObjectNode line = JSON.createObjectNode();
        line.put("set", miss.record().set());
        line.put("id", miss.record().id());
        line.put("kind", miss.kind() == Miss.Kind.MISSED ? "missed" : "wrong_type");
        line.put("text", miss.record().text());
        GoldCoding c = miss.coding();
        ObjectNode gold = line.putObject("gold");
        gold.put("source", c.source());
        gold.put("target", c.target());
        gold.put("cameo", c.cameo());
        gold.put("plover", c.plover());
        gold.put("type", miss.goldType());
        line.put("parleyType", miss.parleyType());
        ArrayNode events = line.putArray("parley");
        for (EventMention e : miss.events()) {
            putEvent(events.addObject(), e);
        }
        return write(line);
    }

    /** An event's code, PLOVER type, source, target and trigger, as both listings show them. */
    private static ObjectNode putEvent(ObjectNode event, EventMention e) {
        event.put("code", e.code());
        event.put("plover", e.plover());
        event.put("source", actor(e.source()));
        event.put("target", actor(e.target()));
        event.put("trigger", e.trigger().text());
        return event;
    }

    /**
     * One JSON line (without the line break) for an event that matches no gold coding of its record:
     * the record, the event (code, PLOVER type, source, target, trigger, mood, negated) and the record's gold codings.
     */
    static String extraLine(GoldRecord record, EventMention extra) {
        ObjectNode line = JSON.createObjectNode();
        line.put("set", record.set());
        line.put("id", record.id());
        line.put("text", record.text());
        ObjectNode event = putEvent(line.putObject("parley"), extra);
        event.put("mood", extra.mood().name().toLowerCase(Locale.ROOT));
        event.put("negated", extra.negated());
        ArrayNode gold = line.putArray("gold");
        for (GoldCoding c : record.codings()) {
            ObjectNode coding = gold.addObject();
            coding.put("source", c.source());
            coding.put("target", c.target());
            coding.put("cameo", c.cameo());
            coding.put("plover", c.plover());
        }
        return write(line);
    }

    /** One JSON line: a gold record's place, Parley's event places, and why the place is missed or right. */
    static String placeLine(PlaceCheck check) {
        ObjectNode line = JSON.createObjectNode();
        line.put("set", check.record().set());
        line.put("id", check.record().id());
        line.put("cause", check.cause().name().toLowerCase(Locale.ROOT));
        line.put("text", check.record().text());
        ObjectNode gold = line.putObject("gold");
        gold.put("name", check.record().place().name());
        gold.put("country", check.record().place().country());
        line.put("events", check.eventPlaces().size());
        line.put("scored", place(check.scored()));
        line.put("nameRight", check.nameRight());
        if (check.countryRight() != null) {
            line.put("countryRight", check.countryRight());
        }
        ArrayNode places = line.putArray("parley");
        check.eventPlaces().forEach(p -> places.add(place(p)));
        return write(line);
    }

    private static String place(Place place) {
        return place == null ? null : place.name() + ", " + place.country() + " (" + place.precision() + ")";
    }

    private static String actor(Actor actor) {
        return actor == null ? null : actor.text() + " = " + actor.code();
    }

    private static Map<String, Ratio> metrics(SetResult r) {
        Map<String, Ratio> m = new LinkedHashMap<>();
        m.put("pair recall", r.pairRecall());
        m.put("typed recall", r.typedRecall());
        m.put("PLOVER type accuracy", r.ploverAccuracy());
        m.put("CAMEO root accuracy", r.cameoRootAccuracy());
        m.put("precision", r.precision());
        m.put("typed precision", r.typedPrecision());
        m.put("source code exact", r.sourceCode());
        m.put("target code exact", r.targetCode());
        m.put("place name", r.placeName());
        m.put("place country", r.placeCountry());
        return m;
    }

    private static Map<String, Ratio> metricKeys(SetResult r) {
        Map<String, Ratio> m = new LinkedHashMap<>();
        m.put("pairRecall", r.pairRecall());
        m.put("typedRecall", r.typedRecall());
        m.put("ploverAccuracy", r.ploverAccuracy());
        m.put("cameoRootAccuracy", r.cameoRootAccuracy());
        m.put("precision", r.precision());
        m.put("typedPrecision", r.typedPrecision());
        m.put("sourceCode", r.sourceCode());
        m.put("targetCode", r.targetCode());
        m.put("placeName", r.placeName());
        m.put("placeCountry", r.placeCountry());
        return m;
    }

    private static String show(Ratio ratio) {
        if (ratio.denominator() == 0) {
            return "n/a (nothing to judge)";
        }
        return String.format(Locale.ROOT, "%5.1f%%  %d/%d", 100 * ratio.value(), ratio.numerator(), ratio.denominator());
    }

    private static String confusion(Map<String, Map<String, Integer>> matrix) {
        if (matrix.isEmpty()) {
            return "";
        }
        Set<String> used = new LinkedHashSet<>();
        matrix.values().forEach(row -> used.addAll(row.keySet()));
        List<String> columns = new ArrayList<>(Evaluation.types());
        columns.retainAll(used);
        used.stream().filter(type -> !columns.contains(type)).forEach(columns::add);
        StringBuilder out = new StringBuilder("  PLOVER types of matched pairs (rows gold, columns Parley):\n");
        out.append(String.format(Locale.ROOT, "  %-16s", ""));
        columns.forEach(c -> out.append(String.format(Locale.ROOT, "%5s", abbreviate(c))));
        out.append('\n');
        matrix.forEach((gold, row) -> {
            out.append(String.format(Locale.ROOT, "  %-16s", gold));
            columns.forEach(c -> out.append(String.format(Locale.ROOT, "%5s", row.containsKey(c) ? row.get(c) : ".")));
            out.append('\n');
        });
        return out.toString();
    }

    private static String abbreviate(String type) {
        return type.contains("/") ? "CO/R" : type.substring(0, Math.min(4, type.length()));
    }

    private static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }
}
