package org.parley.code;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The event lexicon: trigger lemmas (verbs and event nouns) with the dependency constraints under
 * which they report a CAMEO event, plus the support verbs that carry an event noun ("held talks",
 * "imposed sanctions"). The file format is described in {@code docs/LEXICON.md}.
 *
 * <p>Lookups are by lemma and part of speech in a hash map; the entries of one trigger come most
 * specific first, then in file order, so a coder takes the first entry whose constraints hold.
 * Instances are immutable and safe to share between threads.
 */
public final class EventLexicon {

    static final String ENTRIES_RESOURCE = "events.lex";
    static final String SUPPORT_RESOURCE = "support-verbs.txt";

    private static final Comparator<LexiconEntry> MOST_SPECIFIC_FIRST =
            Comparator.comparingInt(LexiconEntry::specificity).reversed()
                    .thenComparingInt(LexiconEntry::line);

    private final Map<String, List<LexiconEntry>> verbs;
    private final Map<String, List<LexiconEntry>> nouns;
    private final Set<String> supportVerbs;
    private final List<LexiconEntry> all;

    private EventLexicon(List<LexiconEntry> entries, Set<String> supportVerbs) {
        this.verbs = index(entries, false);
        this.nouns = index(entries, true);
        this.supportVerbs = Set.copyOf(supportVerbs);
        this.all = List.copyOf(entries);
    }

    /**
     * The lexicon shipped with Parley ({@code events.lex} and {@code support-verbs.txt} in this
     * package on the class path). Each call parses the files anew (a few milliseconds): build
     * one and share it, it is immutable.
     *
     * @throws IllegalStateException if a resource is missing or malformed
     */
    public static EventLexicon builtIn() {
        return parse(resource(ENTRIES_RESOURCE), ENTRIES_RESOURCE, resource(SUPPORT_RESOURCE),
                SUPPORT_RESOURCE);
    }

    /**
     * Parses a lexicon from readers, for tests and user-supplied files. The readers are closed.
     *
     * @throws IllegalStateException naming the resource, the line and the problem, if a line is
     *                               malformed or repeats the conditions of an earlier line
     */
    static EventLexicon parse(Reader entries, String entriesName, Reader supportVerbs,
            String supportName) {
        return new EventLexicon(LexiconParser.entries(entries, entriesName),
                LexiconParser.supportVerbs(supportVerbs, supportName));
    }

    /**
     * This lexicon with entries added (from a TABARI/PETRARCH verb dictionary, say): an added
     * entry replaces an entry of this lexicon with the same trigger and conditions, so that users
     * can correct the defaults. The support verbs stay.
     */
    public EventLexicon plus(List<LexiconEntry> added) {
        List<LexiconEntry> merged = new ArrayList<>();
        for (LexiconEntry own : all) {
            if (added.stream().noneMatch(own::sameConditions)) {
                merged.add(own);
            }
        }
        merged.addAll(added);
        return new EventLexicon(merged, supportVerbs);
    }

    /** A lexicon of these entries only, with the built-in support verbs. */
    public static EventLexicon of(List<LexiconEntry> entries) {
        return new EventLexicon(entries, builtIn().supportVerbs);
    }

    /**
     * The entries of a trigger, most specific first, then in file order.
     *
     * @param lemma a lower-case lemma
     * @param noun  true to look the lemma up as a noun trigger, false as a verb
     * @return the entries, possibly including blocking ones; empty if the lemma is no trigger
     */
    public List<LexiconEntry> entries(String lemma, boolean noun) {
        return (noun ? nouns : verbs).getOrDefault(lemma, List.of());
    }

    /** True if the lemma has at least one entry (blocking or not) in that part of speech. */
    public boolean hasTrigger(String lemma, boolean noun) {
        return (noun ? nouns : verbs).containsKey(lemma);
    }

    /** True if the verb passes its subject to an event noun it governs ("Israel held talks"). */
    public boolean isSupportVerb(String lemma) {
        return supportVerbs.contains(lemma);
    }

    /** All support verbs. */
    public Set<String> supportVerbs() {
        return supportVerbs;
    }

    /** All entries in file order. */
    public List<LexiconEntry> allEntries() {
        return all;
    }

    /** The number of entries. */
    public int size() {
        return all.size();
    }

    private static Map<String, List<LexiconEntry>> index(List<LexiconEntry> entries,
            boolean noun) {
        Map<String, List<LexiconEntry>> byLemma = new HashMap<>();
        for (LexiconEntry entry : entries) {
            if (entry.noun() == noun) {
                byLemma.computeIfAbsent(entry.lemma(), k -> new ArrayList<>()).add(entry);
            }
        }
        Map<String, List<LexiconEntry>> sorted = new HashMap<>();
        byLemma.forEach((lemma, list) -> {
            list.sort(MOST_SPECIFIC_FIRST);
            sorted.put(lemma, List.copyOf(list));
        });
        return Map.copyOf(sorted);
    }

    private static Reader resource(String name) {
        InputStream in = EventLexicon.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing class-path resource org/parley/code/" + name);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
