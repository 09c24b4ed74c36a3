package org.parley.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.model.Arc;

/**
 * Finds the heads of the source and target phrases of a trigger in the dependency graph.
 *
 * <p>Sources: the subject of the verb (a controlled subject of "urged X to demand" is X), the
 * "by" agent of a passive, the possessor or adjective of an event noun ("Israel's opposition",
 * "Israeli airstrikes"), or the subject of the support verb that carries the noun. Targets: the
 * passive subject, the direct object, an oblique the lexicon entry names, the usual obliques
 * (with, against, to, toward, on, at, into, between), and for verbs of demand and assurance the
 * subject of their complement clause ("demand that X leave"). Coordinated heads fan out.
 */
final class ArgumentFinder {
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:xsubj", "csubj");
    private static final Set<String> VERB_TARGET_PREPS = Set.of(
            "with", "against", "to", "toward", "towards", "into", "upon", "between", "among");
    private static final Set<String> NOUN_TARGET_PREPS = Set.of(
            "with", "against", "on", "to", "toward", "towards", "between", "among", "of", "at", "upon");
    private static final Set<String> OWN_FORCE_NOUN_PREPS = Set.of(
            "with", "against", "on", "to", "toward", "towards", "between", "among", "at", "upon");
    private static final Set<String> OBJECT_PREPS = Set.of("with", "against", "toward", "towards", "between", "among");
    private static final Set<String> NOUN_SOURCE_PREPS = Set.of("by", "agent");
    private static final Set<String> PHRASE_AGENT_PREPS = Set.of("by", "agent", "from");
    private static final Set<String> PHRASE_PARTY_PREPS = Set.of(
            "for", "to", "against", "over", "toward", "towards", "with");
    private static final Set<String> CONSUMED_PARTY_PREPS = Set.of(
            "for", "to", "on", "against", "over", "toward", "towards", "with");

    private final DependencyGraph graph;

    ArgumentFinder(DependencyGraph graph) {
        this.graph = graph;
    }

    /**
     * Heads of source phrases, in tiers of preference: the coder takes the first tier in which
     * some head names an actor ("secret" of "secret talks" names none, so the subjects of "held"
     * are used).
     */
    List<List<Integer>> sources(TriggerMatch m) {
        List<List<Integer>> tiers = new ArrayList<>(3);
        if (m.isNoun()) {
            List<Integer> owners = new ArrayList<>(2);
            int carrier = TriggerFinder.carrier(graph, m.token());
            List<Arc> modifiers = new ArrayList<>(graph.dependents(m.token()));
            if (carrier != m.token()) {
                modifiers.addAll(graph.dependents(carrier)); // "Qatar's mediation effort"
            }
            for (Arc arc : modifiers) {
                String rel = arc.relation();
                if (rel.equals("nmod:poss") || rel.equals("amod") || isAbbreviatedOwner(arc)
                        || rel.startsWith("nmod:") && NOUN_SOURCE_PREPS.contains(arc.subtype())) {
                    owners.add(arc.dependent());
                }
            }
            tiers.add(withConjuncts(owners));
            if (m.supportVerb() >= 0) {
                tiers.add(withConjuncts(clauseSources(m.supportVerb())));
            }
            if (isVerbalAct(m)) {
                tiers.add(withConjuncts(speakerOfClause(m.token())));
            }
        } else {
            tiers.add(withConjuncts(clauseSources(m.token())));
            Arc up = graph.head(m.token());
            if (up != null && up.relation().equals("acl") && up.governor() >= 0 && !ReducedPassives.isReduced(graph, m.token())) {
                // "demonstrators protesting the results": the noun the participle describes acts;
                // "issued a statement condemning X": else whoever issued the noun.
                tiers.add(withConjuncts(List.of(up.governor())));
                Arc carried = graph.head(up.governor());
                if (carried != null && carried.relation().equals("obj") && carried.governor() >= 0) {
                    tiers.add(withConjuncts(clauseSources(carried.governor())));
                }
            }
        }
        return tiers;
    }

