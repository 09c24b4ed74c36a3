package org.parley.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the two lexicon files: event entries ({@code CODE TRIGGER [CONSTRAINT ...]}) and support
 * verbs (one lemma a line). Both allow blank lines and {@code #} comments.
 *
 * <p>Design decision: a malformed line is a broken data file, not bad input, so it fails loudly
 * with an {@link IllegalStateException} that names the resource, the line and the problem,
 * rather than being skipped: a silently dropped entry would only show up as missed events.
 */
final class LexiconParser {

    private static final Pattern CODE = Pattern.compile("-|\\d{2,4}");
    /** Lemmas as CoreNLP writes them: lower case; hyphens and apostrophes occur ("cease-fire"). */
    private static final Pattern LEMMA = Pattern.compile("[a-z][a-z0-9'-]*");
    /** Prepositions may be multiword, joined with '_' ("on_behalf_of"). */
    private static final Pattern PREP = Pattern.compile("[a-z]+(_[a-z]+)*");

    private LexiconParser() {
    }

    /** Parses event entries in file order; rejects two lines with the same conditions. */
    static List<LexiconEntry> entries(Reader reader, String name) {
        List<LexiconEntry> entries = new ArrayList<>();
        Map<String, List<LexiconEntry>> byLemma = new HashMap<>();
        int lineNumber = 0;
        for (String raw : lines(reader, name)) {
            lineNumber++;
            String[] fields = fields(raw);
            if (fields.length == 0) {
                continue;
            }
            LexiconEntry entry = entry(fields, name, lineNumber);
            for (LexiconEntry earlier : byLemma.getOrDefault(entry.lemma(), List.of())) {
                if (earlier.sameConditions(entry)) {
                    throw error(name, lineNumber, "same trigger and constraints as line "
                            + earlier.line());
                }
            }
            byLemma.computeIfAbsent(entry.lemma(), k -> new ArrayList<>()).add(entry);
            entries.add(entry);
        }
        return entries;
    }

    /** Parses support verbs: one lemma per line. */
    static Set<String> supportVerbs(Reader reader, String name) {
        Set<String> verbs = new LinkedHashSet<>();
        int lineNumber = 0;
        for (String raw : lines(reader, name)) {
            lineNumber++;
            String[] fields = fields(raw);
            if (fields.length == 0) {
                continue;
            }
            if (fields.length > 1) {
                throw error(name, lineNumber, "expected one lemma, found " + fields.length
                        + " words");
            }
            if (!LEMMA.matcher(fields[0]).matches()) {
                throw error(name, lineNumber, "malformed lemma '" + fields[0] + "'");
            }
            if (!verbs.add(fields[0])) {
                throw error(name, lineNumber, "duplicate support verb '" + fields[0] + "'");
            }
        }
        return verbs;
    }

    private static LexiconEntry entry(String[] fields, String name, int line) {
        String code = fields[0];
        if (!CODE.matcher(code).matches()) {
            throw error(name, line, "malformed code '" + code + "' (expected '-' or 2 to 4 digits)");
        }
        if (fields.length < 2) {
            throw error(name, line, "missing trigger after code " + code);
        }
        String trigger = fields[1];
        boolean noun = false;
        String lemma = trigger;
        int slash = trigger.indexOf('/');
        if (slash >= 0) {
            String pos = trigger.substring(slash + 1);
            if (!pos.equals("n") && !pos.equals("v")) {
                throw error(name, line, "unknown part of speech '/" + pos + "' (expected /n or /v)");
            }
            noun = pos.equals("n");
            lemma = trigger.substring(0, slash);
        }
        if (!LEMMA.matcher(lemma).matches()) {
            throw error(name, line, "malformed trigger '" + trigger + "'");
        }
        String particle = null;
        Set<String> objects = Set.of();
        Set<String> preps = Set.of();
        Set<String> modifiers = Set.of();
        Set<String> subjects = Set.of();
        boolean subjectReceives = false;
        Set<String> kindsSeen = new LinkedHashSet<>();
        for (int i = 2; i < fields.length; i++) {
            String constraint = fields[i];
            int colon = constraint.indexOf(':');
            if (colon <= 0) {
                throw error(name, line, "malformed constraint '" + constraint
                        + "' (expected KIND:VALUE)");
            }
            String kind = constraint.substring(0, colon);
            if (!kindsSeen.add(kind)) {
                throw error(name, line, "constraint kind '" + kind + "' given twice");
            }
            String value = constraint.substring(colon + 1);
            switch (kind) {
                case "prt" -> {
                    requireVerb(noun, kind, name, line);
                    if (value.contains("|")) {
                        throw error(name, line, "prt: takes one particle, found '" + value + "'");
                    }
                    particle = values(value, LEMMA, constraint, name, line).iterator().next();
                }
                case "obj" -> {
                    requireVerb(noun, kind, name, line);
                    objects = values(value, LEMMA, constraint, name, line);
                }
                case "prep", "src" -> {
                    if (!preps.isEmpty()) {
                        throw error(name, line, "prep: and src: together; src:P already requires the preposition P");
                    }
                    preps = values(value, PREP, constraint, name, line);
                    if (kind.equals("src")) {
                        requireVerb(noun, kind, name, line);
                        subjectReceives = true;
                    }
                }
                case "mod" -> modifiers = values(value, LEMMA, constraint, name, line);
                case "subj" -> {
                    requireVerb(noun, kind, name, line);
                    subjects = values(value, LEMMA, constraint, name, line);
                }
                default -> throw error(name, line, "unknown constraint kind '" + kind
                        + "' (expected prt, obj, prep, src, mod or subj)");
            }
        }
        if (!noun && !modifiers.isEmpty() && objects.isEmpty()) {
            // A verb's mod: constrains its object ("withdraw obj:force mod:peacekeeping"), so needs one.
            throw error(name, line, "mod: applies to noun triggers (lemma/n) or, with obj:, to a verb's object");
        }
        return new LexiconEntry(code, lemma, noun, particle, objects, preps, modifiers, subjects, subjectReceives, line);
    }

    private static void requireVerb(boolean noun, String kind, String name, int line) {
        if (noun) {
            throw error(name, line, kind + ": applies only to verb triggers");
        }
    }

    private static Set<String> values(String value, Pattern pattern, String constraint,
            String name, int line) {
        Set<String> values = new LinkedHashSet<>();
        for (String v : value.split("\\|", -1)) {
            if (!pattern.matcher(v).matches()) {
                throw error(name, line, "malformed value '" + v + "' in '" + constraint + "'");
            }
            values.add(v);
        }
        return values;
    }

    private static String[] fields(String raw) {
        int hash = raw.indexOf('#');
        String content = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
        return content.isEmpty() ? new String[0] : content.split("\\s+");
    }

    private static List<String> lines(Reader reader, String name) {
        try (BufferedReader in = new BufferedReader(reader)) {
            return in.lines().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static IllegalStateException error(String name, int line, String problem) {
        return new IllegalStateException(name + ":" + line + ": " + problem);
    }
}
