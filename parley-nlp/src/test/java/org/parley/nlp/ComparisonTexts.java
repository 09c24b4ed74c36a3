package org.parley.nlp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Real texts on which two pipeline configurations must give the same output: the bundled samples,
 * and when {@code ../../shared} is present, its corpus articles and the UniversalPetrarch
 * validation sentences (read there at test time, never copied).
 */
final class ComparisonTexts {
    private static final Pattern GOLD_TEXT = Pattern.compile("(?s)<Text>(.*?)</Text>");
    private static final Path SHARED = Path.of("..", "..", "shared");

    private ComparisonTexts() {
    }

    /** The bundled samples' text files, by file name. */
    static Map<String, String> samples() throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Path file : textFiles(Path.of("..", "samples"))) {
            texts.put(file.toString(), Files.readString(file));
        }
        return texts;
    }

    /** True when the team's shared data sits beside the project. */
    static boolean sharedPresent() {
        return Files.isDirectory(SHARED);
    }

    /** The shared corpus articles by file name, and the PETR2 validation sentences as one text. */
    static Map<String, String> shared() throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Path file : textFiles(SHARED.resolve("corpus"))) {
            texts.put(file.toString(), Files.readString(file));
        }
        Path gold = SHARED.resolve("gold/universalpetrarch/PETR2_GSR_validation.xml");
        if (Files.isRegularFile(gold)) {
            Matcher m = GOLD_TEXT.matcher(Files.readString(gold));
            StringBuilder sentences = new StringBuilder();
            while (m.find()) {
                sentences.append(sentences.length() == 0 ? "" : "\n").append(m.group(1).strip().replace('\n', ' '));
            }
            texts.put("PETR2 validation", sentences.toString());
        }
        return texts;
    }

    private static List<Path> textFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
