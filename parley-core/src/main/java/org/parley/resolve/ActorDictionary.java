package org.parley.resolve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    private final List<String> notes;

    private ActorDictionary(PhraseIndex<ActorMeaning> index, Map<String, ActorEntry> countries, List<String> notes) {
        this.index = index;
        this.countries = Map.copyOf(countries);
        this.notes = List.copyOf(notes);
    }

    /** A builder that starts from the built-in files; add TABARI/PETRARCH files to it. */
    public static Builder builder() {
        return new Builder();
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
        ActorDictionaryLoader loader = loader(countries, organisations, sectors, people);
        Map<String, ActorMeaning> meanings = new HashMap<>();
        loader.entries().forEach((key, entry) -> meanings.put(key, when -> entry));
        meanings.putAll(loader.people());
        return new ActorDictionary(new PhraseIndex<>(meanings, loader.acronymKeys()), loader.countryEntries(), List.of());
    }

    private static ActorDictionaryLoader loader(TsvReader.Source countries, TsvReader.Source organisations,
                                                TsvReader.Source sectors, TsvReader.Source people) {
        ActorDictionaryLoader loader = new ActorDictionaryLoader();
        loader.countries(TsvReader.read(countries));
        loader.organisations(TsvReader.read(organisations));
        loader.sectors(TsvReader.read(sectors));
        loader.people(TsvReader.read(people));
        return loader;
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
        // A PETRARCH null code ("---") means the phrase names no actor (then, or ever).
        return index.longest(words, from).flatMap(hit -> Optional.ofNullable(hit.value().on(when))
                .map(entry -> new ActorMatch(hit.length(), entry)));
    }

    /** @return the {@link ActorKind#COUNTRY} entry with the canonical name for an ISO alpha-3 code */
    public Optional<ActorEntry> country(String iso3) {
        return Optional.ofNullable(countries.get(iso3));
    }

    /** @return the number of distinct phrases (after normalising) */
    public int size() {
        return index.size();
    }

    /**
     * What loading TABARI/PETRARCH files could not represent exactly and did in the nearest way
     * (several codes for one phrase, an entry given twice, a built-in phrase overridden), one
     * "file:line: what" string each; empty for the built-in dictionary.
     */
    public List<String> notes() {
        return notes;
    }

    /**
     * Builds a dictionary from the built-in files (unless {@link #withoutBuiltIn()}) and TABARI/
     * PETRARCH actor and agent dictionaries, in the order added. A phrase of a later file replaces
     * the meaning an earlier file or the built-in files gave it, and {@link #notes()} says so:
     * users add files to correct the defaults. Not thread-safe; the dictionary it builds is.
     */
    public static final class Builder {
        private record Part(Path file, boolean agents) {
        }

        private boolean builtIn = true;
        private final List<Part> parts = new ArrayList<>();

        private Builder() {
        }

        /** Leaves out the built-in countries, organisations, sectors and people. */
        public Builder withoutBuiltIn() {
            builtIn = false;
            return this;
        }

        /** Adds a PETRARCH actor dictionary ({@code PETR.*.actors.txt} format). */
        public Builder petrarchActors(Path file) {
            parts.add(new Part(Objects.requireNonNull(file, "file"), false));
            return this;
        }

        /** Adds a PETRARCH agent dictionary ({@code PETR.*.agents.txt} format). */
        public Builder petrarchAgents(Path file) {
            parts.add(new Part(Objects.requireNonNull(file, "file"), true));
            return this;
        }

        /**
         * @throws DictionaryFormatException naming the file and line of a malformed entry, or the
         *                                   file that cannot be read
         */
        public ActorDictionary build() {
            List<PetrarchActorReader.Loaded> loaded = new ArrayList<>();
            for (Part part : parts) {
                List<String> lines;
                try {
                    lines = Files.readAllLines(part.file(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new DictionaryFormatException(part.file().toString(), "cannot read: " + e.getMessage(), e);
                }
                String name = part.file().toString();
                loaded.add(part.agents() ? PetrarchActorReader.agents(name, lines)
                        : PetrarchActorReader.actors(name, lines));
            }
            return combine(builtIn, loaded);
        }
    }

    /** The built-in dictionary (or nothing) with the meanings of PETRARCH files laid over it. */
    static ActorDictionary combine(boolean builtIn, List<PetrarchActorReader.Loaded> files) {
        Map<String, ActorMeaning> meanings = new HashMap<>();
        Set<String> acronyms = new HashSet<>();
        Map<String, ActorEntry> countries = Map.of();
        if (builtIn) {
            ActorDictionaryLoader loader = loader(TsvReader.resource(COUNTRIES), TsvReader.resource(ORGANISATIONS),
                    TsvReader.resource(SECTORS), TsvReader.resource(PEOPLE));
            loader.entries().forEach((key, entry) -> meanings.put(key, when -> entry));
            meanings.putAll(loader.people());
            acronyms.addAll(loader.acronymKeys());
            countries = loader.countryEntries();
        }
        List<String> notes = new ArrayList<>();
        int replaced = 0;
        for (PetrarchActorReader.Loaded file : files) {
            notes.addAll(file.notes());
            for (Map.Entry<String, ActorMeaning> e : file.meanings().entrySet()) {
                if (meanings.put(e.getKey(), e.getValue()) != null) {
                    replaced++;
                }
                if (file.acronyms().contains(e.getKey())) {
                    acronyms.add(e.getKey());
                } else {
                    acronyms.remove(e.getKey());
                }
            }
        }
        if (replaced > 0) {
            notes.add(replaced + " phrases of the added files replaced earlier meanings");
        }
        return new ActorDictionary(new PhraseIndex<>(meanings, acronyms), countries, notes);
    }
}
