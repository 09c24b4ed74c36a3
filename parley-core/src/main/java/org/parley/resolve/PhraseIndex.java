package org.parley.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Phrases under their normal keys ({@link PhraseKey}) and the longest-match search over a word
 * list that both the actor dictionary and the gazetteer use.
 *
 * <p>Tokenisers differ on hyphens ("al-Qaeda" or "al", "-", "Qaeda") and full stops ("U.S." or
 * "U.S", "."), so a phrase is compared piece by piece: a word is cut at hyphens, and a token that
 * is only punctuation adds no piece but counts in the length of a match that goes past it.
 *
 * @param <V> what a phrase means
 */
final class PhraseIndex<V> {

    /** What was found and how many tokens it covers. */
    record Hit<V>(int length, String key, V value) {
    }

    private final Map<String, V> byKey;
    /**
     * The same meanings in a hash map, for the look-ups of {@link #longest}: it compares stored
     * hashes before keys, where the immutable map's open addressing compares strings at every
     * probe, and a miss is what most look-ups are.
     */
    private final Map<String, V> lookup;
    private final Set<String> acronyms;
    /**
     * Every beginning of a key that ends before one of its spaces ("united", "united states" for
     * "united states of america"): the search stops extending a phrase as soon as what it has
     * read is neither a key nor such a beginning, since no longer phrase can then be a key.
     */
    private final Set<String> keyHeads;
    private final int maxPieces;

    /**
     * @param byKey    meanings by {@link PhraseKey#of} key
     * @param acronyms keys stored only as acronyms, matched only by text written as one
     */
    PhraseIndex(Map<String, V> byKey, Set<String> acronyms) {
        this.byKey = Map.copyOf(byKey);
        this.lookup = new HashMap<>(this.byKey);
        this.acronyms = Set.copyOf(acronyms);
        Set<String> heads = new HashSet<>();
        for (String key : this.byKey.keySet()) {
            for (int space = key.indexOf(' '); space >= 0; space = key.indexOf(' ', space + 1)) {
                heads.add(key.substring(0, space));
            }
        }
        this.keyHeads = heads;
        this.maxPieces = byKey.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    }

    int size() {
        return byKey.size();
    }

    boolean isAcronym(String key) {
        return acronyms.contains(key);
    }

    Map<String, V> all() {
        return byKey;
    }

    /** @return the meaning of a whole name, or null */
    V get(String name) {
        String key = PhraseKey.of(name);
        if (acronyms.contains(key) && !PhraseKey.writtenAsAcronym(name.trim())) {
            return null;
        }
        return byKey.get(key);
    }

    /**
     * The longest phrase starting at {@code words[from]}; a leading "the" in the text is optional
     * and counts in the length when the phrase follows it.
     */
    Optional<Hit<V>> longest(List<String> words, int from) {
        if (from < 0 || from > words.size()) {
            throw new IndexOutOfBoundsException("from " + from + " outside 0.." + words.size());
        }
        Optional<Hit<V>> direct = longestAt(words, from);
        if (from < words.size() && PhraseKey.isThe(words.get(from))) {
            Optional<Hit<V>> afterThe = longestAt(words, from + 1);
            if (afterThe.isPresent() && (direct.isEmpty() || afterThe.get().length() + 1 > direct.get().length())) {
                Hit<V> hit = afterThe.get();
                return Optional.of(new Hit<>(hit.length() + 1, hit.key(), hit.value()));
            }
        }
        return direct;
    }

    private Optional<Hit<V>> longestAt(List<String> words, int from) {
        if (from >= words.size()) {
            return Optional.empty();
        }
        List<String> first = PhraseKey.pieces(words.get(from));
        if (first.isEmpty()) {
            return Optional.empty();
        }
        int pieces = 0;
        StringBuilder read = new StringBuilder();
        String[] keyEndingAt = new String[Math.min(words.size() - from, maxPieces + 1)];
        int end = from;
        // Collect candidate keys that end on a token with words, up to the longest phrase known,
        // while what has been read can still begin a key.
        while (end < words.size()) {
            List<String> more = end == from ? first : PhraseKey.pieces(words.get(end));
            if (pieces + more.size() > maxPieces) {
                break;
            }
            pieces += more.size();
            for (String piece : more) {
                if (!read.isEmpty()) {
                    read.append(' ');
                }
                read.append(piece);
            }
            end++;
            if (!more.isEmpty()) {
                String key = read.toString();
                if (end - 1 - from >= keyEndingAt.length) {
                    keyEndingAt = Arrays.copyOf(keyEndingAt, 2 * keyEndingAt.length);
                }
                keyEndingAt[end - 1 - from] = key;
                if (!keyHeads.contains(key)) {
                    break;
                }
            }
        }
        for (int last = end - 1; last >= from; last--) {
            String key = keyEndingAt.length > last - from ? keyEndingAt[last - from] : null;
            if (key == null) {
                continue;
            }
            if (last == from && acronyms.contains(key) && !PhraseKey.writtenAsAcronym(words.get(from))) {
                continue;
            }
            V value = lookup.get(key);
            if (value != null) {
                return Optional.of(new Hit<>(last - from + 1, key, value));
            }
        }
        return Optional.empty();
    }
}
