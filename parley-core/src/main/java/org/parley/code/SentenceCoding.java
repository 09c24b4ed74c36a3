package org.parley.code;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Actor;
import org.parley.model.Mood;
import org.parley.ontology.Cameo;
import org.parley.ontology.CameoCode;
import org.parley.resolve.PlaceContext;

/**
 * The coding of one sentence after another: finds the sentence's triggers, their sources and
 * targets, refines each code by what embeds it or is embedded in it (refusals, conditions, stated
 * intent, allegations), pairs the parties and adds the events to the document's drafts. Reads and
 * updates the document's bookkeeping (settings of earlier events, claimants, antecedents), so
 * sentences must be coded in order. Confined to one thread and one document.
 */
final class SentenceCoding {
    private final String text;
    private final LocalDate published;
    private final EventLexicon lexicon;
    private final Cameo cameo;
    private final PlaceReader places;
    private final TriggerFinder triggers;
    private final DocumentPlaces documentPlaces;
    private final PlaceContext placeContext;
    private final Claimants claimants;
    private final Antecedents antecedents;
    private final Pairing pairing;
    private final ForceAgents force;
    private final Parties parties;
    private final DocumentDrafts drafts;

    SentenceCoding(String text, LocalDate published, EventLexicon lexicon, Cameo cameo, PlaceReader places,
                   TriggerFinder triggers, DocumentPlaces documentPlaces, Claimants claimants, Antecedents antecedents,
                   ForceAgents force, Parties parties, DocumentDrafts drafts) {
        this.text = text;
        this.published = published;
        this.lexicon = lexicon;
        this.cameo = cameo;
        this.places = places;
        this.triggers = triggers;
        this.documentPlaces = documentPlaces;
        this.placeContext = documentPlaces.context();
        this.claimants = claimants;
        this.antecedents = antecedents;
        this.pairing = new Pairing(cameo);
        this.force = force;
        this.parties = parties;
        this.drafts = drafts;
    }

