package org.parley.code;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.ontology.Cameo;
import org.parley.resolve.PetrarchLines;

/**
 * Reads a TABARI/PETRARCH verb dictionary ({@code PETR.*.verbs.txt}) into event lexicon entries,
 * as far as its patterns can be said in the lexicon's terms (see {@code docs/DICTIONARIES.md}):
 * <ul>
 *   <li>a one-word verb of a {@code --- VERB [CODE] ---} block, and its one-word {@code +}
 *       synonyms, become a verb entry with the block's code (or the code on their own line);</li>
 *   <li>a two-word verb whose second word is a particle ({@code CALL_OFF}) gets a particle
 *       constraint;</li>
 *   <li>a pattern {@code - * WORD [CODE]} becomes a preposition constraint when WORD is a
 *       preposition ({@code - * WITH + [031]}) and an object constraint otherwise
 *       ({@code - * TALKS [043]}).</li>
 * </ul>
 * Everything else (words before the verb, several words after it, synsets, actor markers other
 * than a trailing {@code +}, {@code %} or {@code $}, null and paired codes, codes Parley's CAMEO
 * ontology lacks) is skipped and named in {@link Loaded#skipped()}: the lexicon cannot express
 * it, and a wrong approximation would code events PETRARCH would not.
 */
public final class PetrarchVerbs {

    /** The entries read and one "file:line: reason" note for each line skipped. */
    public record Loaded(List<LexiconEntry> entries, List<String> skipped) {
        public Loaded {
            entries = List.copyOf(entries);
            skipped = List.copyOf(skipped);
        }
    }

    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'-]*");
    private static final Pattern HEADER = Pattern.compile("---\\s*(\\S.*?)\\s*\\[([^\\]]*)\\]\\s*(---)?");
    private static final Pattern TRAILING_CODE = Pattern.compile("^(.*?)\\s*\\[([^\\]]*)\\]$");
    private static final Set<String> PARTICLES = Set.of("up", "down", "off", "out", "in", "on", "away", "back",
            "over", "forward");
    private static final Set<String> PREPOSITIONS = Set.of("with", "against", "to", "toward", "towards", "into",
            "on", "at", "for", "from", "of", "by", "about", "between", "among", "in", "upon", "onto", "over");
    private static final Set<String> ACTOR_MARKS = Set.of("+", "%", "$");

    private final String name;
    private final Cameo cameo;
    private final List<LexiconEntry> entries = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();

    private PetrarchVerbs(String name, Cameo cameo) {
        this.name = name;
        this.cameo = cameo;
    }

