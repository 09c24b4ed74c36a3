package org.parley.nlp;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;

/**
 * The dependency parse that the coder reads: CoreNLP's neural dependency parser
 * ({@code english_UD}, the model of CoreNLP's {@code depparse}) and, from its analysis, the
 * enhanced++ graph alone, set as {@link SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation}
 * on each sentence.
 *
 * <p>Design decision: CoreNLP's {@code depparse} annotator builds five graphs for every sentence
 * (basic, collapsed, CC-processed, enhanced, enhanced++) of which {@link SentenceConverter} reads
 * one; the other four cost about an eighth of the parse. The enhanced++ graph is built by the same
 * call from the same analysis, so it is the same graph (checked by {@code EnhancedParseIT}).
 *
 * <p>Design decision: each instance loads its own parser (about 3.5 s and 240 MB of heap) instead
 * of sharing the one that CoreNLP caches for the whole JVM. The parser's classifier keeps an LRU
 * cache of hidden-layer products behind one lock that it takes for most features of every parsing
 * step; two worker threads sharing that lock and that cache coded about a fifth fewer sentences per
 * CPU second (docs/BENCHMARKS.md).
 *
 * <p>Design decision: by default the sentences are parsed by {@link GreedyParser}, Parley's own
 * greedy transition loop and forward pass over the numbers of that parser, which computes exactly
 * what CoreNLP's {@code predict} computes without its boxed look-ups, locked cache and string
 * transitions (about two thirds of the parse's time; docs/BENCHMARKS.md).
 *
 * <p>Not thread-safe: one instance per worker thread, as {@link CoreNlpAnnotator}.
 */
final class EnhancedParse {

    private final DependencyParser parser;
    /** Parley's own transition loop and forward pass over the parser's numbers, or null for CoreNLP's {@code predict}. */
    private final GreedyParser greedy;
    private long nanos;

    /**
     * Loads a parser of its own.
     *
     * @param ownNetwork whether sentences are parsed by {@link GreedyParser} (the same arcs at a
     *     fraction of the cost) rather than by CoreNLP's {@code DependencyParser.predict}
     */
    EnhancedParse(boolean ownNetwork) {
        // No options: the same model and defaults as CoreNLP's depparse annotator with Parley's
        // properties, none of which has the "depparse." prefix. Not DependencyParser.loadFromModelFile,
        // which hands every caller the one instance of CoreNLP's own JVM-wide parser cache.
        this.parser = new DependencyParser(new Properties());
        parser.loadModelFile(DependencyParser.DEFAULT_MODEL);
        this.greedy = ownNetwork ? new GreedyParser(new ParserNetwork(parser)) : null;
    }

    /** Parses each sentence, which must have tokens with parts of speech, and sets its enhanced++ graph. */
    void annotate(List<CoreMap> sentences) {
        long start = System.nanoTime();
        for (CoreMap sentence : sentences) {
            GrammaticalStructure analysis = greedy != null ? greedy.parse(sentence) : parser.predict(sentence);
            SemanticGraph graph = SemanticGraphFactory.makeFromTree(analysis,
                    SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS, GrammaticalStructure.Extras.NONE, null);
            sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class, graph);
        }
        nanos += System.nanoTime() - start;
    }

    /** The seconds this instance has spent parsing so far. */
    double seconds() {
        return nanos / 1e9;
    }
}
