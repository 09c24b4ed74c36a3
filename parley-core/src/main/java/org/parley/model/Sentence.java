package org.parley.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One annotated sentence.
 *
 * @param index    position in the document, from 0
 * @param span     character offsets of the whole sentence in the document text
 * @param tokens   tokens in order; {@code tokens.get(i).index() == i}
 * @param arcs     the dependency graph
 * @param entities named entities, in order
 * @param times    time expressions, in order
 */
public record Sentence(int index, Span span, List<Token> tokens, List<Arc> arcs,
                       List<EntityMention> entities, List<TimeExpression> times) {
    public Sentence {
        tokens = List.copyOf(tokens);
        arcs = List.copyOf(arcs);
        entities = List.copyOf(entities);
        times = List.copyOf(times);
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    /** Arcs whose governor is token {@code i}. */
    public List<Arc> dependents(int i) {
        List<Arc> out = new ArrayList<>();
        for (Arc arc : arcs) {
            if (arc.governor() == i) {
                out.add(arc);
            }
        }
        return out;
    }

    /** Arcs whose dependent is token {@code i}. */
    public List<Arc> governors(int i) {
        List<Arc> out = new ArrayList<>();
        for (Arc arc : arcs) {
            if (arc.dependent() == i) {
                out.add(arc);
            }
        }
        return out;
    }

    /** Token indices of the roots of the graph. */
    public List<Integer> roots() {
        List<Integer> out = new ArrayList<>();
        for (Arc arc : arcs) {
            if (arc.governor() < 0) {
                out.add(arc.dependent());
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The characters covered by tokens {@code [from, to)}. */
    public Span span(int from, int to) {
        return new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
    }
}
