package org.parley.resolve;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parley's actor dictionary: countries and their names, demonyms and seats of power;
 * international organisations and non-state groups; sector words; people with dated roles.
 * The file formats are documented in {@code docs/DICTIONARIES.md}.
 *
 * <p>Phrases are stored under a normal form (see {@link #longestMatch}), so a lookup costs one
 * hash probe per candidate length, never a scan. Instances are immutable and thread-safe.
 *
 * <p>Design decision: a phrase means one thing. Two entries of the built-in files that give the
 * same phrase different codes are a loading error, not a silent override, because a wrong
 * code is worse than a missing one and the conflict is cheap to fix in the data.
 */
public final class ActorDictionary {
    static final String COUNTRIES = "countries.tsv";
    static final String ORGANISATIONS = "organisations.tsv";
    static final String SECTORS = "sectors.tsv";
    static final String PEOPLE = "people.tsv";

    private final Map<String, ActorEntry> entries;
    private final Map<String, PersonRoles.Alias> people;
    private final Map<String, ActorEntry> countries;
    private final Set<String> acronyms;
    private final int maxWords;

    private ActorDictionary(Map<String, ActorEntry> entries, Map<String, PersonRoles.Alias> people,
                            Map<String, ActorEntry> countries, Set<String> acronyms, int maxWords) {
        this.entries = Map.copyOf(entries);
        this.people = Map.copyOf(people);
        this.countries = Map.copyOf(countries);
        this.acronyms = Set.copyOf(acronyms);
        this.maxWords = maxWords;
    }

    /**
     * Loads the dictionary shipped with Parley from the class path. Each call reads the files
     * again (a few milliseconds); keep the instance.
     *
     * @throws DictionaryFormatException naming the resource and line of a malformed entry
     */
    public static ActorDictionary builtIn() {
        return load(TsvReader.resource(COUNTRIES), TsvReader.resource(ORGANISATIONS),
                TsvReader.resource(SECTORS), TsvReader.resource(PEOPLE));
    }

    /**
     * Loads a dictionary from readers in the formats of the built-in files; the readers are
     * closed. Later sources may add phrases but not give an existing phrase another code.
     */
    static ActorDictionary load(TsvReader.Source countries, TsvReader.Source organisations,
                                TsvReader.Source sectors, TsvReader.Source people) {
        ActorDictionaryLoader loader = new ActorDictionaryLoader();
        loader.countries(TsvReader.read(countries));
        loader.organisations(TsvReader.read(organisations));
        loader.sectors(TsvReader.read(sectors));
        loader.people(TsvReader.read(people));
        return new ActorDictionary(loader.entries(), loader.people(), loader.countryEntries(),
                loader.acronymKeys(), loader.maxWords());
    }

    /**
     * Finds the longest entry whose words equal {@code words[from..from+n)}, compared after
     * normalising: case-insensitive, accents folded, full stops dropped ("U.S." = "US" = "u.s"),
     * and a leading "the" optional in the text (it counts in the match length when present).
     * An entry listed only as an acronym ("US", "WHO", "IS") matches only a word written in
     * capitals or with full stops, so that the pronoun "us" is not the United States.
     * For a {@link ActorKind#PERSON} the entry is the one valid on {@code when}: country and
     * sector of the role held that day, country only when out of office, the most recent role
     * when {@code when} is null.
     *
     * @param words the words of a sentence, as tokenised
     * @param from  the index of the first word to match
     * @param when  the day the text speaks of, or {@code null}
     * @return the match, or empty when no entry starts at {@code from}
     */
    public Optional<ActorMatch> longestMatch(List<String> words, int from, LocalDate when) {
        if (from < 0 || from > words.size()) {
            throw new IndexOutOfBoundsException("from " + from + " outside 0.." + words.size());
        }
        Optional<ActorMatch> direct = matchAt(words, from, when);
        if (from < words.size() && PhraseKey.isThe(words.get(from))) {
            Optional<ActorMatch> afterThe = matchAt(words, from + 1, when);
            if (afterThe.isPresent()
                    && (direct.isEmpty() || afterThe.get().length() + 1 > direct.get().length())) {
                return Optional.of(new ActorMatch(afterThe.get().length() + 1, afterThe.get().entry()));
            }
        }
        return direct;
    }

    private Optional<ActorMatch> matchAt(List<String> words, int from, LocalDate when) {
        int longest = Math.min(maxWords, words.size() - from);
        String[] normal = new String[Math.max(longest, 0)];
        for (int i = 0; i < normal.length; i++) {
            normal[i] = PhraseKey.word(words.get(from + i));
        }
        for (int n = longest; n >= 1; n--) {
            if (normal[n - 1].isEmpty()) {
                continue;
            }
            String key = String.join(" ", Arrays.asList(normal).subList(0, n));
            if (n == 1 && acronyms.contains(key) && !PhraseKey.writtenAsAcronym(words.get(from))) {
                continue;
            }
            ActorEntry entry = entries.get(key);
            if (entry != null) {
                return Optional.of(new ActorMatch(n, entry));
            }
            PersonRoles.Alias alias = people.get(key);
            if (alias != null) {
                return Optional.of(new ActorMatch(n, alias.person().on(alias.phrase(), when)));
            }
        }
        return Optional.empty();
    }

    /** @return the {@link ActorKind#COUNTRY} entry with the canonical name for an ISO alpha-3 code */
    public Optional<ActorEntry> country(String iso3) {
        return Optional.ofNullable(countries.get(iso3));
    }

    /** @return the number of distinct phrases (people counted once per name or alias) */
    public int size() {
        return entries.size() + people.size();
    }
}
