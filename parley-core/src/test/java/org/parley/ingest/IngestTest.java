package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Document;

class IngestTest {

    private static final String HEADLINE = "Israel, US and Russia held secret talks on Syria";
    private static final String ARTICLE = HEADLINE + "\n"
            + "10 August, 2017\n"
            + "\n"
            + "Israel, the United States and Russia held secret discussions last month in Amman.\n"
            + "\n"
            + "Israel reportedly opposed the deal.\n";

    @TempDir
    Path dir;

    private final Ingest ingest = Ingest.withDefaults();
    private final List<Document> documents = new ArrayList<>();
    private final List<IngestProblem> problems = new ArrayList<>();

    private void read(Path input) {
        ingest.read(input, documents::add, problems::add);
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }

    @Test
    void plainTextGetsHeadlineDateAndItsTextAsRead() throws IOException {
        Path file = write("talks.txt", ARTICLE);

        read(file);

        assertThat(problems).isEmpty();
        assertThat(documents).singleElement().satisfies(doc -> {
            assertThat(doc.title()).isEqualTo(HEADLINE);
            assertThat(doc.published()).isEqualTo(LocalDate.of(2017, 8, 10));
            assertThat(doc.text()).isEqualTo(ARTICLE);
            assertThat(doc.origin()).isEqualTo(file.toString());
            assertThat(doc.id()).hasSize(16).matches("[0-9a-f]{16}");
        });
    }

    @Test
    void plainTextLosesItsBomAndGetsLfLineEnds() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = ARTICLE.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(body, 0, content, bom.length, body.length);

        read(write("crlf.txt", content));