    /**
     * Heads of target phrases, in tiers of preference: the oblique the lexicon entry names; the
     * passive subject and objects; the usual obliques; the subjects of a complement clause.
     */
    List<List<Integer>> targets(TriggerMatch m) {
        List<List<Integer>> tiers = new ArrayList<>(4);
        int head = m.token();
        if (!m.entry().preps().isEmpty()) {
            List<Integer> named = new ArrayList<>(2);
            addObliques(named, head, m.entry().preps());
            if (m.object() >= 0) {
                addObliques(named, m.object(), m.entry().preps());
            }
            if (m.supportVerb() >= 0) {
                addObliques(named, m.supportVerb(), m.entry().preps());
            }
            tiers.add(withConjuncts(named));
        }
        if (m.isNoun()) {
            List<Integer> obliques = new ArrayList<>(2);
            addObliques(obliques, head, isOwnForce(m.entry()) ? OWN_FORCE_NOUN_PREPS : NOUN_TARGET_PREPS);
            int carrier = TriggerFinder.carrier(graph, head);
            if (carrier != head) {
                // "a mediation effort between X and Y": the light noun holds the event's obliques.
                addObliques(obliques, carrier, NOUN_TARGET_PREPS);
                obliques.remove(Integer.valueOf(head));
            }
            if (m.supportVerb() >= 0) {
                addObliques(obliques, m.supportVerb(), VERB_TARGET_PREPS);
            }
            tiers.add(withConjuncts(obliques));
            tiers.add(withConjuncts(complementSubjects(graph.clauseOf(head))));
        } else {
            int first = tiers.size();
            tiers.addAll(verbTargets(head, m.object(), isOwnForce(m.entry())));
            if (isForce(m.entry().code())) {
                // "fired rockets at the town", "launched missiles at the government": before the parties
                // of the objects.
                List<Integer> aimed = new ArrayList<>(1);
                addObliques(aimed, head, Set.of("at"));
                tiers.add(first + 3, withConjuncts(aimed));
            }
            if (m.entry().code().startsWith("11")) {
                // "complained to the UN over Israeli raids": whom the complaint is about, not its audience.
                List<Integer> about = new ArrayList<>(1);
                addObliques(about, head, Set.of("about", "over"));
                tiers.add(first + 1, withConjuncts(about));
            }
        }
        if (isAdministrative(m.entry().code())) {
            // "lifted the curfew in Montenegro": curfews and emergencies bind the people of the place.
            List<Integer> places = new ArrayList<>(1);
            addObliques(places, head, Set.of("in"));
            addObliques(places, m.clauseHead(), Set.of("in"));
            if (m.object() >= 0) {
                addObliques(places, m.object(), Set.of("in"));
            }
            tiers.add(withConjuncts(places));
        }
        return tiers;
    }

    /**
     * The object the trigger consumed, as a tier of its own ("expelled two Russian diplomats",
     * "rejected a U.S. request": the object or its owners), unless it names troops the source deploys
     * or withdraws (074, 087x, 166x but for expulsions), which are the source's own. Empty when the trigger consumed none.
     */
    List<List<Integer>> consumedObject(TriggerMatch m) {
        if (m.isNoun() || m.object() < 0 || isOwnForce(m.entry())) {
            return List.of();
        }
        return List.of(List.of(m.object()));
    }

    /**
     * Heads inside a verb's object phrases (or passive subject) that may name the event's other party
     * when no argument of {@link #targets} does, in tiers: the phrase's agents ("rejected calls by X",
     * "an appeal from X"); the parties it is for or against ("aid for X", "a camp for Congolese
     * refugees was attacked"), and for a consumed event noun also "on" ("lift embargoes on X"); the
     * parties of those heads in turn ("embargoes on sales to X"); its "of" complements ("demanded the
     * removal of President X"). Empty for a noun trigger.
     */
    List<List<Integer>> objectParties(TriggerMatch m) {
        return m.isNoun() ? List.of() : phraseParties(m.token(), m.object());
    }

