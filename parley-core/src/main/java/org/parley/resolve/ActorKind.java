package org.parley.resolve;
public enum ActorKind { COUNTRY, DEMONYM, SEAT_OF_POWER, ORGANISATION, SECTOR, PERSON }
