package org.parley.resolve;
public record ActorMatch(int length, ActorEntry entry) {}
