package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Document;

class CodeCommandTest {

    @TempDir
    Path dir;

    private Fakes fakes;
    private Path israel;
    private Path egypt;

    @BeforeEach
    void writeInputs() throws IOException {
        fakes = new Fakes();
        israel = Files.writeString(dir.resolve("a-israel.txt"), "Israel met Russia");
        egypt = Files.writeString(dir.resolve("b-egypt.txt"), "Egypt met Jordan");
    }

    private static String line(String doc, String source, String target, String date, String evidence,
                               int targetStart) {
        return "{\"doc\":\"" + doc + "\",\"sentence\":0,\"code\":\"040\",\"root\":\"04\",\"plover\":\"CONSULT\","
                + "\"quad\":1,\"goldstein\":1.0,"
                + "\"source\":{\"text\":\"" + source + "\",\"code\":\"" + source.toUpperCase() + "\",\"country\":\""
                + source.toUpperCase() + "\",\"sector\":null,\"span\":[0," + source.length() + "]},"
                + "\"target\":{\"text\":\"" + target + "\",\"code\":null,\"country\":null,\"sector\":null,"
                + "\"span\":[" + targetStart + "," + (targetStart + target.length()) + "]},"
                + "\"trigger\":{\"text\":\"met\",\"span\":[0,1]},\"date\":" + (date == null ? "null" : "\"" + date + "\"")
                + ",\"place\":null,\"negated\":false,\"mood\":\"asserted\",\"attribution\":null,"
                + "\"evidence\":\"" + evidence + "\",\"confidence\":0.50,\"evidence_span\":[0," + evidence.length() + "]}\n";
    }

    @Test
    void printsOneJsonLinePerEventOfEveryDocument() {
        int status = fakes.run(dir, "code", israel.toString(), egypt.toString());

        assertThat(status).isZero();
        assertThat(fakes.out()).isEqualTo(
                line("a-israel.txt", "Israel", "Russia", "2020-01-02", "Israel met Russia", 11)
                + line("b-egypt.txt", "Egypt", "Jordan", "2020-01-02", "Egypt met Jordan", 10));
        assertThat(fakes.err()).isEmpty();
        assertThat(fakes.annotatorsBuilt).isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void eachThreadHasAnAnnotatorOfItsOwn() {
        assertThat(fakes.run(dir, "code", "--threads", "3", israel.toString())).isZero();

        assertThat(fakes.annotatorsBuilt).isEqualTo(3);
        assertThat(fakes.out()).isEqualTo(line("a-israel.txt", "Israel", "Russia", "2020-01-02", "Israel met Russia", 11));
    }

    @Test
    void zeroThreadsIsAUsageError() {
        assertThat(fakes.run(dir, "code", "--threads", "0", israel.toString())).isEqualTo(2);

        assertThat(fakes.err()).startsWith(
                "parley: Invalid value for option '--threads': 0 is not a number of threads of 1 or more\n");
        assertThat(fakes.annotatorsBuilt).isZero();
    }

    @Test
    void aDirectoryIsReadWhole() {
        assertThat(fakes.run(dir, "code", dir.toString())).isZero();

        assertThat(fakes.out().lines()).hasSize(2);
    }

    @Test
    void theDateOptionOverridesThePublicationDate() {
        int status = fakes.run(dir, "code", "--date", "2017-08-10", israel.toString());

        assertThat(status).isZero();
        assertThat(fakes.annotated).extracting(Document::published).containsExactly(LocalDate.of(2017, 8, 10));
        assertThat(fakes.out()).contains("\"date\":\"2017-08-10\"");
    }

    @Test
    void anInvalidDateIsAUsageErrorThatNamesTheValue() {
        int status = fakes.run(dir, "code", "--date", "2017-13-45", israel.toString());

        assertThat(status).isEqualTo(2);
        assertThat(fakes.err()).startsWith(
                "parley: Invalid value for option '--date': '2017-13-45' is not a date of the form YYYY-MM-DD\n");
        assertThat(fakes.out()).isEmpty();
        assertThat(fakes.annotatorsBuilt).isZero();
    }

    @Test
    void anUnknownTimeSourceIsAUsageErrorThatNamesTheValue() {
        int status = fakes.run(dir, "code", "--times", "heideltime", israel.toString());

        assertThat(status).isEqualTo(2);
        assertThat(fakes.err()).startsWith(
                "parley: Invalid value for option '--times': must be parley or sutime, not 'heideltime'\n");
        assertThat(fakes.out()).isEmpty();
        assertThat(fakes.annotatorsBuilt).isZero();
    }

    @Test
    void noInputIsAUsageError() {
        assertThat(fakes.run(dir, "code")).isEqualTo(2);

        assertThat(fakes.err()).contains("parley: Missing required parameter: 'FILE|DIR|-'")
                .contains("Try 'parley code --help'");
    }

    @Test
    void aMissingFileIsReportedAndTheOthersStillGoThrough() {
        Path missing = dir.resolve("missing.txt");

        int status = fakes.run(dir, "code", missing.toString(), egypt.toString());

        assertThat(status).isEqualTo(1);
        assertThat(fakes.err()).isEqualTo("parley: " + missing + ": no such file or directory\n");
        assertThat(fakes.out()).isEqualTo(line("b-egypt.txt", "Egypt", "Jordan", "2020-01-02", "Egypt met Jordan", 10));
    }

    @Test
    void missingInputsAloneLoadNoModel() {
        assertThat(fakes.run(dir, "code", dir.resolve("nothing").toString())).isEqualTo(1);

        assertThat(fakes.annotatorsBuilt).isZero();
    }

    @Test
    void anUnreadableDocumentIsReportedWithItsPathAndReason() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.txt"), "\u00ff");

        int status = fakes.run(dir, "code", dir.toString());

        assertThat(status).isEqualTo(1);
        assertThat(fakes.err()).isEqualTo("parley: " + bad + ": not UTF-8 text\n");
        assertThat(fakes.out().lines()).hasSize(2);
    }

