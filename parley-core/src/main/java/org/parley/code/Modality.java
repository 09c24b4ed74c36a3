package org.parley.code;

import org.parley.model.Mood;

/**
 * What the words around a trigger say of it: whether it is denied, its mood, and the head of the
 * phrase that claims it (the subject of "said", the object of "according to"), or -1.
 *
 * @param hedged whether the claim is hedged without a named claimant ("reportedly", "is said to")
 */
record Modality(boolean negated, Mood mood, int claimant, boolean hedged) {
}
