package org.parley.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The figures of one {@code parley bench} run, as a table for people or JSON for machines. */
record BenchReport(int threads, int documents, int passes, BenchCommand.Phase coreNlp, BenchCommand.Phase parley,
                   Map<String, Double> annotatorSeconds) {

    private static final double MB = 1024.0 * 1024.0;

    /** Parley's sentences per second over CoreNLP's alone: 1 means coding costs nothing. */
    double ratio() {
        return parley.sentencesPerSecond() / coreNlp.sentencesPerSecond();
    }

    /** The same ratio per CPU second of the process, which other load on the machine disturbs less. */
    double cpuRatio() {
        double a = coreNlp.sentencesPerCpuSecond();
        return a == 0 ? 0 : parley.sentencesPerCpuSecond() / a;
    }

    String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "parley bench: %d documents x %d passes, %d %s, warm-up excluded%n%n",
                documents, passes, threads, threads == 1 ? "thread" : "threads"));
        out.append(String.format(Locale.ROOT, "%-26s %9s %10s %10s %13s %12s %9s %17s%n",
                "phase", "seconds", "sentences", "tokens", "sentences/s", "tokens/s", "cpu s", "sentences/cpu-s"));
        row(out, "(a) CoreNLP alone", coreNlp);
        row(out, "(b) Parley end to end", parley);
        out.append(String.format(Locale.ROOT, "%-26s %58.3f %27.3f%n", "ratio (b)/(a)", ratio(), cpuRatio()));
        if (!annotatorSeconds.isEmpty()) {
            double total = annotatorSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
            out.append(String.format(Locale.ROOT, "%nCoreNLP annotators in (a), thread seconds:%n"));
            annotatorSeconds.forEach((name, seconds) -> out.append(String.format(Locale.ROOT,
                    "  %-26s %7.1f  %3.0f%%%n", name, seconds, total > 0 ? 100 * seconds / total : 0)));
        }
        out.append(String.format(Locale.ROOT, "%nheap (max %.0f MB)        %12s %18s %18s %12s%n",
                coreNlp.heap().max() / MB, "peak used", "after 1st GC", "after last GC", "collections"));
        heap(out, "(a) CoreNLP alone", coreNlp.heap());
        heap(out, "(b) Parley end to end", parley.heap());
        return out.toString();
    }

    String json() throws JsonProcessingException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("threads", threads);
        out.put("documents", documents);
        out.put("passes", passes);
        out.put("corenlp", phase(coreNlp));
        out.put("parley", phase(parley));
        out.put("ratio", round(ratio(), 1000));
        out.put("cpu_ratio", round(cpuRatio(), 1000));
        Map<String, Double> seconds = new LinkedHashMap<>();
        annotatorSeconds.forEach((name, s) -> seconds.put(name, round(s, 10)));
        out.put("corenlp_annotator_seconds", seconds);
        return new ObjectMapper().writeValueAsString(out) + System.lineSeparator();
    }

    private static void row(StringBuilder out, String name, BenchCommand.Phase phase) {
        out.append(String.format(Locale.ROOT, "%-26s %9.1f %10d %10d %13.1f %12.0f %9.1f %17.1f%n", name,
                phase.seconds(), phase.sentences(), phase.tokens(), phase.sentencesPerSecond(), phase.tokensPerSecond(),
                phase.cpuSeconds(), phase.sentencesPerCpuSecond()));
    }

    private static void heap(StringBuilder out, String name, HeapWatch.Heap heap) {
        out.append(String.format(Locale.ROOT, "%-26s %9.0f MB %15.0f MB %15.0f MB %12d%n", name, heap.peakUsed() / MB,
                heap.firstAfter() / MB, heap.lastAfter() / MB, heap.afterCollections().size()));
    }

    private static Map<String, Object> phase(BenchCommand.Phase phase) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("seconds", round(phase.seconds(), 1000));
        out.put("sentences", phase.sentences());
        out.put("tokens", phase.tokens());
        out.put("sentences_per_second", round(phase.sentencesPerSecond(), 10));
        out.put("tokens_per_second", round(phase.tokensPerSecond(), 1));
        out.put("cpu_seconds", round(phase.cpuSeconds(), 1000));
        out.put("sentences_per_cpu_second", round(phase.sentencesPerCpuSecond(), 10));
        Map<String, Object> heap = new LinkedHashMap<>();
        heap.put("max_mb", Math.round(phase.heap().max() / MB));
        heap.put("peak_used_mb", Math.round(phase.heap().peakUsed() / MB));
        heap.put("after_gc_first_mb", Math.round(phase.heap().firstAfter() / MB));
        heap.put("after_gc_last_mb", Math.round(phase.heap().lastAfter() / MB));
        heap.put("after_gc_highest_mb", Math.round(phase.heap().highestAfter() / MB));
        heap.put("collections", phase.heap().afterCollections().size());
        out.put("heap", heap);
        return out;
    }

    private static double round(double value, int scale) {
        return Math.round(value * scale) / (double) scale;
    }
}
