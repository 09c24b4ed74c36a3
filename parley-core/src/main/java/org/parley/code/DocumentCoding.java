package org.parley.code;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parley.model.AnnotatedDocument;
import org.parley.model.EventMention;
import org.parley.model.Sentence;
import org.parley.ontology.Cameo;
import org.parley.resolve.ActorDictionary;
import org.parley.resolve.Gazetteer;
import org.parley.resolve.PlaceResolver;

/**
 * The coding of one document, sentence by sentence, with what earlier sentences established:
 * the events they reported (for "at the meetings"), the last claimant (for "reportedly"), the last
 * actor (for "it", "they"). Wires the parts of one run: {@link DocumentPlaces} reads the places
 * of every sentence first, {@link SentenceCoding} codes the sentences in order with the actors
 * {@link Parties} reads, and {@link DocumentDrafts} assembles the event mentions. Confined to one
 * thread and one document; {@link #run} is called once.
 */
final class DocumentCoding {
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
    private final Antecedents antecedents;
    private final Claimants claimants;
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
        this.antecedents = new Antecedents(actors, text, published);
        this.claimants = new Claimants(actors, antecedents, text, published, DocumentDrafts.LOOKBACK);
        this.force = new ForceAgents(lexicon, places, implied, actors, text, published);
    }

    /** The event mentions of the document, in the order of its sentences. */
    List<EventMention> run() {
        List<DependencyGraph> graphs = new ArrayList<>(document.sentences().size());
        for (Sentence s : document.sentences()) {
            graphs.add(new DependencyGraph(ParseRepairs.repaired(s)));
        }
        DocumentPlaces documentPlaces = DocumentPlaces.read(graphs, dictionary, places, published);
        ActorLocator locator = new ActorLocator(actors, places, documentPlaces::context, text, published);
        Parties parties = new Parties(actors, locator, antecedents, text, published);
        DocumentDrafts drafts = new DocumentDrafts(document, lexicon, cameo, places, implied, claimants, documentPlaces);
        SentenceCoding sentences = new SentenceCoding(text, published, lexicon, cameo, places, triggers, documentPlaces,
                claimants, antecedents, force, parties, drafts);
        for (DependencyGraph graph : graphs) {
            sentences.code(graph);
        }
        return drafts.finish();
    }
}
