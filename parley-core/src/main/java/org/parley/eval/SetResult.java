package org.parley.eval;

import java.util.Map;

/**
 * Parley's figures on one gold set. Definitions (also in {@code docs/ACCURACY.md}):
 *
 * @param set                the set's short name
 * @param records            gold records scored
 * @param codings            gold codings in them
 * @param events             events Parley coded in them
 * @param pairRecall         gold codings for which Parley coded an event between agreeing actors
 *                           (primary codes; an absent gold actor agrees with any)
 * @param typedRecall        gold codings of known type for which such an event also has the right PLOVER type
 * @param ploverAccuracy     matched pairs of known gold type where Parley's type is right
 * @param cameoRootAccuracy  matched pairs with a gold CAMEO code where Parley's root is right
 * @param precision          Parley's events whose actors agree with some gold coding of their record
 * @param typedPrecision     Parley's events that agree with some gold coding of their record in actors and type
 * @param sourceCode         matched pairs with a gold source where Parley's source code is exactly the gold one
 * @param targetCode         matched pairs with a gold target where Parley's target code is exactly the gold one
 * @param placeName          records with a gold place where Parley's place has that name
 * @param placeCountry       records with a gold place country where Parley's place is in that country
 * @param confusion          matched pairs by gold type, then by Parley's type, in PLOVER order
 */
public record SetResult(String set, int records, int codings, int events,
                        Ratio pairRecall, Ratio typedRecall, Ratio ploverAccuracy, Ratio cameoRootAccuracy,
                        Ratio precision, Ratio typedPrecision, Ratio sourceCode, Ratio targetCode,
                        Ratio placeName, Ratio placeCountry, Map<String, Map<String, Integer>> confusion) {
}
