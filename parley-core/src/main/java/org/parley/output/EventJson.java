package org.parley.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.parley.model.Actor;
import org.parley.model.Attribution;
import org.parley.model.EventMention;
import org.parley.model.Place;
import org.parley.model.Span;

/**
 * Writes event mentions as JSON Lines in the {@code parley code} contract: one object per line,
 * fields in the contract's order ({@code doc, sentence, code, root, plover, quad, goldstein,
 * source, target, trigger, date, place, negated, mood, attribution, evidence, confidence}, then
 * {@code evidence_span}), absent
 * values as {@code null}, spans as {@code [start, end]}, the confidence with two decimals.
 *
 * <p>Design decision: Jackson's streaming generator rather than data binding, because it is fast
 * and writes fields exactly in the order given, which the contract fixes.
 *
 * <p>Not thread-safe; one writer per output stream. Closing it flushes but does not close the
 * underlying {@link Writer}.
 */
public final class EventJson implements Flushable, Closeable {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
            .build();

    private final Writer out;
    private final JsonGenerator json;

    private EventJson(Writer out) throws IOException {
        this.out = out;
        this.json = FACTORY.createGenerator(out);
        // Lines are separated by the line break written after each object, not by Jackson's
        // default space between root values.
        this.json.setRootValueSeparator(null);
    }

    /** A writer of JSON Lines to {@code out}. */
    public static EventJson to(Writer out) {
        try {
            return new EventJson(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    /** One event mention as one line of JSON, without the line break. */
    public static String line(EventMention event) {
        StringWriter text = new StringWriter();
        try (EventJson json = to(text)) {
            json.writeObject(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * Writes one event mention and a line break.
     *
     * @throws UncheckedIOException if the underlying writer fails
     */
    public void write(EventMention event) {
        try {
            writeObject(event);
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    @Override
    public void flush() {
        try {
            json.flush();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        json.close();
        out.flush();
    }

    private void writeObject(EventMention e) throws IOException {
        json.writeStartObject();
        json.writeStringField("doc", e.doc());
        json.writeNumberField("sentence", e.sentence());
        json.writeStringField("code", e.code());
        json.writeStringField("root", e.root());
        json.writeStringField("plover", e.plover());
        json.writeNumberField("quad", e.quad());
        json.writeNumberField("goldstein", e.goldstein());
        json.writeFieldName("source");
        writeActor(e.source());
        json.writeFieldName("target");
        writeActor(e.target());
        json.writeObjectFieldStart("trigger");
        json.writeStringField("text", e.trigger().text());
        writeSpan(e.trigger().span());
        json.writeEndObject();
        json.writeStringField("date", e.date());
        json.writeFieldName("place");
        writePlace(e.place());
        json.writeBooleanField("negated", e.negated());
        json.writeStringField("mood", e.mood().label());
        json.writeFieldName("attribution");
        writeAttribution(e.attribution());
        json.writeStringField("evidence", e.evidence());
        json.writeNumberField("confidence", BigDecimal.valueOf(e.confidence()).setScale(2, RoundingMode.HALF_UP));
        // Fields after the contract's own: additions go at the end so the contract's order holds.
        json.writeFieldName("evidence_span");
        writeSpanValue(e.evidenceSpan());
        json.writeEndObject();
    }

    private void writeActor(Actor actor) throws IOException {
        if (actor == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeStringField("text", actor.text());
        json.writeStringField("code", actor.code());
        json.writeStringField("country", actor.country());
        json.writeStringField("sector", actor.sector());
        writeSpan(actor.span());
        json.writeEndObject();
    }

    private void writeSpan(Span span) throws IOException {
        json.writeFieldName("span");
        writeSpanValue(span);
    }

    private void writeSpanValue(Span span) throws IOException {
        if (span == null) {
            json.writeNull();
            return;
        }
        json.writeStartArray();
        json.writeNumber(span.start());
        json.writeNumber(span.end());
        json.writeEndArray();
    }

    private void writePlace(Place place) throws IOException {
        if (place == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeStringField("name", place.name());
        json.writeStringField("country", place.country());
        json.writeStringField("region", place.region());
        writeNullableNumber("lat", place.lat());
        writeNullableNumber("lon", place.lon());
        if (place.geonamesId() == null) {
            json.writeNullField("geonames_id");
        } else {
            json.writeNumberField("geonames_id", place.geonamesId());
        }
        json.writeStringField("precision", place.precision() == null ? null : place.precision().label());
        json.writeEndObject();
    }

    private void writeNullableNumber(String field, Double value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, value);
        }
    }

    private void writeAttribution(Attribution attribution) throws IOException {
        if (attribution == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeStringField("text", attribution.text());
        json.writeStringField("code", attribution.code());
        json.writeEndObject();
    }
}