    /**
     * {@link #objectParties} of any verb, with the object its trigger consumed, or -1. Besides the
     * object phrases, the phrases of the verb's usual obliques are searched ("respond to a demand from
     * X"); a participle inside a phrase gives its agent ("the return of property seized by X"); an
     * active verb's own "by" phrase is read as its object's agent, the parser having misattached it
     * ("demand reforms by X's government"). Last come the verb's own "from" and "for" phrases
     * ("confiscated weapons from X", "provide aid for X") and the parties of those ("mobilized
     * reservists for a war against X").
     */
    List<List<Integer>> phraseParties(int verb, int consumed) {
        List<Integer> phrases = new ArrayList<>(2);
        if (consumed >= 0) {
            phrases.add(consumed);
        }
        for (int obj : graph.dependents(verb, Set.of("obj"))) {
            if (!phrases.contains(obj)) {
                phrases.add(obj);
            }
        }
        boolean passive = graph.isPassive(verb);
        if (passive) {
            phrases.addAll(graph.dependents(verb, Set.of("nsubj:pass")));
        }
        List<Integer> agents = new ArrayList<>(1);
        if (!passive && !phrases.isEmpty()) {
            addObliques(agents, verb, Set.of("by"));
        }
        addObliques(phrases, verb, VERB_TARGET_PREPS);
        List<Integer> parties = new ArrayList<>(2);
        List<Integer> owned = new ArrayList<>(1);
        for (int phrase : phrases) {
            addObliques(agents, phrase, PHRASE_AGENT_PREPS);
            addParticipleAgents(agents, phrase);
            // "embargoes on X" names the party; "a stronghold on the border" only a place.
            addObliques(parties, phrase, phrase == consumed ? CONSUMED_PARTY_PREPS : PHRASE_PARTY_PREPS);
            for (int of : graph.dependents(phrase, Set.of("nmod:of"))) {
                owned.add(of);
                // "suspended part of an aid program for X": the parties of the noun the phrase is part of.
                addObliques(agents, of, PHRASE_AGENT_PREPS);
                addParticipleAgents(agents, of);
                addObliques(parties, of, PHRASE_PARTY_PREPS);
            }
        }
        List<Integer> further = new ArrayList<>(1);
        for (int party : parties) {
            addObliques(further, party, PHRASE_PARTY_PREPS);
            // "demands for freedom from X's government": the parser hangs the addressee on the topic.
            addObliques(further, party, Set.of("from"));
        }
        List<Integer> own = new ArrayList<>(1);
        addObliques(own, verb, Set.of("from", "for"));
        List<Integer> ownParties = new ArrayList<>(1);
        for (int phrase : own) {
            // "mobilized reservists for a war against X".
            addObliques(ownParties, phrase, PHRASE_PARTY_PREPS);
        }
        return List.of(withConjuncts(agents), withConjuncts(parties), withConjuncts(further), withConjuncts(owned),
                withConjuncts(own), withConjuncts(ownParties));
    }

    /** "crimes committed by X", "property seized by X": the agent of a participle describing a phrase. */
    private void addParticipleAgents(List<Integer> heads, int phrase) {
        for (int participle : graph.dependents(phrase, Set.of("acl"))) {
            for (Arc arc : graph.dependents(participle)) {
                if ((arc.relation().equals("obl:agent") || arc.relation().equals("obl:by"))
                        && !heads.contains(arc.dependent())) {
                    heads.add(arc.dependent());
                }
            }
        }
    }

    /**
     * The subjects of the conditions a threat sets ("threatened to stop negotiations if the United
     * States goes ahead", "... unless Baghdad accepted"): the party whose conduct is threatened. The
     * conditions are looked for in the trigger's clause and the open complements and clauses of
     * purpose below it, not inside reported speech.
     */
    List<Integer> conditionSubjects(TriggerMatch m) {
        List<Integer> subjects = new ArrayList<>(1);
        List<Integer> verbs = new ArrayList<>(4);
        verbs.add(m.token());
        for (int i = 0; i < verbs.size() && verbs.size() < 12; i++) {
            for (Arc arc : graph.dependents(verbs.get(i))) {
                String base = arc.baseRelation();
                int d = arc.dependent();
                if (base.equals("advcl") && graph.hasDependent(d, "mark", Set.of("if", "unless"))) {
                    subjects.addAll(graph.dependents(d, Set.of("nsubj", "nsubj:pass")));
                } else if ((base.equals("xcomp") || base.equals("advcl") || base.equals("acl") || base.equals("obj"))
                        && !verbs.contains(d)) {
                    verbs.add(d); // "to stop negotiations to reduce weapons if ...": the condition hangs low
                }
            }
        }
        return withConjuncts(subjects);
    }

