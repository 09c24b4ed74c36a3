package org.parley.ontology;

/**
 * The sixteen event types of PLOVER 2.0 (Open Event Data Alliance), in the PLOVER manual's order
 * from verbal cooperation to material conflict. Every CAMEO code maps to exactly one of them; see
 * {@link CameoCode#plover()}.
 */
public enum PloverType {
    AGREE, CONSULT, SUPPORT, CONCEDE,
    COOPERATE, AID, RETREAT,
    REQUEST, ACCUSE, REJECT, THREATEN,
    PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT
}