    /**
     * Reads a verb dictionary file.
     *
     * @throws IllegalStateException naming the file (and line) when it cannot be read or a line
     *                               is malformed (a pattern or verb outside a verb block, an
     *                               unclosed code bracket)
     */
    public static Loaded read(Path file, Cameo cameo) {
        try {
            return read(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8), cameo);
        } catch (IOException e) {
            throw new IllegalStateException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    static Loaded read(String name, List<String> lines, Cameo cameo) {
        PetrarchVerbs reader = new PetrarchVerbs(name, cameo);
        reader.parse(PetrarchLines.clean(lines));
        return new Loaded(reader.entries, reader.skipped);
    }

    private void parse(List<PetrarchLines.Line> lines) {
        String blockCode = null;
        boolean inBlock = false;
        boolean inSynset = false;
        List<String> verbs = new ArrayList<>();
        for (PetrarchLines.Line line : lines) {
            String text = line.text();
            if (text.startsWith("---")) {
                var m = HEADER.matcher(text);
                if (!m.matches()) {
                    throw error(line, "malformed verb block header '" + text + "' (expected --- VERB [CODE] ---)");
                }
                inBlock = true;
                inSynset = false;
                blockCode = m.group(2).trim();
                verbs = new ArrayList<>();
            } else if (text.startsWith("&")) {
                inSynset = true;
            } else if (text.startsWith("+") && inSynset) {
                continue; // synset members matter only inside patterns, which are skipped when they use them
            } else if (text.startsWith("-")) {
                requireBlock(inBlock, line, text);
                pattern(line, text.substring(1).trim(), verbs);
            } else {
                requireBlock(inBlock, line, text);
                inSynset = false;
                verb(line, text.startsWith("+") ? text.substring(1).trim() : text, blockCode, verbs);
            }
        }
    }

    private void verb(PetrarchLines.Line line, String text, String blockCode, List<String> verbs) {
        String form = text;
        String code = blockCode;
        var m = TRAILING_CODE.matcher(text);
        if (m.matches()) {
            form = m.group(1).trim();
            code = m.group(2).trim();
        } else if (text.contains("[")) {
            throw error(line, "unclosed code bracket in '" + text + "'");
        }
        int brace = form.indexOf('{');
        if (brace >= 0) {
            form = form.substring(0, brace).trim(); // irregular forms: the lemmatiser knows them
        }
        String[] words = form.replace("+", "").split("[_\\s]+");
        String lemma = words[0].toLowerCase(Locale.ROOT);
        String particle = null;
        if (words.length == 2 && PARTICLES.contains(words[1].toLowerCase(Locale.ROOT)) && !form.contains(" ")) {
            particle = words[1].toLowerCase(Locale.ROOT);
        } else if (words.length != 1) {
            skip(line, "multiword verb '" + form + "'");
            return;
        }
        if (!WORD.matcher(lemma).matches()) {
            skip(line, "verb '" + form + "' is not a word");
            return;
        }
        if (particle == null) {
            verbs.add(lemma); // patterns are written for the plain verb
        }
        add(line, code, lemma, particle, Set.of(), Set.of());
    }

    private void pattern(PetrarchLines.Line line, String text, List<String> verbs) {
        var m = TRAILING_CODE.matcher(text);
        if (!m.matches()) {
            throw error(line, "pattern '" + text + "' has no [CODE]");
        }
        List<String> tokens = new ArrayList<>(List.of(m.group(1).replace('_', ' ').trim().split("\\s+")));
        String code = m.group(2).trim();
        if (verbs.isEmpty()) {
            skip(line, "pattern of a block with no one-word verb");
            return;
        }
        while (!tokens.isEmpty() && ACTOR_MARKS.contains(tokens.get(tokens.size() - 1))) {
            tokens.remove(tokens.size() - 1);
        }
        if (tokens.size() != 2 || !tokens.get(0).equals("*") || !WORD.matcher(tokens.get(1)).matches()) {
            skip(line, "pattern '" + m.group(1).trim() + "' is not '* WORD'");
            return;
        }
        String word = tokens.get(1).toLowerCase(Locale.ROOT);
        for (String verb : verbs) {
            if (PREPOSITIONS.contains(word)) {
                add(line, code, verb, null, Set.of(), Set.of(word));
            } else {
                add(line, code, verb, null, Set.of(lemmaOfNoun(word)), Set.of());
            }
        }
    }

    /** A plain plural's lemma: "talks" is "talk", "ties" is "tie", "parties" is "party". */
    static String lemmaOfNoun(String word) {
        if (word.endsWith("ies") && word.length() > 4 && !word.endsWith("eies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && word.length() > 3) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private void add(PetrarchLines.Line line, String code, String lemma, String particle, Set<String> objects,
                     Set<String> preps) {
        if (code == null || code.isEmpty() || code.equals("---")) {
            skip(line, "no code for '" + lemma + "'");
            return;
        }
        if (!code.matches("\\d{2,4}") || cameo.find(code).isEmpty()) {
            skip(line, "code [" + code + "] is not a CAMEO event code");
            return;
        }
        LexiconEntry entry = new LexiconEntry(code, lemma, false, particle, objects, preps, Set.of(), false, line.number());
        for (LexiconEntry earlier : entries) {
            if (earlier.sameConditions(entry)) {
                skip(line, "'" + lemma + "' with the same conditions as line " + earlier.line());
                return;
            }
        }
        entries.add(entry);
    }

    private void skip(PetrarchLines.Line line, String reason) {
        skipped.add(name + ":" + line.number() + ": " + reason);
    }

    private void requireBlock(boolean inBlock, PetrarchLines.Line line, String text) {
        if (!inBlock) {
            throw error(line, "'" + text + "' outside a --- VERB [CODE] --- block");
        }
    }

    private IllegalStateException error(PetrarchLines.Line line, String problem) {
        return new IllegalStateException(name + ":" + line.number() + ": " + problem);
    }
}
