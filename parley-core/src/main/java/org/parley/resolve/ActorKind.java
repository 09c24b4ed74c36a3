package org.parley.resolve;

/** What kind of dictionary entry an actor phrase comes from. */
public enum ActorKind {
    /** A country or territory by name ("Israel", "the United States"). */
    COUNTRY,
    /** An adjective or demonym ("Israeli", "Americans"). */
    DEMONYM,
    /** A capital or building standing for a government ("Moscow", "the Kremlin"). */
    SEAT_OF_POWER,
    /** An international organisation or a non-state group ("NATO", "Hezbollah"). */
    ORGANISATION,
    /** A word that gives only a sector ("officials", "troops"). */
    SECTOR,
    /** A person whose code depends on the role held on a date ("Rex Tillerson"). */
    PERSON
}
