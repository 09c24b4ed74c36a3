package org.parley.eval;

/**
 * One event coded by hand: who did what to whom. At least one of the actors and one of the two
 * event labels is present.
 *
 * @param source the source actor's CAMEO code ("ISRGOV", "IGO"), or {@code null} when the coders gave none
 * @param target the target actor's CAMEO code, or {@code null} when the coders gave none
 * @param cameo  the CAMEO event code ("042"), or {@code null} (the PLOVER set has none)
 * @param plover the PLOVER label as the gold file writes it, possibly of an older PLOVER version
 *               ("DEMAND", "FIGHT"), or {@code null} (the PETRARCH sets have none)
 */
public record GoldCoding(String source, String target, String cameo, String plover) {
}
