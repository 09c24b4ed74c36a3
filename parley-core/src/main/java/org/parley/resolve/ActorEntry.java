package org.parley.resolve;

/**
 * One dictionary entry.
 *
 * @param phrase  the phrase as written in the dictionary ("the Kremlin")
 * @param kind    where the entry comes from
 * @param country ISO 3166 alpha-3 code or international/group code ("RUS", "IGOUNO"); may be
 *                {@code null} for {@link ActorKind#SECTOR} words
 * @param sector  CAMEO sector code ("GOV", "MIL"), or {@code null}
 * @param name    a readable name of what the phrase denotes: the canonical country name, the
 *                organisation's or person's name, or the sector word itself
 */
public record ActorEntry(String phrase, ActorKind kind, String country, String sector, String name) {

    /**
     * The sector value of a {@link ActorKind#SECTOR} word like "team" or "delegation" that has
     * no sector of its own: the coder gives it the sector of its modifier or context.
     */
    public static final String DELEGATION = "delegation";

    /** @return country + sector, e.g. "RUSGOV", "ISR", "GOV" when only a sector, or {@code null} */
    public String code() {
        String c = country == null ? "" : country;
        String s = sector == null || isDelegation() ? "" : sector;
        String code = c + s;
        return code.isEmpty() ? null : code;
    }

    /** @return true for a sector word that inherits its sector ("team"); see {@link #DELEGATION} */
    public boolean isDelegation() {
        return DELEGATION.equals(sector);
    }
}
