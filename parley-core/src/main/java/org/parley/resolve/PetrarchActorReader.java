package org.parley.resolve;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads TABARI/PETRARCH actor and agent dictionaries (the {@code .actors.txt} and
 * {@code .agents.txt} formats; see {@code docs/DICTIONARIES.md}) into phrase meanings.
 *
 * <p>Design decision: what Parley cannot represent (several codes for one phrase, stem matching
 * on words without a trailing underscore) is loaded in the nearest faithful form and named in
 * {@link Loaded#notes()}; what is malformed (a synonym before any entry, a bad date, a code of
 * other characters than letters) fails with the file and line, because a silently dropped entry
 * only shows up later as a wrong actor.
 */
final class PetrarchActorReader {
    /** International actor types: the whole code is the "country" part, as in organisations.tsv. */
    private static final Set<String> INTERNATIONAL = Set.of("IGO", "NGO", "IMG", "MNC", "UIS", "INT");
    private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9]{2,}");
    private static final Pattern NULL_CODE = Pattern.compile("[-+#]{3}");
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern RANGE = Pattern.compile("(\\d{6}|\\d{8})\\s*-\\s*(\\d{6}|\\d{8})");
    private static final Pattern BOUND = Pattern.compile("([<>])\\s*(\\d{6}|\\d{8})");
    private static final Pattern MACRO = Pattern.compile("!([A-Za-z0-9]+)!");

    /** What a file gave: meanings by phrase key, the keys that only match acronyms, and notes. */
    record Loaded(Map<String, ActorMeaning> meanings, Set<String> acronyms, List<String> notes) {
    }

    private final String name;
    private final Map<String, ActorMeaning> meanings = new LinkedHashMap<>();
    private final Map<String, Integer> lineOfKey = new LinkedHashMap<>();
    private final Set<String> acronyms = new HashSet<>();
    private final List<String> notes = new ArrayList<>();

    private PetrarchActorReader(String name) {
        this.name = name;
    }

    /** Reads an actor dictionary: entries, {@code +} synonyms, undated and dated codes. */
    static Loaded actors(String name, List<String> lines) {
        PetrarchActorReader reader = new PetrarchActorReader(name);
        reader.readActors(PetrarchLines.clean(lines));
        return reader.loaded();
    }

    /** Reads an agent dictionary: {@code !MACRO! = ...} lines and agents with {@code [~SECTOR]} codes. */
    static Loaded agents(String name, List<String> lines) {
        PetrarchActorReader reader = new PetrarchActorReader(name);
        reader.readAgents(PetrarchLines.clean(lines));
        return reader.loaded();
    }

    private Loaded loaded() {
        return new Loaded(Map.copyOf(meanings), Set.copyOf(acronyms), List.copyOf(notes));
    }

    private void readActors(List<PetrarchLines.Line> lines) {
        List<String> phrases = new ArrayList<>();
        List<DatedCodes.Dated> codes = new ArrayList<>();
        int entryLine = 0;
        for (PetrarchLines.Line line : lines) {
            String text = line.text();
            if (text.startsWith("+")) {
                if (entryLine == 0) {
                    throw problem(line.number(), "synonym '" + text + "' before any entry");
                }
                phrases.add(phraseOf(text.substring(1), line.number()));
            } else if (text.startsWith("[")) {
                if (entryLine == 0) {
                    throw problem(line.number(), "code '" + text + "' before any entry");
                }
                codes.addAll(codes(text, line.number(), false));
            } else {
                finishActor(phrases, codes, entryLine);
                phrases = new ArrayList<>();
                codes = new ArrayList<>();
                entryLine = line.number();
                int bracket = text.indexOf('[');
                phrases.add(phraseOf(bracket < 0 ? text : text.substring(0, bracket), line.number()));
                if (bracket >= 0) {
                    codes.addAll(codes(text.substring(bracket), line.number(), false));
                }
            }
        }
        finishActor(phrases, codes, entryLine);
    }

    private void finishActor(List<String> phrases, List<DatedCodes.Dated> codes, int line) {
        if (line == 0) {
            return;
        }
        if (codes.isEmpty()) {
            throw problem(line, "entry '" + phrases.get(0) + "' has no [CODE]");
        }
        ActorMeaning meaning = DatedCodes.of(codes);
        for (String phrase : phrases) {
            put(phrase, meaning, line);
        }
    }

    private void readAgents(List<PetrarchLines.Line> lines) {
        Map<String, List<String>> macros = new LinkedHashMap<>();
        for (PetrarchLines.Line line : lines) {
            String text = line.text();
            if (text.startsWith("!") && text.contains("=")) {
                int eq = text.indexOf('=');
                Matcher m = MACRO.matcher(text.substring(0, eq).trim());
                if (!m.matches()) {
                    throw problem(line.number(), "malformed substitution '" + text + "' (expected !NAME! = A, B)");
                }
                List<String> words = new ArrayList<>();
                for (String w : text.substring(eq + 1).split(",")) {
                    if (!w.isBlank()) {
                        words.add(w.trim());
                    }
                }
                macros.put(m.group(1).toUpperCase(Locale.ROOT), words);
                continue;
            }
            int bracket = text.indexOf('[');
            if (bracket < 0) {
                throw problem(line.number(), "agent '" + text + "' has no [CODE]");
            }
            String head = text.substring(0, bracket).trim();
            List<String> plurals = null;
            int brace = head.indexOf('{');
            if (brace >= 0) {
                int close = head.indexOf('}', brace);
                if (close < 0) {
                    throw problem(line.number(), "unclosed '{' in '" + head + "'");
                }
                plurals = new ArrayList<>();
                for (String p : head.substring(brace + 1, close).split(",")) {
                    if (!p.isBlank()) {
                        plurals.add(p.trim());
                    }
                }
                head = head.substring(0, brace).trim();
            }
            List<DatedCodes.Dated> codes = codes(text.substring(bracket), line.number(), true);
            ActorMeaning meaning = DatedCodes.of(codes);
            for (String singular : expand(head, macros, line.number())) {
                put(phraseOf(singular, line.number()), meaning, line.number());
                if (plurals == null) {
                    put(phraseOf(plural(singular), line.number()), meaning, line.number());
                }
            }
            if (plurals != null) {
                for (String p : plurals) {
                    for (String form : expand(p, macros, line.number())) {
                        put(phraseOf(form, line.number()), meaning, line.number());
                    }
                }
            }
        }
    }

    /** Replaces each {@code !NAME!} by each word of its substitution set. */
    private List<String> expand(String phrase, Map<String, List<String>> macros, int line) {
        Matcher m = MACRO.matcher(phrase);
        if (!m.find()) {
            return List.of(phrase);
        }
        List<String> words = macros.get(m.group(1).toUpperCase(Locale.ROOT));
        if (words == null) {
            throw problem(line, "substitution !" + m.group(1) + "! is not defined above");
        }
        List<String> out = new ArrayList<>();
        for (String w : words) {
            out.addAll(expand(phrase.substring(0, m.start()) + w + phrase.substring(m.end()), macros, line));
        }
        return out;
    }

    /** The default English plural of the last word: the rule TABARI agents rely on. */
    static String plural(String phrase) {
        String p = phrase.toUpperCase(Locale.ROOT);
        if (p.endsWith("MAN")) {
            return phrase.substring(0, phrase.length() - 3) + "MEN";
        }
        if (p.endsWith("Y") && p.length() > 1 && "AEIOU".indexOf(p.charAt(p.length() - 2)) < 0) {
            return phrase.substring(0, phrase.length() - 1) + "IES";
        }
        if (p.endsWith("S") || p.endsWith("X") || p.endsWith("Z") || p.endsWith("CH") || p.endsWith("SH")) {
            return phrase + "ES";
        }
        return phrase + "S";
    }

    /** Parses every {@code [...]} of a line. */
    private List<DatedCodes.Dated> codes(String text, int line, boolean agent) {
        List<DatedCodes.Dated> out = new ArrayList<>();
        Matcher m = BRACKET.matcher(text);
        int end = 0;
        while (m.find()) {
            if (!text.substring(end, m.start()).isBlank()) {
                throw problem(line, "unexpected '" + text.substring(end, m.start()).trim() + "' between codes");
            }
            out.add(code(m.group(1).trim(), line, agent));
            end = m.end();
        }
        if (out.isEmpty() || !text.substring(end).isBlank()) {
            throw problem(line, "malformed code block '" + text.trim() + "' (expected [CODE], [CODE <YYMMDD], "
                    + "[CODE >YYMMDD] or [CODE YYMMDD-YYMMDD])");
        }
        return out;
    }

    private DatedCodes.Dated code(String block, int line, boolean agent) {
        String[] parts = block.split("\\s+", 2);
        String code = parts[0];
        String dates = parts.length > 1 ? parts[1].trim() : "";
        if (code.isEmpty()) {
            throw problem(line, "empty code block []");
        }
        LocalDate from = null;
        LocalDate to = null;
        if (!dates.isEmpty()) {
            Matcher range = RANGE.matcher(dates);
            Matcher bound = BOUND.matcher(dates);
            if (range.matches()) {
                from = date(range.group(1), line);
                to = date(range.group(2), line);
                if (to.isBefore(from)) {
                    throw problem(line, "date range ends (" + to + ") before it starts (" + from + ")");
                }
            } else if (bound.matches()) {
                LocalDate d = date(bound.group(2), line);
                if (bound.group(1).equals("<")) {
                    to = d.minusDays(1);
                } else {
                    from = d.plusDays(1);
                }
            } else {
                throw problem(line, "malformed date restriction '" + dates + "' in [" + block + "]");
            }
        }
        return new DatedCodes.Dated(entry(code, line, agent), from, to);
    }

    /** The entry a code gives, or null for a null code ("---": the phrase names no actor). */
    private ActorEntry entry(String code, int line, boolean agent) {
        if (NULL_CODE.matcher(code).matches()) {
            return null;
        }
        String first = code;
        int slash = code.indexOf('/');
        if (slash >= 0) {
            first = code.substring(0, slash);
            notes.add(name + ":" + line + ": several codes [" + code + "]; only " + first.toUpperCase(Locale.ROOT)
                    + " is used");
        }
        if (agent) {
            int tilde = first.indexOf('~');
            if (tilde < 0) {
                throw problem(line, "agent code '" + code + "' has no '~' (expected [~SECTOR] or [TYPE~])");
            }
            String primary = upper(first.substring(0, tilde), line, code, true);
            String sector = upper(first.substring(tilde + 1), line, code, true);
            if (primary == null && sector == null) {
                throw problem(line, "agent code '" + code + "' is empty");
            }
            return primary == null
                    ? new ActorEntry("", ActorKind.SECTOR, null, sector, "")
                    : new ActorEntry("", ActorKind.ORGANISATION, primary, sector, "");
        }
        String upper = upper(first, line, code, false);
        if (upper.length() == 3 && !INTERNATIONAL.contains(upper)) {
            return new ActorEntry("", ActorKind.COUNTRY, upper, null, "");
        }
        if (INTERNATIONAL.contains(upper.substring(0, 3))) {
            return new ActorEntry("", ActorKind.ORGANISATION, upper, null, "");
        }
        return new ActorEntry("", ActorKind.ORGANISATION, upper.substring(0, 3), upper.substring(3), "");
    }

    private String upper(String code, int line, String whole, boolean mayBeEmpty) {
        if (code.isEmpty() && mayBeEmpty) {
            return null;
        }
        if (!CODE.matcher(code).matches()) {
            throw problem(line, "code '" + whole + "' is not made of letters and digits (at least three, a letter first)");
        }
        return code.toUpperCase(Locale.ROOT);
    }

    private LocalDate date(String digits, int line) {
        try {
            if (digits.length() == 8) {
                return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                        Integer.parseInt(digits.substring(6)));
            }
            int yy = Integer.parseInt(digits.substring(0, 2));
            // Two-digit years: TABARI's dictionaries date from 1990 on, so 30..99 are 19xx.
            int year = yy >= 30 ? 1900 + yy : 2000 + yy;
            return LocalDate.of(year, Integer.parseInt(digits.substring(2, 4)), Integer.parseInt(digits.substring(4)));
        } catch (DateTimeException e) {
            throw problem(line, "'" + digits + "' is not a date (YYMMDD or YYYYMMDD)");
        }
    }

    /** Words joined by '_' or spaces; a trailing '_' (TABARI's "no stem match") is dropped. */
    private String phraseOf(String raw, int line) {
        String phrase = raw.trim().replace('_', ' ').trim().replaceAll("\\s+", " ");
        if (phrase.isEmpty() || PhraseKey.of(phrase).isEmpty()) {
            throw problem(line, "phrase '" + raw.trim() + "' has no words");
        }
        return phrase;
    }

    private void put(String phrase, ActorMeaning meaning, int line) {
        String key = PhraseKey.of(phrase);
        Integer earlier = lineOfKey.put(key, line);
        if (earlier != null && earlier != line) {
            notes.add(name + ":" + line + ": '" + phrase + "' was also an entry on line " + earlier + "; this one is used");
        }
        meanings.put(key, new Named(phrase, meaning));
        // The files are written in capitals, so only short words ("UAE", "PLO") and words with full
        // stops ("U.S.") are taken as acronyms that must be written as such in the text.
        String letters = phrase.replace(".", "");
        if (!phrase.contains(" ") && (phrase.contains(".") || letters.length() <= 3)) {
            acronyms.add(key);
        } else {
            acronyms.remove(key);
        }
    }

    private DictionaryFormatException problem(int line, String what) {
        return new DictionaryFormatException(name, line, what);
    }

    /** A meaning that reports the phrase it was found under. */
    private record Named(String phrase, ActorMeaning meaning) implements ActorMeaning {
        @Override
        public ActorEntry on(LocalDate when) {
            ActorEntry e = meaning.on(when);
            return e == null ? null : new ActorEntry(phrase, e.kind(), e.country(), e.sector(), phrase);
        }
    }
}
