package org.parley.code;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Actor;
import org.parley.model.Arc;
import org.parley.model.Place;
import org.parley.model.Span;
import org.parley.resolve.PlaceContext;

/**
 * Who used force (CAMEO 18, 19, 20) when the clause does not name the attacker as the subject of
 * an active verb.
 *
 * <p><b>Agents in the means.</b> "Four children were killed in Israeli tank shelling", "two
 * soldiers died ... killed in an Indian attack", "the airliner was blown up by a missile fired by
 * rebels": a passive verb of force names its means in an "in", "during" or "amid" phrase whose
 * words name an act of force (a noun or verb of roots 18–20 in the lexicon: "shelling",
 * "attack", "raid"), or in its "by" agent; an active verb in its subject ("a bomb planted by
 * militants killed ..."). The owners of those phrases (possessor, nationality adjective, short
 * compound) and the agents of the participles describing them are the attacker, tried after the
 * usual source tiers of {@link ArgumentFinder#sources}. A place name after "in" is never read as
 * an agent: only phrases that name an act of force count.
 *
 * <p><b>Unattributed attacks.</b> CAMEO codes an attacker the text does not name as unidentified
 * armed forces, sector {@code UAF}, of the country where the attack took place ("a roadside bomb
 * near Samarra killed a U.S. soldier" is IRQUAF against USAMIL). {@link #unattributed} makes that
 * source for a verb of force whose victim is named, whose subject slot is empty (a passive with no
 * agent naming an actor) or holds a thing (a common noun that names no actor: "a car bomb", "an
 * explosion"), never a pronoun or a name the dictionary lacks, and never a participle without a
 * subject ("..., killing eight people", whose attacker is the clause's). The country is that of the
 * event's place: a locative of the verb, else of a noun below it, else the one country the clause's
 * places lie in. No place, no event. The actor is an ordinary {@link Actor} with code country +
 * {@code UAF}, country, sector {@code UAF}; its words and span are those of the means phrase
 * ("a roadside bomb"), else of the trigger.
 *
 * <p>One instance per document; stateless apart from the readers it is given.
 */
final class ForceAgents {
    static final String UNIDENTIFIED = "UAF";
    /** Prepositions that give the act a victim died in: "killed in shelling", "during a raid", "amid clashes". */
    private static final Set<String> MEANS_PREPS = Set.of("in", "during", "amid");
    private static final Set<String> AGENT_RELATIONS = Set.of("obl:agent", "obl:by");
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass");
    /** "opened fire on X", "carried out raids upon X": what a light verb's event is aimed at. */
    private static final Set<String> AIMED_PREPS = Set.of("on", "upon");
    /** "engaged X in a firefight", "drew X into a war". */
    private static final Set<String> ENGAGING_PREPS = Set.of("in", "into");
    /** How far to follow "a missile believed to be fired by X" from the phrase to the agent. */
    private static final int PARTICIPLE_DEPTH = 3;

    private final EventLexicon lexicon;
    private final PlaceReader places;
    private final ImpliedPlace implied;
    private final ActorReader actors;
    private final String text;
    private final LocalDate published;

    /** For one document: its text and publication date, for reading the actors of engaging verbs. */
    ForceAgents(EventLexicon lexicon, PlaceReader places, ImpliedPlace implied, ActorReader actors, String text,
                LocalDate published) {
        this.lexicon = lexicon;
        this.places = places;
        this.implied = implied;
        this.actors = actors;
        this.text = text;
        this.published = published;
    }

    /** Assault, fight, mass violence: roots 18, 19, 20. */
    static boolean isForce(String code) {
        return code.startsWith("18") || code.startsWith("19") || code.startsWith("20");
    }

    /**
     * The source tiers of {@link ArgumentFinder#sources} for {@code m}, followed, for a verb of
     * force, by the heads of its means phrases (their owners name the attacker: "Israeli tank
     * shelling") and then by the agents of the participles describing them ("a missile fired by
     * rebels"). Other triggers get the tiers unchanged.
     */
    List<List<Integer>> sourceTiers(DependencyGraph graph, TriggerMatch m, List<List<Integer>> tiers) {
        if (!isForce(m.entry().code())) {
            return tiers;
        }
        if (m.isNoun()) {
            int engaging = engagingVerb(graph, m);
            if (engaging < 0) {
                return tiers;
            }
            List<List<Integer>> all = new ArrayList<>(tiers);
            all.add(withConjuncts(graph, graph.dependents(engaging, Set.of("nsubj"))));
            return all;
        }
        List<Integer> means = means(graph, m.token());
        if (means.isEmpty()) {
            return tiers;
        }
        List<Integer> agents = new ArrayList<>(1);
        for (int phrase : means) {
            participleAgents(graph, phrase, agents, PARTICIPLE_DEPTH);
        }
        List<List<Integer>> all = new ArrayList<>(tiers);
        all.add(means);
        all.add(agents);
        return all;
    }