    @Test
    void aDocumentTheCoderFailsOnIsReportedAndTheRunGoesOn() throws IOException {
        Path crash = Files.writeString(dir.resolve("c-crash.txt"), "CRASH here");

        int status = fakes.run(dir, "code", israel.toString(), crash.toString(), egypt.toString());

        assertThat(status).isEqualTo(1);
        assertThat(fakes.err()).isEqualTo("parley: " + crash + ": cannot code: parse graph has a cycle\n");
        assertThat(fakes.out().lines()).hasSize(2);
    }

    @Test
    void aDashReadsStandardInput() {
        int status = Parley.execute(new String[] {"code", "-"}, fakes.stages(), fakes.io(dir, false, "Chad met Niger\n"));

        assertThat(status).isZero();
        assertThat(fakes.annotated).extracting(Document::origin).containsExactly("stdin");
        assertThat(fakes.out()).isEqualTo(line("stdin-doc", "Chad", "Niger", null, "Chad met Niger", 9));
    }

    @Test
    void progressIsShownOnATerminal() {
        int status = Parley.execute(new String[] {"code", israel.toString(), egypt.toString()},
                fakes.stages(), fakes.io(dir, true, ""));

        assertThat(status).isZero();
        assertThat(fakes.err()).startsWith("\rloading models...").contains("\rcoded 2 documents, 2 events").endsWith("\n");
        assertThat(fakes.out().lines()).hasSize(2);
    }

    @Test
    void quietShowsNoProgressEvenOnATerminal() {
        int status = Parley.execute(new String[] {"code", "--quiet", israel.toString()},
                fakes.stages(), fakes.io(dir, true, ""));

        assertThat(status).isZero();
        assertThat(fakes.err()).isEmpty();
    }

    @Test
    void aMalformedDictionaryIsAUsageErrorNamingFileAndLine() throws IOException {
        Path actors = Files.writeString(dir.resolve("bad.actors.txt"), "# mine\n+ORPHAN\n");

        int status = fakes.run(dir, "code", "--actors", actors.toString(), israel.toString());

        assertThat(status).isEqualTo(2);
        assertThat(fakes.err()).isEqualTo("parley: " + actors + ":2: synonym '+ORPHAN' before any entry\n");
        assertThat(fakes.out()).isEmpty();
        assertThat(fakes.annotatorsBuilt).isZero();
    }

    @Test
    void noDefaultDictionariesNeedsFiles() {
        int status = fakes.run(dir, "code", "--no-default-dictionaries", israel.toString());

        assertThat(status).isEqualTo(2);
        assertThat(fakes.err()).isEqualTo("parley: --no-default-dictionaries needs --actors, --agents or --verbs\n");
    }

    @Test
    void aMissingVerbDictionaryIsNamed() {
        Path verbs = dir.resolve("none.verbs.txt");

        int status = fakes.run(dir, "code", "--verbs", verbs.toString(), israel.toString());

        assertThat(status).isEqualTo(2);
        assertThat(fakes.err()).startsWith("parley: " + verbs + ": cannot read: ");
    }
}
