package org.parley.code;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Arc;
import org.parley.model.Span;
import org.parley.model.Token;

/**
 * Finds the event triggers of a sentence: verbs and event nouns that the lexicon lists, with the
 * entry whose constraints (particle, object, preposition, modifier) fit their arguments best.
 *
 * <p>A light-verb construction is coded once: "imposed sanctions" by the noun "sanctions" carried
 * by the support verb "imposed", unless the lexicon has an entry for the pair itself ("lifted
 * sanctions"), in which case the verb entry consumes the noun.
 */
final class TriggerFinder {
    private static final Set<String> NOT_PREDICATES = Set.of("aux", "aux:pass", "cop", "amod", "compound");
    private static final double EXACT = 0.9;
    private static final double NOMINAL = 0.8;
    private static final double SYNONYM = 0.55;
    /** Verbs too general to generalise from: their synonyms say nothing of an event. */
    private static final Set<String> NO_BACKOFF = Set.of(
            "be", "have", "do", "say", "tell", "make", "go", "get", "take", "come", "see", "know", "think",
            "give", "put", "seem", "become", "leave", "keep", "let", "begin", "show", "try", "use", "find",
            "add", "report", "state", "claim", "note", "announce", "argue", "write", "include", "remain");
    /** Nouns that carry an event noun for a support verb and add nothing to its code; durations
     *  too ("launched ten days of war games", "held two weeks of talks"). */
    private static final Set<String> LIGHT_NOUNS = Set.of(
            "effort", "mission", "bid", "campaign", "drive", "initiative", "round", "process", "series", "wave",
            "day", "week", "month", "hour", "program", "programme", "project", "package");
    /** Nouns of amount whose "of" complement is what a verb acts on ("700 kg of medicine"). */
    private static final Set<String> MEASURE_NOUNS = Set.of(
            "ton", "tonne", "kg", "kilogram", "kilo", "dollar", "euro", "million", "billion", "shipment",
            "consignment", "batch", "load", "package", "quantity", "amount", "part", "portion");
    /** Verbs of travel whose "for" phrase names what the traveller goes to do ("flew to Cairo for talks"). */
    private static final Set<String> ERRAND_VERBS = Set.of(
            "come", "go", "return", "travel", "fly", "arrive", "head", "gather", "convene");
    private static final Set<String> BACKGROUND_MARKS = Set.of("after", "before", "until", "since", "once", "when", "while");

    private final EventLexicon lexicon;
    private final SynonymSource synonyms;

    TriggerFinder(EventLexicon lexicon, SynonymSource synonyms) {
        this.lexicon = lexicon;
        this.synonyms = synonyms;
    }

    List<TriggerMatch> find(DependencyGraph graph) {
        List<TriggerMatch> verbs = new ArrayList<>();
        for (int i = 0; i < graph.size(); i++) {
            Token t = graph.token(i);
            if (t.isVerb() && isPredicate(graph, i)) {
                verbMatch(graph, i).ifPresent(verbs::add);
            }
        }
        List<TriggerMatch> all = new ArrayList<>(verbs);
        for (int i = 0; i < graph.size(); i++) {
            Token t = graph.token(i);
            // Proper nouns keep their capitals as lemmas and are names, never event words ("March").
            if (t.isNoun() && !t.isProperNoun() && !consumed(verbs, i) && !isBackground(graph, i)) {
                nounMatch(graph, i).ifPresent(all::add);
            }
        }
        // A support verb that has its own generic entry yields to the noun it carries.
        all.removeIf(m -> !m.isNoun() && m.object() < 0 && carriesNoun(all, m.token()));
        all.removeIf(m -> WeaponsForUse.unaimed(graph, m)); // making weapons is a threat only against someone
        all.removeIf(m -> ReducedPassives.describesMeans(graph, m, all)); // "killed by a missile fired by X"
        all.addAll(new StanceCues(graph).find(all));
        all.sort(Comparator.comparingInt(TriggerMatch::token));
        return all;
    }

