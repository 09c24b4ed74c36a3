package org.parley.resolve;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parley's actor dictionary: countries and their names, demonyms and seats of power;
 * international organisations and non-state groups; sector words; people with dated roles.
 * The file formats are documented in {@code docs/DICTIONARIES.md}.
 *
 * <p>Phrases are stored under a normal form (see {@link #longestMatch}), so a lookup costs one
 * hash probe per candidate length, never a scan. Instances are immutable and thread-safe.
 *
 * <p>Design decision: a phrase means one thing. Two entries that give the same phrase different
 * codes are a loading error, not a silent override, because a wrong code is worse than a missing
 * one and the conflict is cheap to fix in the data. People whose codes change with time are the
 * exception that dates resolve.
 */
public final class ActorDictionary {
    static final String COUNTRIES = "countries.tsv";
    static final String ORGANISATIONS = "organisations.tsv";
    static final String SECTORS = "sectors.tsv";
    static final String PEOPLE = "people.tsv";

    private final PhraseIndex<ActorMeaning> index;
    private final Map<String, ActorEntry> countries;

    private ActorDictionary(PhraseIndex<ActorMeaning> index, Map<String, ActorEntry> countries) {
        this.index = index;
        this.countries = Map.copyOf(countries);
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
     * Loads a dictionary from sources in the formats of the built-in files; the readers are
     * closed. Later sources may add phrases but not give an existing phrase another code.
     *
     * @throws DictionaryFormatException naming the source and line of a malformed entry
     */
    static ActorDictionary load(TsvReader.Source countries, TsvReader.Source organisations,
                                TsvReader.Source sectors, TsvReader.Source people) {
        ActorDictionaryLoader loader = new ActorDictionaryLoader();
        loader.countries(TsvReader.read(countries));
        loader.organisations(TsvReader.read(organisations));
        loader.sectors(TsvReader.read(sectors));
        loader.people(TsvReader.read(people));
        Map<String, ActorMeaning> meanings = new HashMap<>();
        loader.entries().forEach((key, entry) -> meanings.put(key, when -> entry));
        meanings.putAll(loader.people());
        return new ActorDictionary(new PhraseIndex<>(meanings, loader.acronymKeys()), loader.countryEntries());
    }

    /**
     * Finds the longest entry whose words equal {@code words[from..from+n)}, compared after
     * normalising: case-insensitive, accents folded, full stops dropped ("U.S." = "US" = "u.s"),
     * words cut at hyphens ("al-Qaeda" = "al Qaeda"), and a leading "the" optional in the text
     * (it counts in the match length when present). An entry listed only as an acronym ("US",
     * "WHO", "IS") matches only a word written in capitals or with full stops, so that the
     * pronoun "us" is not the United States.
     *
     * <p>For a {@link ActorKind#PERSON} the entry is the one valid on {@code when}: country and
     * sector of the role held that day, country only when out of office, the most recent role
     * when {@code when} is null.
     *
     * @param words the words of a sentence, as tokenised
     * @param from  the index of the first word to match, 0..words.size()
     * @param when  the day the text speaks of, or {@code null}
     * @return the match, or empty when no entry starts at {@code from}
     */
    public Optional<ActorMatch> longestMatch(List<String> words, int from, LocalDate when) {
        return index.longest(words, from).map(hit -> new ActorMatch(hit.length(), hit.value().on(when)));
    }

    /** @return the {@link ActorKind#COUNTRY} entry with the canonical name for an ISO alpha-3 code */
    public Optional<ActorEntry> country(String iso3) {
        return Optional.ofNullable(countries.get(iso3));
    }

    /** @return the number of distinct phrases (after normalising) */
    public int size() {
        return index.size();
    }
}
