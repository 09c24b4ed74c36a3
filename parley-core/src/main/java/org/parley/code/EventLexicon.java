package org.parley.code;
import java.util.*;
public final class EventLexicon {
    private final Map<String, List<LexiconEntry>> map = new HashMap<>();
    private void add(String code, String lemma, boolean noun, String prt, Set<String> obj, Set<String> preps) {
        map.computeIfAbsent(lemma + (noun ? "/n" : ""), k -> new ArrayList<>()).add(new LexiconEntry(code, lemma, noun, prt, obj, preps, Set.of(), 0));
    }
    public static EventLexicon builtIn() {
        EventLexicon l = new EventLexicon();
        l.add("040", "discussion", true, null, Set.of(), Set.of());
        l.add("040", "talk", true, null, Set.of(), Set.of());
        l.add("040", "meeting", true, null, Set.of(), Set.of());
        l.add("040", "meet", false, null, Set.of(), Set.of());
        l.add("120", "oppose", false, null, Set.of(), Set.of());
        l.add("110", "disagree", false, null, Set.of(), Set.of());
        l.add("111", "objection", true, null, Set.of(), Set.of());
        l.add("025", "urge", false, null, Set.of(), Set.of());
        l.add("100", "demand", false, null, Set.of(), Set.of());
        l.add("030", "ensure", false, null, Set.of(), Set.of());
        l.add("100", "condition", true, null, Set.of(), Set.of());
        l.add("0871", "ceasefire", true, null, Set.of(), Set.of());
        return l;
    }
    public List<LexiconEntry> entries(String lemma, boolean noun) { return map.getOrDefault(lemma + (noun ? "/n" : ""), List.of()); }
    public boolean hasTrigger(String lemma, boolean noun) { return map.containsKey(lemma + (noun ? "/n" : "")); }
    public boolean isSupportVerb(String lemma) { return Set.of("hold", "launch", "raise", "announce", "impose", "sign", "conduct").contains(lemma); }
    public int size() { return map.size(); }
}
