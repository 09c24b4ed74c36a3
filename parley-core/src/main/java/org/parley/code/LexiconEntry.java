package org.parley.code;
import java.util.Set;
public record LexiconEntry(String code, String lemma, boolean noun, String particle, Set<String> objects, Set<String> preps, Set<String> modifiers, int line) {
    public boolean blocks() { return "-".equals(code); }
    public int specificity() { return (particle == null ? 0 : 1) + (objects.isEmpty() ? 0 : 1) + (preps.isEmpty() ? 0 : 1) + (modifiers.isEmpty() ? 0 : 1); }
}
