package org.parley.code;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.model.Actor;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Arc;
import org.parley.model.EventMention;
import org.parley.model.Span;
import org.parley.ontology.Cameo;
import org.parley.ontology.CameoCode;

/**
 * The event mentions of one document while it is being coded, and their assembly: each draft gets
 * its date, place, implied place and attribution when it is made; later sentences may still give
 * earlier drafts a place or a date ("The meetings took place in Amman"), and a draft may inherit
 * them from an earlier event it refers to ("at the meetings"). {@link #finish} turns the drafts into
 * {@link EventMention}s, in the order they were kept. Confined to one thread and one document.
 */
final class DocumentDrafts {
    /** How many sentences back a setting or a claimant still reaches. */
    static final int LOOKBACK = 3;
    private static final double PRONOUN_PENALTY = 0.85;

    private final AnnotatedDocument document;
    private final String text;
    private final LocalDate published;
    private final EventLexicon lexicon;
    private final Cameo cameo;
    private final PlaceReader places;
    private final ImpliedPlace implied;
    private final Claimants claimants;
    private final DocumentPlaces documentPlaces;
    private final List<Draft> drafts = new ArrayList<>();

    DocumentDrafts(AnnotatedDocument document, EventLexicon lexicon, Cameo cameo, PlaceReader places, ImpliedPlace implied,
                   Claimants claimants, DocumentPlaces documentPlaces) {
        this.document = document;
        this.text = document.text();
        this.published = document.document().published();
        this.lexicon = lexicon;
        this.cameo = cameo;
        this.places = places;
        this.implied = implied;
        this.claimants = claimants;
        this.documentPlaces = documentPlaces;
    }

    /**
     * Adds to a sentence's drafts the event of trigger {@code m} between {@code pair[0]} and
     * {@code pair[1]} (null for no target), unless the sentence already has the same event.
     */
    void add(List<Draft> sentenceDrafts, DependencyGraph graph, TriggerMatch m, String code, Actor[] pair,
             Modality mod) {
        if (!isDuplicate(sentenceDrafts, code, pair[0], pair[1], mod)) {
            sentenceDrafts.add(draft(graph, m, code, pair[0], pair[1], mod));
        }
    }

    /** Keeps a coded sentence's drafts, after those of the sentences before it. */
    void keep(List<Draft> sentenceDrafts) {
        drafts.addAll(sentenceDrafts);
    }

    /** The mentions of every draft kept, in order. */
    List<EventMention> finish() {
        List<EventMention> out = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            out.add(finish(d));
        }
        return out;
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
        d.place = places.read(graph, m.clauseHead(), documentPlaces.context())
                .or(() -> m.isNoun() ? places.read(graph, m.token(), documentPlaces.context()) : Optional.empty())
                .orElse(null);
        var clausePlace = places.readBelow(graph, m.clauseHead(), documentPlaces.context()).orElseGet(() -> implied.of(
                graph, m.clauseHead(), documentPlaces.of(s), source, target));
        d.impliedPlace = SentencePlace.refine(graph, m.clauseHead(), clausePlace, documentPlaces.of(s), source, target);
        d.attribution = claimants.of(graph, mod);
        inheritFromEarlierEvent(graph, m, d);
        return d;
    }

    /** "The meetings took place in Amman": the place and date of the events those meetings were. */
    void applySetting(EventSettings.Setting setting, int sentence) {
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
