package org.parley.model;

/** The words that express an event ("opposed", "held talks"), with their span. */
public record Trigger(String text, Span span) {
}