        assertThat(documents).singleElement().extracting(Document::text).isEqualTo(ARTICLE);
    }

    @Test
    void aSentenceFirstLineIsNoHeadline() throws IOException {
        read(write("untitled.txt", "Israel reportedly opposed the deal at the meetings.\nMore text.\n"));

        assertThat(documents).singleElement().satisfies(doc -> {
            assertThat(doc.title()).isNull();
            assertThat(doc.published()).isNull();
        });
    }

    @Test
    void theSameTextInTwoFilesHasTheSameId() throws IOException {
        read(write("a.txt", ARTICLE));
        read(write("copy/b", ARTICLE.replace("\n\n", "\n   \n")));

        assertThat(documents).hasSize(2);
        assertThat(documents.get(0).id()).isEqualTo(documents.get(1).id());
        assertThat(documents.get(0).id()).isNotEqualTo(DocumentId.of(ARTICLE + " more"));
    }

    @Test
    void jsonLinesGivesOneDocumentPerLineAndAProblemForTheBadOne() throws IOException {
        Path file = write("wire.jsonl", """
                {"id":"w1","url":"https://example.org/1","source":"Wire","date":"2017-08-10","title":"One","text":"Israel opposed the deal."}
                {"id":"w2","text":
                {"text":"Russia and Jordan agreed on a ceasefire.","date":"Thu, 10 Aug 2017 12:00:00 GMT"}
                """);

        read(file);

        assertThat(documents).hasSize(2);
        Document first = documents.get(0);
        assertThat(first.id()).isEqualTo("w1");
        assertThat(first.url()).isEqualTo("https://example.org/1");
        assertThat(first.source()).isEqualTo("Wire");
        assertThat(first.title()).isEqualTo("One");
        assertThat(first.text()).isEqualTo("Israel opposed the deal.");
        assertThat(first.published()).isEqualTo(LocalDate.of(2017, 8, 10));
        assertThat(first.origin()).isEqualTo(file + ":1");
        Document third = documents.get(1);
        assertThat(third.id()).isEqualTo(DocumentId.of("Russia and Jordan agreed on a ceasefire."));
        assertThat(third.published()).isEqualTo(LocalDate.of(2017, 8, 10));
        assertThat(third.origin()).isEqualTo(file + ":3");
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.origin()).isEqualTo(file + ":2");
            assertThat(problem.reason()).startsWith("not valid JSON");
        });
    }

    @Test
    void jsonLinesReportsLinesThatAreNoDocument() throws IOException {
        Path file = write("bad.ndjson", "[1,2]\n{\"title\":\"no text\"}\n\n{\"text\":\"  \"}\n");

        read(file);

        assertThat(documents).isEmpty();
        assertThat(problems).extracting(IngestProblem::toString).containsExactly(
                file + ":1: not a JSON object",
                file + ":2: JSON object has no \"text\" field",
                file + ":4: empty document: no text");
    }

    @Test
    void jsonLinesToleratesBomAndCrlfAndReportsAnInvalidUtf8Line() throws IOException {
        byte[] first = "\uFEFF{\"text\":\"One.\"}\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] second = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xE9, '"', '}', '\r', '\n'};
        byte[] third = "{\"text\":\"Three.\"}".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[first.length + second.length + third.length];
        System.arraycopy(first, 0, content, 0, first.length);
        System.arraycopy(second, 0, content, first.length, second.length);
        System.arraycopy(third, 0, content, first.length + second.length, third.length);
        Path file = write("mixed.jsonl", content);

        read(file);

        assertThat(documents).extracting(Document::text, Document::origin)
                .containsExactly(tuple("One.", file + ":1"), tuple("Three.", file + ":3"));
        assertThat(problems).containsExactly(new IngestProblem(file + ":2", "not valid UTF-8 text"));
    }

    @Test
    void htmlKeepsTheArticleAndDropsScriptsAndNavigation() throws IOException {
        Path file = write("page.html", """
                <html><head>
                <title>Talks | Site</title>
                <meta property="og:title" content="Secret talks on Syria">
                <meta property="og:site_name" content="Haaretz">
                <meta property="article:published_time" content="2017-08-10T05:32:00+03:00">
                <link rel="canonical" href="https://example.org/talks">
                <script>var tracking = "do not read";</script>
                </head><body>
                <nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article>
                  <header><h1>Secret talks on Syria</h1></header>
                  <p>Israel, the United States and Russia
                     held <b>secret</b> discussions.</p>
                  <script>alert("ad")</script>
                  <p>Israel reportedly opposed<br>the deal.</p>
                  <aside>Read more</aside>
                </article>
                <footer>Copyright</footer>
                </body></html>
                """);

        read(file);

        assertThat(problems).isEmpty();
        assertThat(documents).singleElement().satisfies(doc -> {
            assertThat(doc.text()).isEqualTo("Israel, the United States and Russia held secret discussions."
                    + "\n\nIsrael reportedly opposed\nthe deal.");
            assertThat(doc.title()).isEqualTo("Secret talks on Syria");
            assertThat(doc.source()).isEqualTo("Haaretz");
            assertThat(doc.url()).isEqualTo("https://example.org/talks");
            assertThat(doc.published()).isEqualTo(LocalDate.of(2017, 8, 10));
        });
    }

    @Test
    void htmlWithoutMetadataTakesTitleAndDateFromThePage() throws IOException {
        read(write("bare.htm", "<html><head><title>Bare page</title></head><body><main>"
                + "<p>10 August 2017</p><p>Jordan hosted the talks.</p></main></body></html>"));

        assertThat(documents).singleElement().satisfies(doc -> {
            assertThat(doc.text()).isEqualTo("10 August 2017\n\nJordan hosted the talks.");
            assertThat(doc.title()).isEqualTo("Bare page");
            assertThat(doc.published()).isEqualTo(LocalDate.of(2017, 8, 10));
        });
    }

    @Test
    void rssGivesOneDocumentPerItem() throws IOException {
        Path file = write("feed.rss", """
                <?xml version="1.0"?>
                <rss version="2.0"><channel><title>Wire</title>
                <item><title>First</title><link>https://example.org/1</link>
                <pubDate>Thu, 10 Aug 2017 12:00:00 GMT</pubDate>
                <description>&lt;p&gt;Israel opposed the deal.&lt;/p&gt;</description></item>
                <item><title>Second</title><description><![CDATA[<p>Russia agreed.</p><p>Jordan too.</p>]]></description></item>
                </channel></rss>
                """);

        read(file);

        assertThat(problems).isEmpty();
        assertThat(documents).extracting(Document::title, Document::text, Document::published,
                        Document::url, Document::source, Document::origin)
                .containsExactly(
                        tuple("First", "Israel opposed the deal.",
                                LocalDate.of(2017, 8, 10), "https://example.org/1", "Wire", file + "#1"),
                        tuple("Second", "Russia agreed.\n\nJordan too.",
                                null, null, "Wire", file + "#2"));
    }

    @Test
    void atomGivesOneDocumentPerEntry() throws IOException {
        Path file = write("feed.atom", """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title>
                <entry><title>Talks</title><link rel="alternate" href="https://example.org/a"/>
                <updated>2017-08-11T00:00:00Z</updated><published>2017-08-10T09:00:00Z</published>
                <content type="html">&lt;p&gt;Talks were held in Amman.&lt;/p&gt;</content></entry>
                </feed>
                """);

        read(file);

        assertThat(documents).singleElement().satisfies(doc -> {
            assertThat(doc.text()).isEqualTo("Talks were held in Amman.");
            assertThat(doc.url()).isEqualTo("https://example.org/a");
            assertThat(doc.published()).isEqualTo(LocalDate.of(2017, 8, 10));
            assertThat(doc.source()).isEqualTo("Atom wire");
        });
    }

    @Test
    void emptyFileIsAProblem() throws IOException {
        Path file = write("empty.txt", " \n\t\n");

        read(file);

        assertThat(documents).isEmpty();
        assertThat(problems).containsExactly(new IngestProblem(file.toString(), "empty document: no text"));
    }

    @Test
    void missingPathIsAProblemNamingIt() {
        Path missing = dir.resolve("nowhere/article.txt");

        read(missing);

        assertThat(problems).containsExactly(new IngestProblem(missing.toString(), "no such file or directory"));
        assertThat(problems.get(0).toString()).contains("nowhere/article.txt");
    }

    @Test
    void binaryFileIsAProblem() throws IOException {
        Path file = write("image.txt", new byte[] {'G', 'I', 'F', 0, 1, 2});

        read(file);

        assertThat(documents).isEmpty();
        assertThat(problems).containsExactly(new IngestProblem(file.toString(), "binary file, not text"));
    }

    @Test
    void invalidUtf8IsAProblem() throws IOException {
        Path file = write("latin1.txt", "Caf\u00e9 talks".getBytes(StandardCharsets.ISO_8859_1));

        read(file);

        assertThat(problems).containsExactly(new IngestProblem(file.toString(), "not valid UTF-8 text"));
    }

    @Test
    void directoryIsWalkedInSortedOrderSkippingHiddenAndUnknownFiles() throws IOException {
        write("b.txt", "Second text.");
        write("a/z.txt", "First text.");
        write("c.jsonl", "{\"text\":\"Third text.\"}\n");
        write(".hidden.txt", "Hidden text.");
        write(".git/config.txt", "Hidden directory.");
        write("README.md", "Not a news document.");

        read(dir);

        assertThat(problems).isEmpty();
        assertThat(documents).extracting(Document::origin).containsExactly(
                dir.resolve("a/z.txt").toString(), dir.resolve("b.txt").toString(),
                dir.resolve("c.jsonl") + ":1");
    }

    @Test
    void directoryWithoutDocumentsIsOneProblem() throws IOException {
        write(".hidden.txt", "Hidden text.");

        read(dir);

        assertThat(documents).isEmpty();
        assertThat(problems).containsExactly(new IngestProblem(dir.toString(), "no documents found"));
    }

    @Test
    void stdinJsonLinesIsReadLineByLine() {
        byte[] input = "{\"id\":\"s1\",\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n".getBytes(StandardCharsets.UTF_8);

        ingest.read(new ByteArrayInputStream(input), "stdin", documents::add, problems::add);

        assertThat(problems).isEmpty();
        assertThat(documents).extracting(Document::id, Document::text, Document::origin).containsExactly(
                tuple("s1", "One.", "stdin:1"),
                tuple(DocumentId.of("Two."), "Two.", "stdin:2"));
    }

    @Test
    void stdinPlainTextAndHtmlAreSniffed() {
        ingest.read(new ByteArrayInputStream(ARTICLE.getBytes(StandardCharsets.UTF_8)), "stdin",
                documents::add, problems::add);
        ingest.read(new ByteArrayInputStream("<!DOCTYPE html><p>Hello <i>there</i></p><script>x()</script>"
                .getBytes(StandardCharsets.UTF_8)), "stdin", documents::add, problems::add);

        assertThat(problems).isEmpty();
        assertThat(documents).extracting(Document::text).containsExactly(ARTICLE, "Hello there");
        assertThat(documents.get(0).published()).isEqualTo(LocalDate.of(2017, 8, 10));
    }
}