    /** Codes the sentence of {@code graph} into the document's drafts; sentences must come in order. */
    void code(DependencyGraph graph) {
        int s = graph.sentence().index();
        new EventSettings(graph, lexicon, places, placeContext, published).find()
                .forEach(setting -> drafts.applySetting(setting, s));
        ArgumentFinder arguments = new ArgumentFinder(graph);
        ModalityReader modality = new ModalityReader(graph);
        Embeddings embeddings = new Embeddings(graph);
        StatedIntent stances = new StatedIntent(graph, embeddings);
        List<TriggerMatch> found = triggers.find(graph);
        List<Draft> sentenceDrafts = new ArrayList<>();
        Set<Integer> served = new HashSet<>(); // repression triggers whose force is coded as them
        for (TriggerMatch m : found) {
            if (EventThemes.isTheme(graph, m, found)) {
                continue; // "rejected an Indian proposal": the proposal is what is rejected, not a reported event
            }
            if (NamingCalls.isNaming(graph, m)) {
                continue; // "calling them an occupying army" names them, it is no telephone call
            }
            List<List<Integer>> targetTiers = ArgumentTiers.targets(graph, m, arguments);
            List<List<Integer>> sourceTiers = ArgumentTiers.sources(graph, m, arguments);
            List<Actor> sources = parties.firstTier(graph, force.sourceTiers(graph, m, sourceTiers), true, m.clauseHead());
            if (sources.isEmpty()) { // "a roadside bomb killed three soldiers": unidentified forces of the place
                List<Actor> victims = parties.firstTier(graph, force.targetTiers(graph, m, targetTiers), false, -1);
                sources = force.unattributed(graph, m, victims, documentPlaces.of(s), placeContext);
            }
            if (sources.isEmpty()) { // "was arrested in Lebanon for spying": the state of the place accuses
                sources = ArrestGrounds.jurisdiction(graph, m, places, placeContext, text);
            }
            if (sources.isEmpty()) {
                continue;
            }
            List<Actor> targets = parties.firstTier(graph, force.targetTiers(graph, m, targetTiers), false, -1);
            List<Actor> summoner = parties.firstTier(graph, List.of(Summons.summoner(graph, m)), true, m.clauseHead());
            if (!summoner.isEmpty()) { // "summoned X's envoy to complain": the summoner complains to X
                targets = targets.isEmpty() ? parties.otherParty(graph, List.of(Summons.summoned(graph, m)), summoner, false) : targets;
                sources = summoner;
            }
            if (m.entry().subjectReceives()) {
                if (targets.isEmpty()) {
                    continue; // "received weapons from" whom the parser did not attach: no giver, no event
                }
                // "Georgian demonstrators received weapons from the government": the giver acts.
                List<Actor> recipients = sources;
                sources = targets;
                targets = recipients;
            }
            String code = m.entry().code();
            Optional<TriggerMatch> aim = repressiveAim(arguments, m, found);
            if (aim.isPresent()) {
                code = aim.get().entry().code();
                served.add(aim.get().token());
            }
            if (EmbeddedCodes.isRefinable(code)) {
                Optional<TriggerMatch> inner = embeddings.embedded(m, found);
                if (inner.isPresent() && refines(graph, embeddings, arguments, m, inner.get(), sources)) {
                    code = EmbeddedCodes.refine(code, inner.get().entry().code()).orElse(code);
                }
                if (targets.isEmpty() && (code.startsWith("02") || code.startsWith("10"))) {
                    targets = parties.otherParty(graph, List.of(embeddings.clauseSubjects(m)), sources, false); // "demanded that Y"
                }
                if (targets.isEmpty() && embeddings.isOpen(m)) {
                    targets = complementParty(graph, arguments, inner, embeddings.complement(m), sources);
                }
            } else if (targets.isEmpty() && code.startsWith("07") && embeddings.isOpen(m)) {
                // "helped defend Kuwait": aid given by doing something; its beneficiary is the party of that act.
                targets = complementParty(graph, arguments, embeddings.embedded(m, found), embeddings.complement(m), sources);
            }
            if (targets.isEmpty()) {
                // "expelled two Russian diplomats", then "rejected calls by Belarus's rulers".
                targets = parties.otherParty(graph, arguments.consumedObject(m), sources, true);
            }
            if (targets.isEmpty()) { // "gave permission for Russia to help Israel": the party allowed
                targets = parties.otherParty(graph, List.of(Permissions.allowed(graph, m, code)), sources, false);
            }
            if (targets.isEmpty()) {
                targets = parties.otherParty(graph, arguments.objectParties(m), sources, false);
            }
            int proposal = targets.isEmpty() ? ProposalClauses.of(graph, m) : -1;
            if (proposal >= 0) { // "rejected a call for its troops to be deployed in X": the party of the proposal
                targets = complementParty(graph, arguments, found.stream().filter(t -> t.token() == proposal).findFirst(),
                        proposal, sources);
            }
            if (targets.isEmpty()) {
                targets = parties.otherParty(graph, CastNouns.castObject(graph, m), sources, false); // "used villagers as shields"
            }
            if (targets.isEmpty() && (code.compareTo("14") >= 0 || code.startsWith("08"))) {
                // "staged demonstrations to demand reforms by X", "opened fire to disperse X": the party of the
                // purpose a protest or use of force serves; "opened the border to allow deliveries to X": the
                // party a concession is made for.
                targets = parties.otherParty(graph, arguments.purposeTargets(m), sources, false);
            }
            if (targets.isEmpty()) { // "protested at the settlement of X", "in protest of X's refusal"
                targets = parties.otherParty(graph, new ProtestedParties(graph).of(m), sources, false);
            }
            code = JointExercises.refine(code, m, sources, targets); // "French and Egyptian warships launched war games"
            code = Attempts.refine(graph, m, code); // "attempted to assassinate X": 185
            targets = ArrestGrounds.withoutGroundsParties(graph, m, targets); // X is not the accused
            code = ArrestGrounds.refine(graph, m, code); // "arrested for collaborating with X": 1125
            if ((m.fromSynonym() || StanceCues.needsTarget(m)) && targets.isEmpty()) {
                continue; // a guessed sense, or a demand without the party it binds, is not worth reporting
            }
            Modality mod = modality.read(m);
            // "would not provide support to Y": 122; "failed to reach an agreement": 120
            if (Failures.refusedByTrigger(graph, m, code, mod, found)) {
                continue; // "refused to sign": the refusal is coded by "refused", and nothing was signed
            }
            String refused = StatedIntent.refusal(code, mod).orElse(Failures.refusal(graph, m, code, mod, found).orElse(null));
            mod = refused == null ? mod : StatedIntent.asRefusal(mod);
            code = refused == null ? code : refused;
            boolean conditional = !m.isNoun() && !code.startsWith("0") && embeddings.isConditional(m, refused != null || code.startsWith("12"));
            if (conditional) {
                // "will boycott ... unless": a threat to do what the clause says (143 -> 133).
                code = EmbeddedCodes.refine("130", code).orElse("130");
                mod = new Modality(mod.negated(), Mood.ASSERTED, mod.claimant(), mod.hedged());
            }
            if (targets.isEmpty() && code.startsWith("13")) {
                // "threatened to stop the talks if the United States goes ahead": the party of the condition.
                targets = parties.otherParty(graph, List.of(arguments.conditionSubjects(m)), sources, false);
            }
            if (Pairing.otherThan(targets, sources).isEmpty() && PlaceTargets.isTerritorial(code) && !isSymmetric(code)) {
                // "lifted a state of emergency in West Darfur": the country of the place acted upon; "Algeria's
                // president imposed a curfew in Algiers": the city, not the government its name can stand for.
                targets = PlaceTargets.of(graph, m, code, sources, documentPlaces.of(s), text);
            }
            if (targets.isEmpty() && Occasions.applies(code)) { // "attend the Tokyo Olympics", "sorrow for the attack in Paris"
                targets = Occasions.of(graph, m, code, sources, documentPlaces.of(s), text);
            }
            Optional<String> intent = stances.of(m, code, mod, found, conditional);
            Allegations alleged = Allegations.of(graph, m, code, found, h -> parties.firstTier(graph, List.of(h), true, -1));
            targets = PlacedVictims.inPlaceOf(graph, m, targets, places, placeContext, documentPlaces.of(s)); // "killed 23 people in Tel Aviv"
            for (Actor[] pair : pairing.pairs(code, sources, targets, mod.mood() == Mood.ASSERTED && !mod.negated())) {
                drafts.add(sentenceDrafts, graph, m, code, pair, mod);
                if (intent.isPresent()) {
                    // "X will visit Y" states X's intent (036) as well as the planned visit (042, intended).
                    Modality stated = new Modality(mod.negated(), Mood.ASSERTED, mod.claimant(), mod.hedged());
                    drafts.add(sentenceDrafts, graph, m, intent.get(), pair, stated);
                }
                for (Allegations.Accusation a : alleged.accusations(pair)) { // "X claimed that Y attacked Z": X accuses Y
                    drafts.add(sentenceDrafts, graph, a.trigger(), a.code(), a.pair(), modality.read(a.trigger()));
                }
            }
        }
        sentenceDrafts.removeIf(d -> served.contains(d.trigger.token()));
        claimants.noteStandalone(graph);
        drafts.keep(sentenceDrafts);
        if (!sentenceDrafts.isEmpty()) {
            antecedents.noteSource(sentenceDrafts.get(0).source, s);
        }
    }