    /**
     * Target tiers of the clauses of purpose an event serves ("staged demonstrations to demand reforms",
     * "opened fire to disperse the crowd"), as {@link #clauseTargets} and {@link #phraseParties} of their
     * verbs: the other party of a protest or use of force is often only there. For a noun, the clauses
     * of its support verb.
     */
    List<List<Integer>> purposeTargets(TriggerMatch m) {
        List<List<Integer>> tiers = new ArrayList<>(4);
        for (int clause : purposeClauses(m)) {
            tiers.addAll(clauseTargets(clause));
            tiers.addAll(phraseParties(clause, -1));
        }
        return tiers;
    }

    /** Heads of the "to" clauses that state what the trigger's act is for ("opened fire to disperse X"). */
    List<Integer> purposeClauses(TriggerMatch m) {
        int verb = m.isNoun() ? m.supportVerb() : m.token();
        if (verb < 0) {
            return List.of();
        }
        List<Integer> clauses = new ArrayList<>(1);
        for (Arc arc : graph.dependents(verb)) {
            String base = arc.baseRelation();
            if ((base.equals("advcl") || base.equals("xcomp")) && graph.hasDependent(arc.dependent(), "mark", Set.of("to"))) {
                clauses.add(arc.dependent());
            }
        }
        return clauses;
    }

    /** Peacekeepers deployed (074) and forces withdrawn (087x): the troops named are the source's own. */
    private static boolean isOwnForce(LexiconEntry entry) {
        String code = entry.code(); // peacekeepers withdrawn (1661, unlike expelled or forced out) are the source's own too
        return code.startsWith("074") || code.startsWith("087") || code.startsWith("166") && !Expulsions.expels(entry);
    }

    /** Assault, fighting and mass violence (18, 19, 20): aimed "at" their target. */
    private static boolean isForce(String code) {
        return code.startsWith("18") || code.startsWith("19") || code.startsWith("20");
    }

    /** Administrative measures imposed or eased (restrictions, curfews, states of emergency): 081x, 172x. */
    private static boolean isAdministrative(String code) {
        return code.startsWith("081") || code.startsWith("172");
    }

    /**
     * Target tiers of a verb that is no trigger itself, as if it were one: the complement of "offered
     * to hand over X to Y", whose objects and obliques are the offer's other party.
     */
    List<List<Integer>> clauseTargets(int verb) {
        return verbTargets(verb, -1, false);
    }

    /**
     * Objects the source owns ("offered its troops to X", "withdrew their forces") come after the
     * obliques and complements, which name the other party; troops deployed or withdrawn (074, 087x)
     * never are it.
     */
    private List<List<Integer>> verbTargets(int head, int consumed, boolean ownForce) {
        List<List<Integer>> tiers = new ArrayList<>(3);
        List<Integer> objects = new ArrayList<>(2);
        List<Integer> owned = new ArrayList<>(1);
        if (graph.isPassive(head) && !ownForce) { // "peacekeepers were deployed": the source's own, as objects are
            objects.addAll(graph.dependents(head, Set.of("nsubj:pass")));
        }
        int described = ReducedPassives.describedNoun(graph, head);
        if (described >= 0 && !ownForce) { // "two men sought in the killing": the men
            objects.add(described);
        }
        for (int obj : graph.dependents(head, Set.of("obj", "iobj"))) {
            if (!graph.coordinated(obj, consumed)) { // "withdrew inspectors and aid workers": all consumed
                (isOwnedByPronoun(obj) ? owned : objects).add(obj);
            }
        }
        tiers.add(withConjuncts(objects));
        List<Integer> obliques = new ArrayList<>(2);
        addObliques(obliques, head, VERB_TARGET_PREPS);
        if (consumed >= 0) { // "the withdrawal of its forces from X": the troops are the source's own
            addObliques(obliques, consumed, ownForce ? OWN_FORCE_NOUN_PREPS : NOUN_TARGET_PREPS);
        }
        tiers.add(withConjuncts(obliques));
        tiers.add(withConjuncts(complementSubjects(head)));
        List<Integer> ofObjects = new ArrayList<>(1);
        for (int obj : graph.dependents(head, Set.of("obj"))) {
            if (obj != consumed) {
                // "endorsed an agreement with the EU": the object's party, when the clause names no other.
                addObliques(ofObjects, obj, OBJECT_PREPS);
            }
        }
        tiers.add(withConjuncts(ofObjects));
        if (!ownForce) {
            tiers.add(withConjuncts(owned));
        }
        return tiers;
    }

