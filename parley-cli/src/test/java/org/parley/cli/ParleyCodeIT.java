package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.IngestProblem;
import org.parley.model.Actor;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Document;
import org.parley.model.EntityMention;
import org.parley.model.EventMention;
import org.parley.model.Mood;
import org.parley.model.Sentence;
import org.parley.model.Token;
import org.parley.model.Trigger;
import org.parley.nlp.CoreNlpAnnotator;

/** {@code parley code} end to end on the real stages: the JSON contract and the spans. */
class ParleyCodeIT {

    private static final String STORY = "Israel, the United States and Russia held secret talks last month in Amman.\n\n"
            + "Egypt condemned the attack on Tuesday.\n";
    private static final List<String> CONTRACT_FIELDS = List.of("doc", "sentence", "code", "root", "plover", "quad",
            "goldstein", "source", "target", "trigger", "date", "place", "negated", "mood", "attribution", "evidence",
            "confidence");

    @TempDir
    Path dir;

    private final ObjectMapper mapper = new ObjectMapper();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Io io() {
        return new Io(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, dir);
    }

    @Test
    void codesATextFileIntoContractJsonLines() throws IOException {
        Path story = Files.writeString(dir.resolve("talks.txt"), STORY);

        int status = Parley.execute(new String[] {"code", "--date", "2017-08-10", story.toString()},
                Stages.production(), io());

        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(status).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            JsonNode event = mapper.readTree(line);
            List<String> fields = new ArrayList<>();
            event.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsSubsequence(CONTRACT_FIELDS);
            assertThat(fields.subList(0, CONTRACT_FIELDS.size())).isEqualTo(CONTRACT_FIELDS);
            JsonNode source = event.get("source");
            assertThat(source.isObject()).isTrue();
            assertThat(STORY.substring(source.get("span").get(0).asInt(), source.get("span").get(1).asInt()))
                    .isEqualTo(source.get("text").asText());
            JsonNode trigger = event.get("trigger");
            assertThat(STORY.substring(trigger.get("span").get(0).asInt(), trigger.get("span").get(1).asInt()))
                    .isEqualTo(trigger.get("text").asText());
            assertThat(event.get("code").asText()).matches("\\d{2,4}");
            assertThat(event.get("mood").asText()).isIn("asserted", "intended", "requested", "hypothetical");
        }
        assertThat(lines).anySatisfy(line -> assertThat(mapper.readTree(line).get("plover").asText()).isEqualTo("CONSULT"));
    }

    @Test
    void theRealAnnotatorFeedsTheCoderAndItsSpansReachTheJson() throws IOException {
        Path story = Files.writeString(dir.resolve("talks.txt"), STORY);
        // The real annotator between a one-file reader and a coder that reports each sentence's
        // first named entity acting at the sentence's root.
        DocumentSource oneFile = new DocumentSource() {
            @Override
            public void read(Path input, Consumer<Document> documents,
                             Consumer<IngestProblem> problems) {
                try {
                    documents.accept(new Document("talks", Files.readString(input), null, null, null, null,
                            input.toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void read(InputStream in, String origin, Consumer<Document> documents,
                             Consumer<IngestProblem> problems) {
                throw new UnsupportedOperationException("no stdin here");
            }
        };
        Stages stages = new Stages(oneFile, CoreNlpAnnotator::withDefaults, () -> ParleyCodeIT::rootEvents);

        int status = Parley.execute(new String[] {"code", "--date", "2017-08-10", story.toString()}, stages, io());

        assertThat(status).isZero();
        List<JsonNode> events = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).lines().toList()) {
            events.add(mapper.readTree(line));
        }
        assertThat(events).extracting(e -> e.get("sentence").asInt()).containsExactly(0, 1);
        assertThat(events).extracting(e -> e.at("/source/text").asText()).containsExactly("Israel", "Egypt");
        assertThat(events).extracting(e -> e.at("/trigger/text").asText()).containsExactly("held", "condemned");
        assertThat(events).extracting(e -> e.at("/trigger/span").toString()).containsExactly("[37,41]", "[83,92]");
        assertThat(events).extracting(e -> e.get("date").asText()).containsExactly("2017-07", "2017-08-08");
    }

    private static List<EventMention> rootEvents(AnnotatedDocument document) {
        List<EventMention> events = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            Token root = sentence.token(sentence.roots().get(0));
            EntityMention entity = sentence.entities().get(0);
            String date = sentence.times().isEmpty() ? null : sentence.times().get(0).value();
            events.add(new EventMention(document.document().id(), sentence.index(), "010", "01", "CONSULT", 1, 0.0,
                    new Actor(entity.text(), null, null, null, entity.span()), null,
                    new Trigger(root.word(), root.span()), date, null, false,
                    Mood.ASSERTED, null, sentence.span().of(document.text()), sentence.span(), 0.5));
        }
        return events;
    }
}
