package org.parley.code;

import org.parley.model.Actor;
import org.parley.model.Attribution;
import org.parley.model.Place;

/**
 * An event mention while its document is being coded: later sentences may still give it a place
 * or a date ("The meetings took place in Amman"). Confined to one {@link DocumentCoding}.
 */
final class Draft {
    final int sentence;
    final TriggerMatch trigger;
    final Actor source;
    final Actor target;
    final Modality modality;
    /** The event code: the trigger's, or the matrix code refined by an embedded event (036 for "offered to meet"). */
    final String code;
    String date;
    boolean dateStated;
    Place place;
    /** The country the sentence's other places all lie in, for when no place of the event is found. */
    Place impliedPlace;
    Attribution attribution;
    double confidence;

    Draft(int sentence, TriggerMatch trigger, String code, Actor source, Actor target, Modality modality) {
        this.sentence = sentence;
        this.code = code;
        this.trigger = trigger;
        this.source = source;
        this.target = target;
        this.modality = modality;
        this.confidence = trigger.confidence();
    }

    String code() {
        return code;
    }

    String root() {
        return code().substring(0, 2);
    }
}