    /**
     * The target tiers of {@link ArgumentFinder#targets} for {@code m}, followed, for a use of force
     * carried by a light verb, by the party the light verb's clause names: the object of a verb that
     * engages it in the event ("engaged Filipino peacekeepers in a firefight"), then the "on" or
     * "upon" phrase of the light verb ("opened fire on Iraqi civilians", "carried out raids on rebel
     * positions", "conducted air strikes on Kurdish militants"), where the parser hangs what the
     * noun is aimed at. Other triggers get the tiers unchanged.
     */
    List<List<Integer>> targetTiers(DependencyGraph graph, TriggerMatch m, List<List<Integer>> tiers) {
        if (!isForce(m.entry().code())) {
            return tiers;
        }
        List<List<Integer>> all = new ArrayList<>(tiers);
        int engaging = m.isNoun() ? engagingVerb(graph, m) : -1;
        if (engaging >= 0) {
            all.add(withConjuncts(graph, graph.dependents(engaging, Set.of("obj"))));
        }
        int light = m.isNoun() ? m.supportVerb() : m.object() >= 0 ? m.token() : -1;
        if (light >= 0) {
            List<Integer> aimed = new ArrayList<>(1);
            for (Arc arc : graph.dependents(light)) {
                boolean on = arc.baseRelation().equals("obl") && AIMED_PREPS.contains(arc.subtype());
                if (on && !graph.token(arc.dependent()).ner().equals("DATE")) {
                    aimed.add(arc.dependent());
                }
            }
            all.add(withConjuncts(graph, aimed));
        }
        return all;
    }

    /**
     * The verb that draws its subject and object into an event noun of force it governs through
     * "in" or "into" ("X engaged Y in a firefight", "X drew Y into a war"): an active verb with a
     * subject and an object that names an actor, no support verb, and no event of its own in the
     * lexicon; else -1.
     */
    private int engagingVerb(DependencyGraph graph, TriggerMatch m) {
        if (m.supportVerb() >= 0) {
            return -1;
        }
        Arc up = graph.head(m.token());
        if (up == null || up.governor() < 0 || !up.baseRelation().equals("obl") || !ENGAGING_PREPS.contains(up.subtype())) {
            return -1;
        }
        int verb = up.governor();
        String lemma = graph.lemma(verb);
        boolean engages = graph.token(verb).isVerb() && !graph.isPassive(verb) && lexicon.entries(lemma, false).isEmpty()
                && !lexicon.isSupportVerb(lemma) && !graph.dependents(verb, Set.of("nsubj")).isEmpty();
        // "played a role in the genocide": the object must be a party, not what the subject had in it.
        boolean party = graph.dependents(verb, Set.of("obj")).stream()
                .anyMatch(obj -> actors.read(graph, obj, text, published).isPresent());
        return engages && party ? verb : -1;
    }

    private static List<Integer> withConjuncts(DependencyGraph graph, List<Integer> heads) {
        List<Integer> all = new ArrayList<>(heads);
        for (int h : heads) {
            for (Arc arc : graph.dependents(h)) {
                if (arc.baseRelation().equals("conj") && !all.contains(arc.dependent())) {
                    all.add(arc.dependent());
                }
            }
        }
        return all;
    }

    /**
     * Unidentified armed forces of the country where the use of force {@code m} happened, as the one
     * source of an event that has {@code victims} but no attacker; empty when the rule does not apply
     * (see the class comment).
     *
     * @param found   the place names of the sentence
     * @param context the document's places, for resolving names
     */
    List<Actor> unattributed(DependencyGraph graph, TriggerMatch m, List<Actor> victims, List<PlaceReader.Found> found,
                             PlaceContext context) {
        int verb = m.token();
        if (m.isNoun() || victims.isEmpty() || !isForce(m.entry().code()) || !hasThingOrNoSubject(graph, verb)) {
            return List.of();
        }
        Optional<Place> place = places.read(graph, verb, context).or(() -> places.readBelow(graph, verb, context));
        String country = place.map(Place::country)
                .orElseGet(() -> {
                    Place scene = implied.of(graph, verb, found, victims.get(0), null);
                    return scene == null ? null : scene.country();
                });
        if (country == null) {
            return List.of();
        }
        List<Integer> means = means(graph, verb);
        Span span = means.isEmpty() ? m.span() : phraseSpan(graph, means.get(0));
        return List.of(new Actor(span.of(text), country + UNIDENTIFIED, country, UNIDENTIFIED, span));
    }