    /**
     * The violent repression (175) that a use of force serves, if any: "police opened fire to disperse
     * demonstrators" is that repression, coded once, not also an armed attack on them.
     */
    private static Optional<TriggerMatch> repressiveAim(ArgumentFinder arguments, TriggerMatch m, List<TriggerMatch> found) {
        String code = m.entry().code();
        List<Integer> clauses = code.startsWith("18") || code.startsWith("19") ? arguments.purposeClauses(m) : List.of();
        return found.stream().filter(t -> clauses.contains(t.token()) && t.entry().code().equals("175")).findFirst();
    }

    /**
     * The other party of an open complement's event, for a matrix event without target ("Libya offered
     * to hand over X to Britain"): the complement's targets; the object its trigger consumed ("threatened
     * to ban opposition candidates"); a party inside its object ("agreed to provide aid for Romania");
     * the place it acts on ("refused to deploy peacekeepers in Iraq").
     */
    private List<Actor> complementParty(DependencyGraph graph, ArgumentFinder arguments, Optional<TriggerMatch> inner,
                                        int complement, List<Actor> sources) {
        List<Actor> targets = parties.otherParty(graph, inner.isPresent() ? arguments.targets(inner.get())
                : arguments.clauseTargets(complement), sources, true);
        if (targets.isEmpty() && inner.isPresent()) {
            targets = parties.otherParty(graph, arguments.consumedObject(inner.get()), sources, true);
        }
        if (targets.isEmpty()) {
            targets = parties.otherParty(graph, inner.isPresent() ? arguments.objectParties(inner.get())
                    : arguments.phraseParties(complement, -1), sources, false);
        }
        if (targets.isEmpty() && inner.isPresent()) {
            String code = inner.get().entry().code();
            if (PlaceTargets.isTerritorial(code) && !isSymmetric(code)) {
                targets = PlaceTargets.of(graph, inner.get(), code, sources, documentPlaces.of(graph.sentence().index()), text);
            }
        }
        if (targets.isEmpty()) { // "willing to send material to help defend X": one clause deeper
            targets = parties.otherParty(graph, new NestedParties(graph, arguments).of(complement), sources, true);
        }
        return targets;
    }

    /**
     * Whether an embedded event refines the matrix code: always for an open complement ("refused to
     * meet") and for appeals and demands ("demanded that X withdraw"); for a clausal complement of
     * intent, refusal or threat ("threatened that it would attack") only when it has the same source.
     */
    private boolean refines(DependencyGraph graph, Embeddings embeddings, ArgumentFinder arguments, TriggerMatch matrix,
                            TriggerMatch inner, List<Actor> sources) {
        String code = matrix.entry().code();
        if (embeddings.isOpen(matrix) || code.equals("020") || code.equals("100")) {
            return true;
        }
        List<Actor> innerSources = parties.firstTier(graph, arguments.sources(inner), true, inner.clauseHead());
        return !innerSources.isEmpty() && innerSources.get(0).code().equals(sources.get(0).code());
    }

    private boolean isSymmetric(String code) {
        return cameo.find(code).map(CameoCode::symmetric).orElse(false);
    }
}
