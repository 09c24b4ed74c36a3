package org.parley.nlp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.parley.code.SynonymSource;

/**
 * Synonyms from WordNet 3.1 (the data bundled with extJWNL): for a lemma, the words of the
 * synsets of its {@value #SENSES} most common senses, then the words of those synsets' direct
 * hypernyms; lower case, multiword lemmas with spaces ("speak up"), nearest first, each once, never
 * the lemma itself.
 *
 * <p>Design decision: only the first senses count, because the coder generalises from an event
 * verb to its near neighbours, and WordNet's rarer senses ("talk" as in "lecture") would pull in
 * words of unrelated meaning.
 *
 * <p>Thread-safe: lookups into the dictionary are serialised (extJWNL does not promise concurrent
 * use) and answers are cached, so each lemma is looked up once per instance.
 */
public final class WordNetSynonyms implements SynonymSource {

    /** How many of a lemma's senses, most common first, are taken. */
    public static final int SENSES = 2;

    private final Dictionary dictionary;
    private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

    WordNetSynonyms(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    /**
     * Loads the bundled WordNet 3.1 (about a second).
     *
     * @throws IllegalStateException if the bundled data cannot be read
     */
    public static WordNetSynonyms load() {
        try {
            return new WordNetSynonyms(Dictionary.getDefaultResourceInstance());
        } catch (JWNLException e) {
            throw new IllegalStateException("cannot load the bundled WordNet 3.1 data: " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> synonyms(String lemma, boolean verb) {
        if (lemma == null || lemma.isBlank()) {
            throw new IllegalArgumentException("lemma must be a non-blank word, got '" + lemma + "'");
        }
        String key = lemma.toLowerCase(Locale.ROOT);
        return cache.computeIfAbsent((verb ? "v:" : "n:") + key, k -> lookUp(key, verb ? POS.VERB : POS.NOUN));
    }

    private List<String> lookUp(String lemma, POS pos) {
        try {
            synchronized (dictionary) {
                IndexWord word = dictionary.getIndexWord(pos, lemma);
                if (word == null) {
                    return List.of();
                }
                List<Synset> senses = word.getSenses();
                List<Synset> nearest = senses.subList(0, Math.min(SENSES, senses.size()));
                Set<String> out = new LinkedHashSet<>();
                for (Synset synset : nearest) {
                    addWords(synset, out);
                }
                for (Synset synset : nearest) {
                    for (Synset hypernym : hypernyms(synset)) {
                        addWords(hypernym, out);
                    }
                }
                out.remove(lemma);
                return List.copyOf(out);
            }
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup of '" + lemma + "' failed: " + e.getMessage(), e);
        }
    }

    private static List<Synset> hypernyms(Synset synset) throws JWNLException {
        List<Synset> out = new ArrayList<>();
        for (Pointer pointer : synset.getPointers()) {
            if (pointer.getType() == PointerType.HYPERNYM) {
                out.add(pointer.getTargetSynset());
            }
        }
        return out;
    }

    private static void addWords(Synset synset, Set<String> out) {
        for (Word word : synset.getWords()) {
            out.add(word.getLemma().replace('_', ' ').toLowerCase(Locale.ROOT));
        }
    }
}