    private boolean isPredicate(DependencyGraph graph, int i) {
        for (Arc arc : graph.governors(i)) {
            if (NOT_PREDICATES.contains(arc.relation())) {
                return false;
            }
        }
        return true;
    }

    private Optional<TriggerMatch> verbMatch(DependencyGraph graph, int i) {
        String lemma = graph.lemma(i);
        Optional<TriggerMatch> exact = select(graph, i, lexicon.entries(lemma, false), EXACT, false);
        if (exact.isPresent() || lexicon.hasTrigger(lemma, false) || lexicon.isSupportVerb(lemma)
                || NO_BACKOFF.contains(lemma)) {
            return exact;
        }
        return backOff(graph, i, lemma);
    }

    /**
     * A verb the lexicon lacks is coded like its WordNet neighbours only when at least two of
     * them that the lexicon lists agree on the CAMEO root: one neighbour alone is too often a
     * different sense ("cross" a border is not "meet").
     */
    private Optional<TriggerMatch> backOff(DependencyGraph graph, int i, String lemma) {
        Map<String, Integer> votes = new HashMap<>();
        Map<String, String> firstOfRoot = new HashMap<>();
        for (String synonym : synonyms.synonyms(lemma, true)) {
            List<LexiconEntry> entries = lexicon.entries(synonym, false);
            LexiconEntry generic = null;
            for (LexiconEntry e : entries) {
                if (e.specificity() == 0 && !e.blocks()) {
                    generic = e;
                    break;
                }
            }
            if (generic != null) {
                String root = generic.code().substring(0, 2);
                votes.merge(root, 1, Integer::sum);
                firstOfRoot.putIfAbsent(root, synonym);
            }
        }
        for (var vote : votes.entrySet()) {
            if (vote.getValue() >= 2) {
                return select(graph, i, lexicon.entries(firstOfRoot.get(vote.getKey()), false), SYNONYM, true);
            }
        }
        return Optional.empty();
    }

    private Optional<TriggerMatch> nounMatch(DependencyGraph graph, int i) {
        List<LexiconEntry> entries = lexicon.entries(graph.lemma(i), true);
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        return select(graph, i, entries, NOMINAL, false).map(m -> withSupportVerb(graph, m));
    }

    /** The first entry, most specific first, whose constraints all hold; none if it is a blocking entry. */
    private Optional<TriggerMatch> select(DependencyGraph graph, int i, List<LexiconEntry> entries, double confidence,
                                          boolean fromSynonym) {
        for (LexiconEntry entry : entries) {
            int object = -1;
            if (entry.particle() != null && !Particles.has(graph, i, entry.particle())) {
                continue;
            }
            if (!entry.objects().isEmpty()) {
                object = objectAmong(graph, i, entry.objects());
                if (object < 0) {
                    continue;
                }
            }
            if (!entry.preps().isEmpty() && !hasPrep(graph, i, entry.preps())
                    && !(object >= 0 && hasPrep(graph, object, entry.preps()))
                    && !(entry.noun() && supportHasPrep(graph, i, entry.preps()))) {
                continue;
            }
            // A verb entry's modifiers qualify its object: "withdrew its peacekeeping force" (1661).
            int qualified = entry.noun() ? i : object;
            if (!entry.modifiers().isEmpty() && (qualified < 0 || !hasModifier(graph, qualified, entry.modifiers()))) {
                continue;
            }
            if (!entry.subjects().isEmpty() && !hasSubjectAmong(graph, i, entry.subjects())) {
                continue;
            }
            if (entry.blocks()) {
                return Optional.empty();
            }
            Span span = graph.token(i).span();
            if (object >= 0 && Math.abs(object - i) <= 3) {
                span = span.union(graph.token(object).span());
            }
            double c = entry.specificity() > 0 ? Math.min(0.95, confidence + 0.05) : confidence;
            return Optional.of(new TriggerMatch(i, entry, object, -1, span, c, fromSynonym));
        }
        return Optional.empty();
    }

