package org.parley.code;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Actor;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Arc;
import org.parley.model.Attribution;
import org.parley.model.EventMention;
import org.parley.model.Mood;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.ontology.Cameo;
import org.parley.ontology.CameoCode;
import org.parley.resolve.ActorDictionary;
import org.parley.resolve.ActorKind;
import org.parley.resolve.ActorMatch;
import org.parley.resolve.Gazetteer;
import org.parley.resolve.PlaceContext;
import org.parley.resolve.PlaceEntry;
import org.parley.resolve.PlaceResolver;

/**
 * The coding of one document, sentence by sentence, with what earlier sentences established:
 * the events they reported (for "at the meetings"), the last claimant (for "reportedly"), the last
 * actor (for "it", "they"). Confined to one thread and one document.
 */
final class DocumentCoding {
    private static final int LOOKBACK = 3;
    private static final double PRONOUN_PENALTY = 0.85;

    private final AnnotatedDocument document;
    private final String text;
    private final LocalDate published;
    private final EventLexicon lexicon;
    private final Cameo cameo;
    private final ActorDictionary dictionary;
    private final ActorReader actors;
    private final PlaceReader places;
    private final ImpliedPlace implied;
    private final TriggerFinder triggers;
    private final Set<String> contextCountries = new HashSet<>();
    /** The place names of each sentence, resolved in the document's context. */
    private final List<List<PlaceReader.Found>> sentencePlaces = new ArrayList<>();
    private PlaceContext placeContext = PlaceContext.EMPTY;
    private final List<Draft> drafts = new ArrayList<>();
    private final Claimants claimants;
    private final Coreference coreference = new Coreference();
    private final ActorLocator locator;
    private final Antecedents antecedents;
    private final Pairing pairing;
    private final ForceAgents force;

    DocumentCoding(AnnotatedDocument document, EventLexicon lexicon, Cameo cameo, ActorDictionary dictionary,
                   Gazetteer gazetteer, PlaceResolver placeResolver, SynonymSource synonyms) {
        this.document = document;
        this.text = document.text();
        this.published = document.document().published();
        this.lexicon = lexicon;
        this.cameo = cameo;
        this.dictionary = dictionary;
        this.actors = new ActorReader(dictionary);
        this.places = new PlaceReader(gazetteer, placeResolver, dictionary, published);
        this.implied = new ImpliedPlace(places);
        this.triggers = new TriggerFinder(lexicon, synonyms);
        this.locator = new ActorLocator(actors, places, () -> placeContext, text, published);
        this.antecedents = new Antecedents(actors, text, published);
        this.pairing = new Pairing(cameo);
        this.claimants = new Claimants(actors, antecedents, text, published, LOOKBACK);
        this.force = new ForceAgents(lexicon, places, implied, actors, text, published);
    }

