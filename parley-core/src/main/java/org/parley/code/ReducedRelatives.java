package org.parley.code;

import java.util.List;
import java.util.Set;
import org.parley.model.Arc;
import org.parley.model.Sentence;

/**
 * A reduced relative clause misread as a clausal subject: in "The civilians imprisoned for acting
 * against Moscow were released by Putin" the parser makes "civilians" the subject of "imprisoned"
 * and that clause the subject ({@code csubj:pass}) of "released", so the released have no name. A
 * finite clause can only be a subject with a word that introduces it ("that", "whether", "to"),
 * so a clausal subject whose verb is a bare past participle ({@code VBN}: no auxiliary, no marker,
 * no object of its own) after its own nominal subject is a participle describing that noun: the
 * noun becomes the subject of the main verb and the participle its modifier ({@code acl}). "Israel
 * said a bomb was fired", misparsed the same way, is left alone: "said" is no participle and has
 * an object.
 *
 * <p>Pure function of the arcs given; called by {@link ParseRepairs}.
 */
final class ReducedRelatives {
    /** What a passive participle cannot have: words that introduce a clause, or an object of its own. */
    private static final Set<String> CLAUSE_WORDS = Set.of("mark", "aux", "aux:pass", "cop", "obj", "iobj", "ccomp");

    private ReducedRelatives() {
    }

    /**
     * Repairs the clausal subject {@code clause} of {@code verb} in {@code arcs} when it is a
     * misread reduced relative.
     *
     * @return whether {@code arcs} changed
     */
    static boolean repair(Sentence sentence, List<Arc> arcs, Arc clausalSubject) {
        int verb = clausalSubject.governor();
        int clause = clausalSubject.dependent();
        if (verb < 0 || !sentence.token(clause).pos().equals("VBN")) {
            return false;
        }
        Arc subject = null;
        for (Arc arc : sentence.dependents(clause)) {
            if (CLAUSE_WORDS.contains(arc.relation())) {
                return false;
            }
            if (arc.relation().equals("nsubj") && arc.dependent() < clause && sentence.token(arc.dependent()).isNoun()) {
                subject = arc;
            }
        }
        if (subject == null) {
            return false;
        }
        String role = clausalSubject.relation().equals("csubj:pass") ? "nsubj:pass" : "nsubj";
        arcs.remove(clausalSubject);
        arcs.remove(subject);
        arcs.add(new Arc(verb, role, subject.dependent()));
        arcs.add(new Arc(subject.dependent(), "acl", clause));
        return true;
    }
}