    private TriggerMatch withSupportVerb(DependencyGraph graph, TriggerMatch noun) {
        for (Arc arc : graph.governors(carrier(graph, noun.token()))) {
            String rel = arc.relation();
            boolean supported = (rel.equals("obj") || rel.equals("nsubj:pass")) && arc.governor() >= 0
                    && lexicon.isSupportVerb(graph.lemma(arc.governor()));
            // "used civilians as human shields": the verb that casts its object as the event noun performs it.
            boolean cast = CastNouns.casts(graph, arc) || LightVerbs.carries(graph, arc); // "engaged in ethnic cleansing"
            // "negotiators returned to Geneva for talks": who travels for a meeting takes part in it.
            boolean errand = rel.equals("obl:for") && arc.governor() >= 0 && ERRAND_VERBS.contains(graph.lemma(arc.governor()))
                    && noun.entry().code().startsWith("04");
            if (supported || cast || errand) {
                int verb = arc.governor();
                // "held talks", "imposed new sanctions"; a verb far from its noun ("the deal, ...,
                // was concluded") would make the trigger's text a clause, so the noun stands alone.
                Span span = Math.abs(verb - noun.token()) <= 3 ? graph.token(verb).span().union(noun.span()) : noun.span();
                return new TriggerMatch(noun.token(), noun.entry(), -1, verb, span, noun.confidence() + 0.05, false);
            }
        }
        return noun;
    }

