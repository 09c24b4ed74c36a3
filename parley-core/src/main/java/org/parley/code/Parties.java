package org.parley.code;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.model.Actor;

/**
 * The actors named at heads of a sentence, with the document's bookkeeping of who was named before:
 * coreference ("the duo", "the Israeli team"), the antecedents of pronouns ("it", "they") and of
 * persons named again. Reading a party records it for later sentences, so calls must follow the
 * document's order. Confined to one thread and one document, like the {@link DocumentCoding} that
 * owns it.
 */
final class Parties {
    private final ActorReader actors;
    private final ActorLocator locator;
    private final Antecedents antecedents;
    private final Coreference coreference = new Coreference();
    private final String text;
    private final LocalDate published;

    Parties(ActorReader actors, ActorLocator locator, Antecedents antecedents, String text, LocalDate published) {
        this.actors = actors;
        this.locator = locator;
        this.antecedents = antecedents;
        this.text = text;
        this.published = published;
    }

    /**
     * The other party: the first tier naming an actor that is not the source. With {@code ofCountry}
     * only actors of a country count ("ready to contribute troops to Liberia": Liberia, not the source's
     * own troops); without, sector-only parties ("accepted demands from rebels") are kept for the
     * pairing to place in the source's country, as it does any such target.
     */
    List<Actor> otherParty(DependencyGraph graph, List<List<Integer>> tiers, List<Actor> sources, boolean ofCountry) {
        for (List<Integer> tier : tiers) {
            List<Actor> found = Pairing.otherThan(actorsOf(graph, tier, false, -1), sources);
            found.removeIf(a -> ofCountry && a.country() == null);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /**
     * The actors of the first tier of heads that names any. Sector-only sources take the country
     * of their context (their phrase, else the trigger's clause {@code clause}, -1 for none);
     * sector-only targets are kept for the pairing.
     */
    List<Actor> firstTier(DependencyGraph graph, List<List<Integer>> tiers, boolean isSource, int clause) {
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
}
