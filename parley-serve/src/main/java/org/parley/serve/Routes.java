package org.parley.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.ingest.Ingest;
import org.parley.model.Document;

/** The API's handlers: read and check parameters, ask the reader or the index, answer JSON. */
final class Routes {

    private static final int MAX_LIMIT = 500;
    private static final Set<String> STRING_FIELDS = Set.of("id", "title", "source", "url", "date", "text");

    private final EventReader reader;
    private final SearchIndex index;
    private final DocumentIntake intake;
    private final ObjectMapper json;
    private final Ingest ingest = Ingest.withDefaults();

    Routes(EventReader reader, SearchIndex index, DocumentIntake intake, ObjectMapper json) {
        this.reader = reader;
        this.index = index;
        this.intake = intake;
        this.json = json;
    }

    void events(Context ctx) {
        Params params = new Params(ctx);
        EventFilter filter = EventFilter.of(params);
        int limit = params.integer("limit", 50, 1, MAX_LIMIT);
        int offset = params.integer("offset", 0, 0, Integer.MAX_VALUE);
        ctx.json(reader.events(condition(filter), limit, offset));
    }

    void event(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(reader.event(id).orElseThrow(() -> ApiException.notFound("event", id)));
    }

    void document(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(reader.document(id).orElseThrow(() -> ApiException.notFound("document", id)));
    }

    void dyads(Context ctx) {
        Params params = new Params(ctx);
        EventFilter filter = EventFilter.of(params);
        String level = params.choice("level", "code", Set.of("code", "country"));
        String period = params.choice("period", "all", Set.of("all", "year", "month"));
        int limit = params.integer("limit", 100, 1, MAX_LIMIT);
        ctx.json(reader.dyads(condition(filter), level, period, limit));
    }

    void timeline(Context ctx) {
        Params params = new Params(ctx);
        EventFilter filter = EventFilter.of(params);
        String interval = params.choice("interval", "month", Set.of("day", "week", "month"));
        ctx.json(new Views.Timeline(interval, filter.actor(), filter.source(), filter.target(),
                reader.timeline(condition(filter), interval)));
    }

    void search(Context ctx) {
        Params params = new Params(ctx);
        String q = params.text("q");
        if (q == null) {
            throw new ApiException(400, "parameter 'q': required, the words to search for");
        }
        String kind = params.choice("kind", "all", Set.of("all", "sentence", "document"));
        int limit = params.integer("limit", 20, 1, MAX_LIMIT);
        int offset = params.integer("offset", 0, 0, 10_000);
        ctx.json(index.search(q, kind, limit, offset));
    }

    /** Codes and stores a posted document ({id?, title?, source?, url?, date?, text}); 201 with it. */
    void post(Context ctx) {
        JsonNode body;
        try {
            body = json.readTree(ctx.body());
        } catch (JsonProcessingException bad) {
            throw new ApiException(400, "body: not valid JSON: " + bad.getOriginalMessage());
        }
        if (body == null || !body.isObject()) {
            throw new ApiException(400, "body: expected a JSON object {id?, title?, source?, url?, date?, text}");
        }
        for (String field : STRING_FIELDS) {
            JsonNode value = body.get(field);
            if (value != null && !value.isNull() && !value.isTextual()) {
                throw new ApiException(400, "field '" + field + "': expected a string");
            }
        }
        if (!body.hasNonNull("text") || body.get("text").asText().isBlank()) {
            throw new ApiException(400, "field 'text': required, the document's text");
        }
        Document document = read(body);
        String id = intake.stored(document);
        index.add(id);
        Views.Document stored = reader.document(id).orElseThrow(() -> new ApiException(500,
                "the intake answered id '" + id + "' but no such document is in the database"));
        ctx.status(201).header("Location", "/api/documents/" + URLEncoder.encode(id, StandardCharsets.UTF_8))
                .json(stored);
    }

    /** The posted object as ingest reads a JSON line: the same ids (JSON id, else a text hash) and dates. */
    private Document read(JsonNode body) {
        List<Document> documents = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        byte[] line;
        try {
            line = (json.writeValueAsString(body) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException cannot) {
            throw new ApiException(400, "body: " + cannot.getOriginalMessage());
        }
        ingest.read(new ByteArrayInputStream(line), "api", documents::add, problem -> problems.add(problem.reason()));
        if (!problems.isEmpty() || documents.size() != 1) {
            throw new ApiException(400, "body: " + (problems.isEmpty() ? "not one document" : problems.get(0)));
        }
        Document document = documents.get(0);
        if (body.hasNonNull("date") && !body.get("date").asText().isBlank() && document.published() == null) {
            throw new ApiException(400, "field 'date': expected a date such as 2017-08-10, got '"
                    + body.get("date").asText() + "'");
        }
        return new Document(document.id(), document.text(), document.published(), document.source(),
                document.url(), document.title(), "api");
    }

    /** The filter's condition, narrowed to the events of matching sentences when it has a text query. */
    private EventFilter.Condition condition(EventFilter filter) {
        EventFilter.Condition condition = filter.condition();
        if (filter.q() == null) {
            return condition;
        }
        List<String> ids = List.copyOf(index.eventIds(filter.q()));
        if (ids.isEmpty()) {
            return condition.and("FALSE", List.of());
        }
        return condition.and("e.event_id IN (" + EventReader.placeholders(ids) + ")", ids);
    }
}
