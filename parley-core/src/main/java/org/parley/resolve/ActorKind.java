package org.parley.resolve;

/** What kind of dictionary entry an actor phrase comes from. */
public enum ActorKind {
    /** A country or territory by name ("Israel", "the United States"). */
    COUNTRY,
    /** An adjective or demonym ("Israeli", "Americans"). */
    DEMONYM,
    /** A city standing for a government: a capital or another seat ("Moscow", "Ramallah"). */
    SEAT_OF_POWER,
    /**
     * A building or institution standing for a government ("the Kremlin", "the White House").
     * Unlike a capital it is never a gazetteer place: "at the White House" is not White House,
     * Tennessee.
     */
    OFFICE,
    /** An international organisation or a non-state group ("NATO", "Hezbollah"). */
    ORGANISATION,
    /** A word that gives only a sector ("officials", "troops"). */
    SECTOR,
    /** A person whose code depends on the role held on a date ("Rex Tillerson"). */
    PERSON
}
