package org.parley.cli;

import java.util.List;
import org.parley.model.AnnotatedDocument;
import org.parley.model.EventMention;

/** The code stage as the commands see it, so that tests can stand in for the real coder. */
@FunctionalInterface
interface Coder {
    List<EventMention> code(AnnotatedDocument document);
}
