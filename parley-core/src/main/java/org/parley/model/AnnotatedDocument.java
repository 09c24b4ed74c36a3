package org.parley.model;

import java.util.List;

/** A document with its sentences as the annotate stage produced them. */
public record AnnotatedDocument(Document document, List<Sentence> sentences) {
    public AnnotatedDocument {
        sentences = List.copyOf(sentences);
    }

    public String text() {
        return document.text();
    }
}
