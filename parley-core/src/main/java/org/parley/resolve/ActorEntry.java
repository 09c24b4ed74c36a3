package org.parley.resolve;
public record ActorEntry(String phrase, ActorKind kind, String country, String sector, String name) {
    public String code() {
        if (country == null && sector == null) return null;
        return (country == null ? "" : country) + (sector == null ? "" : sector);
    }
}