    /** "its troops", "their forces": a phrase whose possessor is a pronoun, the subject's own as a rule. */
    private boolean isOwnedByPronoun(int phrase) {
        for (int owner : graph.dependents(phrase, Set.of("nmod:poss"))) {
            if (graph.token(owner).pos().equals("PRP$")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "US sanctions", "UN resolution": a short all-capitals compound names the actor; a name
     * compound like "Syria ceasefire" usually names the topic or the place instead.
     */
    private boolean isAbbreviatedOwner(Arc arc) {
        if (!arc.relation().equals("compound")) {
            return false;
        }
        String word = graph.token(arc.dependent()).word().replace(".", "");
        return word.length() >= 2 && word.length() <= 5 && word.chars().allMatch(Character::isUpperCase);
    }

    /** Speech-act nouns (demands, offers, threats, criticism) belong to whoever voices them. */
    private static boolean isVerbalAct(TriggerMatch m) {
        String root = m.entry().code().substring(0, 2);
        return switch (root) {
            case "01", "02", "03", "05", "10", "11", "12", "13" -> true;
            default -> false;
        };
    }

    /** The subjects of a verb's clause, or of the clause that controls it. */
    List<Integer> clauseSources(int verb) {
        List<Integer> heads = new ArrayList<>(2);
        if (ReducedPassives.isReduced(graph, verb)) {
            return ReducedPassives.agents(graph, verb); // "men sought by police": never the men
        }
        if (graph.isPassive(verb)) {
            for (Arc arc : graph.dependents(verb)) {
                if (arc.relation().equals("obl:agent") || arc.relation().equals("obl:by")) {
                    heads.add(arc.dependent());
                }
            }
            return heads;
        }
        heads.addAll(graph.dependents(verb, SUBJECTS));
        if (heads.isEmpty()) {
            // An open complement without a propagated subject, or a verb coordinated with one
            // that has the subject: take it from the governing clause.
            Arc up = graph.head(verb);
            if (up != null && (up.relation().equals("xcomp") || up.baseRelation().equals("conj") || isPurpose(verb, up))) {
                heads.addAll(graph.dependents(up.governor(), SUBJECTS));
            }
        }
        return heads;
    }

    /** "staged demonstrations to demand reforms": an infinitive of purpose, controlled by the subject it serves. */
    private boolean isPurpose(int verb, Arc up) {
        return up.baseRelation().equals("advcl") && graph.hasDependent(verb, "mark", Set.of("to"))
                && graph.dependents(verb, Set.of("aux")).isEmpty();
    }

    private void addObliques(List<Integer> heads, int governor, Set<String> preps) {
        for (Arc arc : graph.dependents(governor)) {
            String base = arc.baseRelation();
            if ((base.equals("obl") || base.equals("nmod")) && preps.contains(arc.subtype())
                    && !heads.contains(arc.dependent()) && !TimeWords.isTime(graph, arc.dependent())) { // "talks on Monday"
                heads.add(arc.dependent());
            }
        }
    }

    /** Subjects of a verb's clausal complement: "demanded that X leave", "ensure that X's ... are". */
    private List<Integer> complementSubjects(int verb) {
        List<Integer> heads = new ArrayList<>(2);
        if (verb < 0) {
            return heads;
        }
        for (int comp : graph.dependents(verb, Set.of("ccomp"))) {
            heads.addAll(graph.dependents(comp, Set.of("nsubj", "nsubj:pass")));
        }
        return heads;
    }

    /** For an event noun in a reported clause ("X announced that the conditions were ..."): X. */
    private List<Integer> speakerOfClause(int noun) {
        int clause = graph.clauseOf(noun);
        if (clause < 0) {
            return List.of();
        }
        Arc up = graph.head(clause);
        if (up != null && up.relation().equals("ccomp") && up.governor() >= 0) {
            return clauseSources(up.governor());
        }
        return List.of();
    }

    private List<Integer> withConjuncts(List<Integer> heads) {
        List<Integer> all = new ArrayList<>(heads.size() + 2);
        for (int h : heads) {
            if (!all.contains(h)) {
                all.add(h);
            }
            for (Arc arc : graph.dependents(h)) {
                if (arc.baseRelation().equals("conj") && !all.contains(arc.dependent())) {
                    all.add(arc.dependent());
                }
            }
        }
        return all;
    }
}
