package org.parley.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import com.sun.management.OperatingSystemMXBean;
import org.parley.annotate.Annotator;
import org.parley.eval.GoldFormatException;
import org.parley.eval.GoldRecord;
import org.parley.eval.GoldSet;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Document;
import org.parley.model.EventMention;
import org.parley.nlp.CoreNlpAnnotator;
import org.parley.nlp.TimeSource;
import org.parley.output.EventJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code parley bench}: how fast Parley codes news on this machine, next to the CoreNLP pipeline
 * it runs, measured in the same process on the same documents and threads.
 *
 * <p>Two phases, after a warm-up that is not counted: (a) CoreNLP alone, with exactly Parley's
 * annotators and options, its output thrown away; (b) Parley end to end: reading the files,
 * annotating, coding, and writing JSON Lines to nowhere. Both run on the same annotator instances,
 * so the ratio (b)/(a) is what coding, conversion and output cost on top of CoreNLP.
 */
@Command(name = "bench",
        description = "Measure sentences and tokens per second of the bare CoreNLP pipeline that Parley runs, "
                + "then of Parley end to end (read, annotate, code, JSON), on the same documents and threads, "
                + "and the heap used. Warm-up is not counted.",
        footer = {
            "",
            "Examples:",
            "  parley bench                              the sample articles, repeated",
            "  parley bench --threads 1 --repeat 10",
            "  parley bench --docs ../shared/corpus --docs samples --json"},
        mixinStandardHelpOptions = true,
        versionProvider = Version.class)
final class BenchCommand implements Callable<Integer> {

