package org.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.model.Arc;
import org.parley.model.EntityMention;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.TimeExpression;
import org.parley.model.Token;

/**
 * Turns one CoreNLP sentence into a Parley {@link Sentence}. Stateless.
 *
 * <p>CoreNLP counts tokens from 1 within a sentence; Parley counts from 0, with -1 for the root's
 * governor. Enhanced++ graphs may hold copy nodes (elided predicates, "Sue went to Paris and Bill
 * to Rome"): they are mapped onto the token they copy, since Parley's graph is over tokens.
 */
final class SentenceConverter {

    private static final Set<String> NAMED_TYPES = Set.of("PERSON", "LOCATION", "ORGANIZATION", "MISC");
    private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");
    private static final Comparator<Arc> ARC_ORDER = Comparator.comparingInt(Arc::dependent)
            .thenComparingInt(Arc::governor)
            .thenComparing(Arc::relation);

    private SentenceConverter() {
    }

    static Sentence convert(int index, CoreMap sentence, String text) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel label : labels) {
            tokens.add(token(tokens.size(), label, text));
        }
        Span span = new Span(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end());
        List<Arc> arcs = arcs(sentence.get(
                SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class));
        List<EntityMention> entities = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions != null) {
            for (CoreMap mention : mentions) {
                addMention(mention, text, entities, times);
            }
        }
        return new Sentence(index, span, tokens, arcs, entities, times);
    }

    private static Token token(int index, CoreLabel label, String text) {
        Span span = new Span(label.beginPosition(), label.endPosition());
        // The word as written, not CoreNLP's normalised form (quotes, brackets), so that every
        // token's span gives back its word.
        String word = span.of(text);
        String ner = label.ner() == null ? "O" : label.ner();
        return new Token(index, word, label.lemma(), label.tag(), ner, span);
    }

    private static List<Arc> arcs(SemanticGraph graph) {
        if (graph == null) {
            return List.of();
        }
        Set<Arc> arcs = new LinkedHashSet<>();
        for (IndexedWord root : graph.getRoots()) {
            arcs.add(new Arc(-1, "root", root.index() - 1));
        }
        for (SemanticGraphEdge edge : graph.edgeIterable()) {
            int governor = edge.getGovernor().index() - 1;
            int dependent = edge.getDependent().index() - 1;
            if (governor == dependent) {
                // A copy node attached to its own original adds nothing over the token graph.
                continue;
            }
            arcs.add(new Arc(governor, edge.getRelation().toString().toLowerCase(Locale.ROOT), dependent));
        }
        List<Arc> out = new ArrayList<>(arcs);
        out.sort(ARC_ORDER);
        return out;
    }

    private static void addMention(CoreMap mention, String text, List<EntityMention> entities,
                                   List<TimeExpression> times) {
        String type = mention.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        List<CoreLabel> labels = mention.get(CoreAnnotations.TokensAnnotation.class);
        if (type == null || labels == null || labels.isEmpty()) {
            return;
        }
        int start = labels.get(0).index() - 1;
        int end = labels.get(labels.size() - 1).index();
        Span span = new Span(labels.get(0).beginPosition(), labels.get(labels.size() - 1).endPosition());
        if (NAMED_TYPES.contains(type)) {
            entities.add(new EntityMention(start, end, type, span.of(text), span));
        } else if (TIME_TYPES.contains(type)) {
            times.add(new TimeExpression(start, end, span.of(text), timexValue(mention, labels), span));
        }
    }

    private static String timexValue(CoreMap mention, List<CoreLabel> labels) {
        Timex timex = mention.get(TimeAnnotations.TimexAnnotation.class);
        if (timex == null) {
            timex = labels.get(0).get(TimeAnnotations.TimexAnnotation.class);
        }
        return timex == null ? null : timex.value();
    }
}