    List<EventMention> run() {
        List<DependencyGraph> graphs = new ArrayList<>(document.sentences().size());
        for (Sentence s : document.sentences()) {
            DependencyGraph graph = new DependencyGraph(ParseRepairs.repaired(s));
            graphs.add(graph);
            collectCountries(graph);
        }
        collectPlaces(graphs);
        for (DependencyGraph graph : graphs) {
            codeSentence(graph);
        }
        List<EventMention> out = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            out.add(finish(d));
        }
        return out;
    }

    /** Countries the document names anywhere: the context for choosing among places of one name. */
    private void collectCountries(DependencyGraph graph) {
        List<String> words = graph.words();
        for (int i = 0; i < words.size(); i++) {
            Optional<ActorMatch> m = dictionary.longestMatch(words, i, published);
            if (m.isPresent()) {
                // A capital named as a place ("in Tripoli") would vote for its own reading; as an
                // actor ("Bogota welcomed") it tells which country the story is about.
                boolean placeOfCapital = m.get().entry().kind() == ActorKind.SEAT_OF_POWER
                        && PlaceReader.hasLocative(graph, i, i + m.get().length());
                if (m.get().entry().country() != null && !placeOfCapital) {
                    contextCountries.add(m.get().entry().country());
                }
                i += m.get().length() - 1;
            }
        }
    }

    /**
     * The place names of every sentence, resolved first with the countries the document names;
     * the places found then join the context (their countries, regions, and points for proximity).
     */
    private void collectPlaces(List<DependencyGraph> graphs) {
        PlaceContext countries = PlaceContext.ofCountries(contextCountries);
        List<PlaceEntry> all = new ArrayList<>();
        for (DependencyGraph graph : graphs) {
            List<PlaceReader.Found> found = places.mentions(graph, countries);
            sentencePlaces.add(found);
            found.forEach(f -> all.add(f.place()));
        }
        placeContext = countries.with(all);
    }

    private void codeSentence(DependencyGraph graph) {
        int s = graph.sentence().index();
        new EventSettings(graph, lexicon, places, placeContext, published).find()
                .forEach(setting -> applySetting(setting, s));
        ArgumentFinder arguments = new ArgumentFinder(graph);
        ModalityReader modality = new ModalityReader(graph);
        Embeddings embeddings = new Embeddings(graph);
        StatedIntent stances = new StatedIntent(graph, embeddings);
        List<TriggerMatch> found = triggers.find(graph);
        List<Draft> sentenceDrafts = new ArrayList<>();
        Set<Integer> served = new HashSet<>(); // repression triggers whose force is coded as them
        for (TriggerMatch m : found) {
            List<List<Integer>> targetTiers = ArgumentTiers.targets(graph, m, arguments);
            List<List<Integer>> sourceTiers = ArgumentTiers.sources(graph, m, arguments);
            List<Actor> sources = firstTier(graph, force.sourceTiers(graph, m, sourceTiers), true, m.clauseHead());
            if (sources.isEmpty()) { // "a roadside bomb killed three soldiers": unidentified forces of the place
                List<Actor> victims = firstTier(graph, force.targetTiers(graph, m, targetTiers), false, -1);
                sources = force.unattributed(graph, m, victims, sentencePlaces.get(s), placeContext);
            }
            if (sources.isEmpty()) { // "was arrested in Lebanon for spying": the state of the place accuses
                sources = ArrestGrounds.jurisdiction(graph, m, places, placeContext, text);
            }
            if (sources.isEmpty()) {
                continue;
            }
            List<Actor> targets = firstTier(graph, force.targetTiers(graph, m, targetTiers), false, -1);
            List<Actor> summoner = firstTier(graph, List.of(Summons.summoner(graph, m)), true, m.clauseHead());
            if (!summoner.isEmpty()) { // "summoned X's envoy to complain": the summoner complains to X
                targets = targets.isEmpty() ? otherParty(graph, List.of(Summons.summoned(graph, m)), summoner, false) : targets;
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
                    targets = otherParty(graph, List.of(embeddings.clauseSubjects(m)), sources, false); // "demanded that Y"
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
                targets = otherParty(graph, arguments.consumedObject(m), sources, true);
            }
            if (targets.isEmpty()) { // "gave permission for Russia to help Israel": the party allowed
                targets = otherParty(graph, List.of(Permissions.allowed(graph, m, code)), sources, false);
            }
            if (targets.isEmpty()) {
                targets = otherParty(graph, arguments.objectParties(m), sources, false);
            }
            int proposal = targets.isEmpty() ? ProposalClauses.of(graph, m) : -1;
            if (proposal >= 0) { // "rejected a call for its troops to be deployed in X": the party of the proposal
                targets = complementParty(graph, arguments, found.stream().filter(t -> t.token() == proposal).findFirst(),
                        proposal, sources);
            }
            if (targets.isEmpty()) {
                targets = otherParty(graph, CastNouns.castObject(graph, m), sources, false); // "used villagers as shields"
            }
            if (targets.isEmpty() && code.compareTo("14") >= 0) {
                // "staged demonstrations to demand reforms by X", "opened fire to disperse X": the party of the
                // purpose a protest or use of force serves.
                targets = otherParty(graph, arguments.purposeTargets(m), sources, false);
            }
            if (targets.isEmpty()) { // "protested at the settlement of X", "in protest of X's refusal"
                targets = otherParty(graph, new ProtestedParties(graph).of(m), sources, false);
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
                targets = otherParty(graph, List.of(arguments.conditionSubjects(m)), sources, false);
            }
            if (Pairing.otherThan(targets, sources).isEmpty() && PlaceTargets.isTerritorial(code) && !isSymmetric(code)) {
                // "lifted a state of emergency in West Darfur": the country of the place acted upon; "Algeria's
                // president imposed a curfew in Algiers": the city, not the government its name can stand for.
                targets = PlaceTargets.of(graph, m, code, sources, sentencePlaces.get(s), text);
            }
            if (targets.isEmpty() && Occasions.applies(code)) { // "attend the Tokyo Olympics", "sorrow for the attack in Paris"
                targets = Occasions.of(graph, m, code, sources, sentencePlaces.get(s), text);
            }
            Optional<String> intent = stances.of(m, code, mod, found, conditional);
            Allegations alleged = Allegations.of(graph, m, code, found, h -> firstTier(graph, List.of(h), true, -1));
            targets = PlacedVictims.inPlaceOf(graph, m, targets, places, placeContext, sentencePlaces.get(s)); // "killed 23 people in Tel Aviv"
            for (Actor[] pair : pairing.pairs(code, sources, targets, mod.mood() == Mood.ASSERTED && !mod.negated())) {
                addDraft(sentenceDrafts, graph, m, code, pair, mod);
                if (intent.isPresent()) {
                    // "X will visit Y" states X's intent (036) as well as the planned visit (042, intended).
                    Modality stated = new Modality(mod.negated(), Mood.ASSERTED, mod.claimant(), mod.hedged());
                    addDraft(sentenceDrafts, graph, m, intent.get(), pair, stated);
                }
                for (Allegations.Accusation a : alleged.accusations(pair)) { // "X claimed that Y attacked Z": X accuses Y
                    addDraft(sentenceDrafts, graph, a.trigger(), a.code(), a.pair(), modality.read(a.trigger()));
                }
            }
        }
        sentenceDrafts.removeIf(d -> served.contains(d.trigger.token()));
        claimants.noteStandalone(graph);
        drafts.addAll(sentenceDrafts);
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

    private void addDraft(List<Draft> sentenceDrafts, DependencyGraph graph, TriggerMatch m, String code, Actor[] pair,
                          Modality mod) {
        if (!isDuplicate(sentenceDrafts, code, pair[0], pair[1], mod)) {
            sentenceDrafts.add(draft(graph, m, code, pair[0], pair[1], mod));
        }
    }

    /**
     * The other party of an open complement's event, for a matrix event without target ("Libya offered
     * to hand over X to Britain"): the complement's targets; the object its trigger consumed ("threatened
     * to ban opposition candidates"); a party inside its object ("agreed to provide aid for Romania");
     * the place it acts on ("refused to deploy peacekeepers in Iraq").
     */
    private List<Actor> complementParty(DependencyGraph graph, ArgumentFinder arguments, Optional<TriggerMatch> inner,
                                        int complement, List<Actor> sources) {
        List<Actor> targets = otherParty(graph, inner.isPresent() ? arguments.targets(inner.get())
                : arguments.clauseTargets(complement), sources, true);
        if (targets.isEmpty() && inner.isPresent()) {
            targets = otherParty(graph, arguments.consumedObject(inner.get()), sources, true);
        }
        if (targets.isEmpty()) {
            targets = otherParty(graph, inner.isPresent() ? arguments.objectParties(inner.get())
                    : arguments.phraseParties(complement, -1), sources, false);
        }
        if (targets.isEmpty() && inner.isPresent()) {
            String code = inner.get().entry().code();
            if (PlaceTargets.isTerritorial(code) && !isSymmetric(code)) {
                targets = PlaceTargets.of(graph, inner.get(), code, sources, sentencePlaces.get(graph.sentence().index()), text);
            }
        }
        if (targets.isEmpty()) { // "willing to send material to help defend X": one clause deeper
            targets = otherParty(graph, new NestedParties(graph, arguments).of(complement), sources, true);
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
        List<Actor> innerSources = firstTier(graph, arguments.sources(inner), true, inner.clauseHead());
        return !innerSources.isEmpty() && innerSources.get(0).code().equals(sources.get(0).code());
    }

    /**
     * The other party: the first tier naming an actor that is not the source. With {@code ofCountry}
     * only actors of a country count ("ready to contribute troops to Liberia": Liberia, not the source's
     * own troops); without, sector-only parties ("accepted demands from rebels") are kept for the
     * pairing to place in the source's country, as it does any such target.
     */
    private List<Actor> otherParty(DependencyGraph graph, List<List<Integer>> tiers, List<Actor> sources, boolean ofCountry) {
        for (List<Integer> tier : tiers) {
            List<Actor> found = Pairing.otherThan(actorsOf(graph, tier, false, -1), sources);
            found.removeIf(a -> ofCountry && a.country() == null);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private boolean isSymmetric(String code) {
        return cameo.find(code).map(CameoCode::symmetric).orElse(false);
    }

    /**
     * The actors of the first tier of heads that names any. Sector-only sources take the country
     * of their context (their phrase, else the trigger's clause {@code clause}, -1 for none);
     * sector-only targets are kept for {@link #inCountryOf}.
     */
    private List<Actor> firstTier(DependencyGraph graph, List<List<Integer>> tiers, boolean isSource, int clause) {
        for (List<Integer> tier : tiers) {
            List<Actor> found = actorsOf(graph, tier, isSource, clause);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private List<Actor> actorsOf(DependencyGraph graph, List<Integer> heads, boolean isSource, int clause) {
        List<Actor> found = new ArrayList<>(heads.size());
        for (int listed : heads) {
            int head = GroupLeaders.of(graph, ActorReader.memberOf(graph, listed), actors, text, published); // "thousands of students", "leaders of the coalition"
            List<Actor> referents = coreference.resolve(graph, head, text);
            if (!referents.isEmpty()) {
                found.addAll(referents); // "the duo" is two actors over one span
                continue;
            }
            List<Actor> named = new ArrayList<>(2);
            for (Actor a : actors.readAll(graph, head, text, published, true)) {
                // A sector-only source takes its country from context; a target, from its own phrase
                // ("the mayor of Nablus"), else the pairing gives it the source's.
                Optional<Actor> placed = isSource ? locator.locate(graph, a, head, clause)
                        : locator.locateInPhrase(graph, a, head).or(() -> Optional.of(a));
                placed.ifPresent(named::add);
            }
            if (!named.isEmpty()) {
                for (Actor actor : named) {
                    addUnique(found, actor);
                    antecedents.notePerson(graph, head, actor);
                    coreference.note(actor, graph.sentence().index(), graph.token(head).ner().equals("PERSON"));
                }
            } else if (isSource && ActorReader.isPronoun(graph, head)) {
                antecedents.resolve(graph, head).ifPresent(a -> addUnique(found, a));
            } else if (!graph.token(head).isProperNoun() && !PlaceWords.isLocatedTerritory(graph, head)) {
                actors.readOwners(graph, head, text, published).forEach(a -> addUnique(found, a));
            }
        }
        return found;
    }

    private static void addUnique(List<Actor> actors, Actor actor) {
        for (Actor a : actors) {
            if (a.span().equals(actor.span())) {
                return;
            }
        }
        actors.add(actor);
    }

    /** The same event between the same actors, also denied or not and in the same mood ("signed" vs "refused to sign"). */
    private boolean isDuplicate(List<Draft> sentenceDrafts, String code, Actor source, Actor target, Modality mod) {
        for (Draft d : sentenceDrafts) {
            if (d.code().equals(code) && d.modality.negated() == mod.negated() && d.modality.mood() == mod.mood() && d.source.code().equals(source.code())
                    && (d.target == null ? target == null : target != null && d.target.code().equals(target.code()))) {
                return true;
            }
        }
        return false;
    }

    private Draft draft(DependencyGraph graph, TriggerMatch m, String code, Actor source, Actor target, Modality mod) {
        int s = graph.sentence().index();
        Draft d = new Draft(s, m, code, source, target, mod);
        if (source.text().length() <= 4 && ActorReader.isPronounText(source.text())) {
            d.confidence *= PRONOUN_PENALTY;
        }
        Optional<String> stated = new EventTime(graph, published).dateOf(m);
        d.dateStated = stated.isPresent();
        d.date = stated.orElse(published == null ? null : published.toString());
        d.place = places.read(graph, m.clauseHead(), placeContext)
                .or(() -> m.isNoun() ? places.read(graph, m.token(), placeContext) : Optional.empty())
                .orElse(null);
        var clausePlace = places.readBelow(graph, m.clauseHead(), placeContext).orElseGet(() -> implied.of(
                graph, m.clauseHead(), sentencePlaces.get(s), source, target));
        d.impliedPlace = SentencePlace.refine(graph, m.clauseHead(), clausePlace, sentencePlaces.get(s), source, target);
        d.attribution = claimants.of(graph, mod);
        inheritFromEarlierEvent(graph, m, d);
        return d;
    }

    /** "The meetings took place in Amman": the place and date of the events those meetings were. */
    private void applySetting(EventSettings.Setting setting, int sentence) {
        for (Draft d : drafts) {
            if (d.sentence >= sentence - LOOKBACK && d.root().equals(setting.root())) {
                if (d.place == null && setting.place() != null) {
                    d.place = setting.place();
                }
                if (!d.dateStated && setting.date() != null) {
                    d.date = setting.date();
                    d.dateStated = true;
                }
            }
        }
    }

    /** "Israel opposed the deal at the meetings": the place and date of the meetings reported before. */
    private void inheritFromEarlierEvent(DependencyGraph graph, TriggerMatch m, Draft d) {
        for (Arc arc : graph.dependents(m.clauseHead())) {
            String sub = arc.subtype();
            if (!(sub.equals("at") || sub.equals("during") || sub.equals("in") || sub.equals("on_sidelines_of"))) {
                continue;
            }
            int noun = arc.dependent();
            List<LexiconEntry> entries = lexicon.entries(graph.lemma(noun), true);
            if (entries.isEmpty() || entries.get(0).blocks() || !NounPhrase.isDefinite(graph, noun)) {
                continue;
            }
            String root = entries.get(0).code().substring(0, 2);
            for (int i = drafts.size() - 1; i >= 0; i--) {
                Draft earlier = drafts.get(i);
                if (earlier.root().equals(root) && earlier.sentence < d.sentence) {
                    if (d.place == null) {
                        d.place = earlier.place;
                    }
                    if (!d.dateStated && earlier.dateStated) {
                        d.date = earlier.date;
                        d.dateStated = true;
                    }
                    return;
                }
            }
        }
    }

    private EventMention finish(Draft d) {
        CameoCode code = cameo.get(d.code());
        Span evidenceSpan = document.sentences().get(d.sentence).span();
        String evidence = evidenceSpan.of(text);
        double confidence = Math.round(d.confidence * 100.0) / 100.0;
        return new EventMention(document.document().id(), d.sentence, code.code(), code.root(),
                code.plover().name(), code.quad(), code.goldstein(), d.source, d.target,
                new org.parley.model.Trigger(d.trigger.span().of(text), d.trigger.span()),
                d.date, d.place != null ? d.place : d.impliedPlace, d.modality.negated(), d.modality.mood(), d.attribution, evidence,
                evidenceSpan, confidence);
    }
}