    /**
     * Whether the support verb carrying an event noun has the phrase of one of the prepositions: the
     * parser often hangs the noun's complement on the verb ("opened a hearing on Monday <em>into</em>
     * the killings").
     */
    private boolean supportHasPrep(DependencyGraph graph, int noun, Set<String> preps) {
        for (Arc arc : graph.governors(carrier(graph, noun))) {
            if (arc.relation().equals("obj") && arc.governor() >= 0 && lexicon.isSupportVerb(graph.lemma(arc.governor()))
                    && hasPrep(graph, arc.governor(), preps)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The noun a support verb takes for an event noun: the noun itself, or the light noun it
     * modifies ("launched a <em>mediation</em> effort", "held a round <em>of talks</em>").
     */
    static int carrier(DependencyGraph graph, int noun) {
        Arc up = graph.head(noun);
        if (up != null && up.governor() >= 0 && LIGHT_NOUNS.contains(graph.lemma(up.governor()))
                && (up.relation().equals("compound") || up.relation().equals("nmod:of"))) {
            return up.governor();
        }
        return noun;
    }

    /**
     * An event noun that only dates another clause refers to an event, it does not report one:
     * "after the war ends", "before the talks", "since the ceasefire".
     */
    private static boolean isBackground(DependencyGraph graph, int noun) {
        for (Arc arc : graph.governors(noun)) {
            if (BACKGROUND_MARKS.contains(arc.subtype())) {
                return true;
            }
            if (arc.relation().startsWith("nsubj") && arc.governor() >= 0) {
                Arc clause = graph.head(arc.governor());
                if (clause != null && clause.relation().startsWith("advcl")
                        && (BACKGROUND_MARKS.contains(clause.subtype())
                        || graph.hasDependent(arc.governor(), "mark", BACKGROUND_MARKS))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int objectAmong(DependencyGraph graph, int verb, Set<String> lemmas) {
        for (Arc arc : graph.dependents(verb)) {
            int object = arc.relation().equals("obj") || arc.relation().equals("nsubj:pass") ? arc.dependent()
                    : MisreadObjects.subjectOfComplement(graph, verb, arc); // "issued warrants for X sought in ..."
            if (object < 0) {
                continue;
            }
            if (lemmas.contains(graph.lemma(object))) {
                return object;
            }
            int carried = carriedNoun(graph, object, lemmas);
            if (carried >= 0) {
                return carried;
            }
        }
        int described = ReducedPassives.describedNoun(graph, verb); // "a statement released by X": its object
        if (described >= 0) {
            return lemmas.contains(graph.lemma(described)) ? described : carriedNoun(graph, described, lemmas);
        }
        return -1;
    }

    /**
     * The noun that a light or measure noun stands in for as an object: "ended <em>mediation</em>
     * efforts", "handed over 700 kg of <em>medicine</em>", "gave $5 million of <em>aid</em>". The
     * verb's entry reads through it as it would read the noun itself.
     */
    private static int carriedNoun(DependencyGraph graph, int object, Set<String> lemmas) {
        return carriedNoun(graph, object, lemmas, true);
    }

    /** {@link #carriedNoun}, reading once more through a light noun a measure noun carries ("part of an aid program"). */
    private static int carriedNoun(DependencyGraph graph, int object, Set<String> lemmas, boolean deeper) {
        String lemma = graph.lemma(object);
        boolean light = LIGHT_NOUNS.contains(lemma);
        if (!light && !MEASURE_NOUNS.contains(lemma)) {
            return -1;
        }
        for (Arc arc : graph.dependents(object)) {
            boolean carries = arc.relation().equals("nmod:of") || light && arc.relation().equals("compound");
            if (carries && lemmas.contains(graph.lemma(arc.dependent()))) {
                return arc.dependent();
            }
            if (carries && deeper && !light && LIGHT_NOUNS.contains(graph.lemma(arc.dependent()))) {
                int inner = carriedNoun(graph, arc.dependent(), lemmas, false); // "suspended part of a military aid program"
                if (inner >= 0) {
                    return inner;
                }
            }
        }
        return -1;
    }

    /**
     * Whether {@code head} has a phrase of one of the prepositions: an oblique or nominal modifier
     * ("call for talks"), or a clause the preposition introduces with a subject of its own ("call
     * for Israel to withdraw", which the parser reads as a clause marked "for").
     */
    static boolean hasPrep(DependencyGraph graph, int head, Set<String> preps) {
        for (Arc arc : graph.dependents(head)) {
            String base = arc.baseRelation();
            if (TimeWords.isTime(graph, arc.dependent())) {
                continue; // "called Putin on Monday" is no appeal ("call on")
            }
            if ((base.equals("obl") || base.equals("nmod")) && preps.contains(arc.subtype())) {
                return true;
            }
            if (base.equals("advcl") && preps.contains(arc.subtype()) && graph.token(arc.dependent()).pos().equals("VBG")) {
                return true; // "committed to opening its economy": a gerund clause is the preposition's phrase
            }
            if ((base.equals("advcl") || base.equals("acl")) && graph.hasDependent(arc.dependent(), "mark", preps)
                    && !graph.dependents(arc.dependent(), Set.of("nsubj")).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the verb's subject is one of the lemmas: its head noun, the noun that head counts or
     * groups ("a contingent <em>of peacekeepers</em>"), or a compound or adjective modifier of either
     * ("<em>peacekeeping</em> troops").
     */
    private static boolean hasSubjectAmong(DependencyGraph graph, int verb, Set<String> lemmas) {
        for (Arc arc : graph.dependents(verb)) {
            if (!arc.relation().equals("nsubj")) {
                continue;
            }
            int head = arc.dependent();
            int member = ActorReader.memberOf(graph, head);
            for (int noun : new int[] {head, member}) {
                if (lemmas.contains(graph.lemma(noun)) || hasModifier(graph, noun, lemmas)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasModifier(DependencyGraph graph, int noun, Set<String> modifiers) {
        for (Arc arc : graph.dependents(noun)) {
            String base = arc.baseRelation();
            if ((base.equals("amod") || base.equals("compound")) && modifiers.contains(graph.lemma(arc.dependent()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean consumed(List<TriggerMatch> verbs, int noun) {
        for (TriggerMatch m : verbs) {
            if (m.object() == noun) {
                return true;
            }
        }
        return false;
    }

    private static boolean carriesNoun(List<TriggerMatch> all, int verb) {
        for (TriggerMatch m : all) {
            if (m.isNoun() && m.supportVerb() == verb) {
                return true;
            }
        }
        return false;
    }
}