    /**
     * True for a passive verb (its agent, if any, named no actor, or the coder would not ask), for the
     * infinitive of a noun ("an attempt to kill X") and for
     * an active verb whose subjects are all common nouns ("a roadside bomb killed"): things, not a
     * pronoun or an unknown name, which stand for an attacker the coder failed to read.
     */
    private static boolean hasThingOrNoSubject(DependencyGraph graph, int verb) {
        if (graph.isPassive(verb)) {
            return true;
        }
        List<Integer> subjects = graph.dependents(verb, Set.of("nsubj"));
        if (subjects.isEmpty()) {
            // "an attempt to assassinate the governor was foiled": the infinitive of an event noun has no
            // subject by construction, and the sentence names no attacker.
            Arc up = graph.head(verb);
            return up != null && up.relation().equals("acl:to") && graph.token(up.governor()).isNoun();
        }
        for (int s : subjects) {
            String pos = graph.token(s).pos();
            if (!pos.startsWith("NN") || graph.token(s).isProperNoun() || !graph.token(s).ner().equals("O")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The phrases naming the means of a verb of force: its "by" agent, its subject when active, and
     * its "in"/"during"/"amid" phrases that name an act of force.
     */
    private List<Integer> means(DependencyGraph graph, int verb) {
        List<Integer> heads = new ArrayList<>(2);
        boolean passive = graph.isPassive(verb);
        for (Arc arc : graph.dependents(verb)) {
            int d = arc.dependent();
            boolean agent = passive && AGENT_RELATIONS.contains(arc.relation())
                    || !passive && SUBJECTS.contains(arc.relation());
            boolean setting = arc.baseRelation().equals("obl") && MEANS_PREPS.contains(arc.subtype()) && namesForce(graph, d);
            if ((agent || setting) && !graph.token(d).isProperNoun() && !heads.contains(d)) {
                heads.add(d);
            }
        }
        return heads;
    }

    /** Whether the phrase's head or a word modifying it is a word of force: "shelling", "an Israeli raid", "tank fire". */
    private boolean namesForce(DependencyGraph graph, int head) {
        if (isForceWord(graph, head)) {
            return true;
        }
        for (Arc arc : graph.dependents(head)) {
            String rel = arc.relation();
            if ((rel.equals("compound") || rel.equals("amod")) && isForceWord(graph, arc.dependent())) {
                return true;
            }
        }
        return false;
    }

    private boolean isForceWord(DependencyGraph graph, int token) {
        boolean noun = graph.token(token).isNoun();
        if (!noun && !graph.token(token).isVerb()) {
            return false;
        }
        for (LexiconEntry e : lexicon.entries(graph.lemma(token), noun)) {
            if (!e.blocks() && isForce(e.code()) && e.objects().isEmpty() && e.particle() == null) {
                return true;
            }
        }
        return false;
    }

    /** "a missile fired by X", "a bomb believed to have been planted by X": agents of participles of the phrase. */
    private static void participleAgents(DependencyGraph graph, int governor, List<Integer> agents, int depth) {
        if (depth == 0) {
            return;
        }
        for (Arc arc : graph.dependents(governor)) {
            String base = arc.baseRelation();
            if (base.equals("acl") || base.equals("xcomp") && governor != arc.dependent()) {
                int verb = arc.dependent();
                for (Arc inner : graph.dependents(verb)) {
                    if (AGENT_RELATIONS.contains(inner.relation()) && !agents.contains(inner.dependent())) {
                        agents.add(inner.dependent());
                    }
                }
                participleAgents(graph, verb, agents, depth - 1);
            }
        }
    }

    /** The head with the words before it ("a roadside bomb"), not the phrases after it ("near Samarra"). */
    private static Span phraseSpan(DependencyGraph graph, int head) {
        NounPhrase phrase = NounPhrase.of(graph, head);
        return graph.sentence().span(Math.min(phrase.first(), head), head + 1);
    }
}