    /** Sentences per measured phase that the default number of repetitions aims at. */
    static final int TARGET_SENTENCES = 3000;
    /** Sentences the bare pipeline annotates, uncounted, before anything is measured. */
    static final int WARM_UP_SENTENCES = 1000;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads, one CoreNLP pipeline each (default: the number of processors, ${DEFAULT-VALUE}).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--docs", paramLabel = "DIR|FILE",
            description = "Documents to run on; may be given more than once (default: the bundled samples/).")
    private List<String> docs;

    @Option(names = "--repeat", paramLabel = "K",
            description = "Passes over the documents in each phase (default: enough for "
                    + TARGET_SENTENCES + " sentences).")
    private int repeat;

    @Option(names = "--json", description = "Print the figures as one JSON object instead of a table.")
    private boolean json;

    @Option(names = "--compare-times", paramLabel = "FILE", hidden = true,
            description = "Instead of measuring speed, annotate the documents (default: the samples, "
                    + "../shared/corpus and the gold sentences of ../shared/gold) with SUTime's times and "
                    + "with Parley's, print how many time expressions agree, and list the disagreements in FILE.")
    private Path compareTimes;

    @Spec
    private CommandSpec spec;

    @Mixin
    private TimesOption times = new TimesOption();

    private final Stages stages;
    private final Io io;

    BenchCommand(Stages stages, Io io) {
        this.stages = stages;
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--threads': " + threads + " is not a number of threads of 1 or more");
        }
        if (repeat < 0) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--repeat': " + repeat + " is not a number of passes of 0 or more");
        }
        if (compareTimes != null) {
            return compareTimes();
        }
        List<String> inputs = docs != null ? docs : List.of(io.home().resolve("samples").toString());
        List<Document> documents = new ArrayList<>();
        boolean allRead = readAll(inputs, documents);
        if (documents.isEmpty()) {
            io.err().println("parley: no documents to run on in " + String.join(", ", inputs));
            return 1;
        }
        status("loading models...");
        Coder coder = stages.coder().get();
        List<Annotator> annotators = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            annotators.add(times.applyTo(stages).annotator().get());
        }
        try (HeapWatch heap = HeapWatch.start()) {
            status("warming up...");
            int perPass = Math.max(1, bare(annotators, documents, 1, heap).sentences());
            if (perPass < WARM_UP_SENTENCES) {
                bare(annotators, documents, ceilDiv(WARM_UP_SENTENCES - perPass, perPass), heap);
            }
            Stages prebuilt = prebuilt(annotators, coder);
            // Parley's own stages warm up as long as CoreNLP did: a long run codes with compiled
            // code, and one pass of a few dozen sentences leaves the coder mostly interpreted.
            endToEnd(prebuilt, inputs, ceilDiv(WARM_UP_SENTENCES, perPass), heap);
            int passes = repeat > 0 ? repeat : ceilDiv(TARGET_SENTENCES, perPass);
            // The phases take turns in the order a, b, b, a, half of the passes each time, so that
            // what changes in the machine or the JIT over the run weighs on both alike.
            Map<String, Double> perAnnotator = new LinkedHashMap<>();
            Phase coreNlp = null;
            Phase parley = null;
            int[] halves = {passes / 2, passes - passes / 2};
            for (int turn = 0; turn < 4; turn++) {
                int half = halves[turn / 2];
                if (half == 0) {
                    continue;
                }
                if (turn == 0 || turn == 3) {
                    status("CoreNLP alone, " + half + " passes...");
                    Map<String, Double> before = annotatorSeconds(annotators);
                    coreNlp = Phase.plus(coreNlp, bare(annotators, documents, half, heap));
                    minus(annotatorSeconds(annotators), before).forEach((name, s) -> perAnnotator.merge(name, s, Double::sum));
                } else {
                    status("Parley end to end, " + half + " passes...");
                    parley = Phase.plus(parley, endToEnd(prebuilt, inputs, half, heap));
                }
            }
            clearStatus();
            BenchReport report = new BenchReport(threads, documents.size(), passes, coreNlp, parley, perAnnotator);
            io.out().print(json ? report.json() : report.table());
            io.out().flush();
        }
        return allRead ? 0 : 1;
    }

    /** {@code --compare-times}: both time sources on the same texts, one annotator each, one thread. */
    private int compareTimes() throws IOException {
        Path shared = io.home().resolve("..").resolve("shared").normalize();
        Map<String, String> inputs = new LinkedHashMap<>();
        if (docs != null) {
            docs.forEach(input -> inputs.put(input, input));
        } else {
            inputs.put("samples", io.home().resolve("samples").toString());
            if (Files.isDirectory(shared.resolve("corpus"))) {
                inputs.put("corpus", shared.resolve("corpus").toString());
            }
        }
        Map<String, List<Document>> groups = new LinkedHashMap<>();
        boolean allRead = true;
        for (Map.Entry<String, String> input : inputs.entrySet()) {
            List<Document> read = new ArrayList<>();
            allRead &= readAll(List.of(input.getValue()), read);
            groups.put(input.getKey(), read);
        }
        if (docs == null && Files.isDirectory(shared.resolve("gold"))) {
            for (GoldSet set : GoldSet.values()) {
                List<Document> sentences = new ArrayList<>();
                try {
                    for (GoldRecord r : set.read(shared.resolve("gold"))) {
                        String id = set.key() + ":" + r.id();
                        sentences.add(new Document(id, r.text(), r.date(), null, null, null, id));
                    }
                } catch (GoldFormatException e) {
                    io.err().println("parley: " + e.getMessage());
                    allRead = false;
                }
                groups.put(set.key(), sentences);
            }
        }
        status("loading models...");
        Annotator sutime = CoreNlpAnnotator.builder().times(TimeSource.SUTIME).build();
        Annotator parley = CoreNlpAnnotator.builder().times(TimeSource.PARLEY).build();
        TimeComparison comparison = new TimeComparison();
        for (Map.Entry<String, List<Document>> group : groups.entrySet()) {
            status("comparing " + group.getKey() + "...");
            for (Document document : group.getValue()) {
                comparison.add(group.getKey(), sutime.annotate(document), parley.annotate(document));
            }
        }
        clearStatus();
        Files.write(compareTimes, comparison.disagreements(), StandardCharsets.UTF_8);
        io.out().print(comparison.table());
        io.out().flush();
        return allRead ? 0 : 1;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    /** Reads every input once, reporting what cannot be read; returns whether all went through. */
    private boolean readAll(List<String> inputs, List<Document> into) {
        // A coding run whose annotator only remembers the document reads exactly as parley code does.
        Stages reader = new Stages(stages.source(), () -> document -> {
            into.add(document);
            return new AnnotatedDocument(document, List.of());
        }, () -> document -> List.of());
        return new CodingRun(reader, null, io, false, 1).code(inputs, (document, events) -> { });
    }

    /** The same annotators and coder for every run, so that no run loads a model. */
    private static Stages prebuilt(List<Annotator> annotators, Coder coder) {
        int[] next = {0};
        return new Stages(null, () -> annotators.get(next[0]++ % annotators.size()), () -> coder);
    }

    private Phase bare(List<Annotator> annotators, List<Document> documents, int passes, HeapWatch heap) {
        long[] counts = new long[2];
        List<Function<Document, long[]>> work = new ArrayList<>();
        for (Annotator annotator : annotators) {
            work.add(document -> bareCounts(annotator, document));
        }
        heap.reset();
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        try (OrderedWorkers<Document, long[]> workers = new OrderedWorkers<>(work, 4 * annotators.size(), c -> {
            counts[0] += c[0];
            counts[1] += c[1];
        }, "parley-bench")) {
            for (int pass = 0; pass < passes; pass++) {
                documents.forEach(workers::submit);
            }
            workers.finish();
        }
        return new Phase(System.nanoTime() - start, processCpuNanos() - cpuStart, (int) counts[0], counts[1],
                heap.snapshot());
    }

    private static long[] bareCounts(Annotator annotator, Document document) {
        if (annotator instanceof CoreNlpAnnotator coreNlp) {
            CoreNlpAnnotator.PipelineCounts counts = coreNlp.annotateBare(document);
            return new long[] {counts.sentences(), counts.tokens()};
        }
        // Stand-in annotators of tests have no bare pipeline: their output is the baseline.
        AnnotatedDocument annotated = annotator.annotate(document);
        return new long[] {annotated.sentences().size(),
                annotated.sentences().stream().mapToLong(s -> s.tokens().size()).sum()};
    }

    private Phase endToEnd(Stages prebuilt, List<String> inputs, int passes, HeapWatch heap) {
        List<String> repeated = new ArrayList<>();
        for (int pass = 0; pass < passes; pass++) {
            repeated.addAll(inputs);
        }
        Stages run = new Stages(stages.source(), prebuilt.annotator(), prebuilt.coder());
        heap.reset();
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        CodingRun coding = new CodingRun(run, null, io, false, threads);
        try (EventJson out = EventJson.to(Writer.nullWriter())) {
            coding.code(repeated, (document, events) -> {
                for (EventMention event : events) {
                    out.write(event);
                }
                out.flush();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Phase(System.nanoTime() - start, processCpuNanos() - cpuStart, coding.sentences(), coding.tokens(),
                heap.snapshot());
    }

    /**
     * CPU time of the whole process (every thread, garbage collection and compilation included):
     * on a machine shared with other work, sentences per CPU second vary far less than per
     * second of wall time.
     */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static Map<String, Double> annotatorSeconds(List<Annotator> annotators) {
        Map<String, Double> sum = new LinkedHashMap<>();
        for (Annotator annotator : annotators) {
            if (annotator instanceof CoreNlpAnnotator coreNlp) {
                coreNlp.annotatorSeconds().forEach((name, seconds) -> sum.merge(name, seconds, Double::sum));
            }
        }
        return sum;
    }

    private static Map<String, Double> minus(Map<String, Double> after, Map<String, Double> before) {
        Map<String, Double> out = new LinkedHashMap<>();
        after.forEach((name, seconds) -> out.put(name, seconds - before.getOrDefault(name, 0.0)));
        return Collections.unmodifiableMap(out);
    }

    private void status(String line) {
        if (io.errIsTerminal()) {
            io.err().print("\r\033[K" + line);
            io.err().flush();
        }
    }

    private void clearStatus() {
        if (io.errIsTerminal()) {
            io.err().print("\r\033[K");
            io.err().flush();
        }
    }

    /** One measured phase: wall and process CPU time, the text it went through, and the heap meanwhile. */
    record Phase(long nanos, long cpuNanos, int sentences, long tokens, HeapWatch.Heap heap) {
        double seconds() {
            return nanos / 1e9;
        }

        /** Both phases' time and text together; the heap's highest figures and every collection of both. */
        static Phase plus(Phase a, Phase b) {
            if (a == null) {
                return b;
            }
            List<Long> after = new ArrayList<>(a.heap().afterCollections());
            after.addAll(b.heap().afterCollections());
            return new Phase(a.nanos() + b.nanos(), a.cpuNanos() + b.cpuNanos(), a.sentences() + b.sentences(),
                    a.tokens() + b.tokens(), new HeapWatch.Heap(Math.max(a.heap().max(), b.heap().max()),
                    Math.max(a.heap().peakUsed(), b.heap().peakUsed()), List.copyOf(after)));
        }

        double cpuSeconds() {
            return cpuNanos / 1e9;
        }

        double sentencesPerCpuSecond() {
            return cpuNanos == 0 ? 0 : sentences / cpuSeconds();
        }

        double sentencesPerSecond() {
            return sentences / seconds();
        }

        double tokensPerSecond() {
            return tokens / seconds();
        }
    }
}
