package org.parley.code;

import java.util.Map;
import java.util.Optional;

/**
 * CAMEO's families of events about another event: expressing intent to do it (03), appealing for
 * it (02), demanding it (10), refusing it (12) and threatening it (13). The codebook subdivides each
 * family by what the embedded event is: "offered to meet" is 036 (intent to meet or negotiate),
 * "urged X to negotiate" 026, "refused to release" 1243, "threatened to attack" 1384.
 *
 * <p>Pure functions of two codes: the generic code of the matrix verb ("offer" 030, "urge" 020,
 * "demand" 100, "refuse" 120, "threaten" 130) and the code of the event it embeds.
 */
final class EmbeddedCodes {
    /** The cooperative families (02, 03, 10, 12) by the embedded code's prefix, most specific first. */
    private static final Map<String, String[]> COOPERATIVE = Map.ofEntries(
            // prefix      appeal  intent  demand  refuse
            Map.entry("061", new String[] {"0211", "0311", "1011", "1211"}),
            Map.entry("062", new String[] {"0212", "0312", "1012", "1212"}),
            Map.entry("063", new String[] {"0213", "0313", "1013", "121"}),
            Map.entry("064", new String[] {"0214", "0314", "1014", "121"}),
            Map.entry("06", new String[] {"021", "031", "101", "121"}),
            Map.entry("05", new String[] {"022", "032", "102", "120"}),
            Map.entry("071", new String[] {"0231", "0331", "1031", "1221"}),
            Map.entry("072", new String[] {"0232", "0332", "1032", "1222"}),
            Map.entry("073", new String[] {"0233", "0333", "1033", "1223"}),
            Map.entry("074", new String[] {"0234", "0334", "1034", "1224"}),
            Map.entry("07", new String[] {"023", "033", "103", "122"}),
            Map.entry("0831", new String[] {"0241", "0341", "1041", "1231"}),
            Map.entry("0832", new String[] {"0242", "0342", "1042", "1232"}),
            Map.entry("0833", new String[] {"0243", "0343", "1043", "1233"}),
            Map.entry("0834", new String[] {"0244", "0344", "1044", "1234"}),
            Map.entry("083", new String[] {"024", "034", "104", "123"}),
            Map.entry("081", new String[] {"0251", "0351", "1051", "1241"}),
            Map.entry("082", new String[] {"0252", "0352", "1052", "1242"}),
            Map.entry("084", new String[] {"0253", "0353", "1053", "1243"}),
            Map.entry("085", new String[] {"0254", "0354", "1054", "1244"}),
            Map.entry("086", new String[] {"0255", "0355", "1055", "1245"}),
            Map.entry("087", new String[] {"0256", "0356", "1056", "1246"}),
            Map.entry("08", new String[] {"025", "035", "105", "124"}),
            Map.entry("045", new String[] {"028", "039", "108", "126"}),
            Map.entry("04", new String[] {"026", "036", "106", "125"}));

    /** Threats (13) by the embedded code's prefix, most specific first. */
    private static final Map<String, String> THREATS = Map.ofEntries(
            Map.entry("160", "131"), Map.entry("161", "1313"), Map.entry("162", "1311"),
            Map.entry("163", "1312"), Map.entry("164", "134"), Map.entry("165", "135"),
            Map.entry("166", "136"), Map.entry("1721", "1321"), Map.entry("1722", "1322"),
            Map.entry("1723", "1323"), Map.entry("1724", "1324"), Map.entry("172", "132"),
            Map.entry("175", "137"), Map.entry("14", "133"), Map.entry("18", "1383"),
            Map.entry("191", "1381"), Map.entry("192", "1382"), Map.entry("193", "1384"),
            Map.entry("194", "1384"), Map.entry("195", "1384"), Map.entry("204", "1385"),
            Map.entry("19", "138"), Map.entry("20", "138"));

    private EmbeddedCodes() {
    }

    /** Whether a matrix code is one these families refine: the generic 020, 030, 100, 120, 130. */
    static boolean isRefinable(String matrix) {
        return switch (matrix) {
            case "020", "030", "100", "120", "130" -> true;
            default -> false;
        };
    }

    /**
     * The code of a matrix event refined by the event it embeds ("agreed" 030 + "lift sanctions"
     * 085 = 0354), or empty when the codebook has no subcode for the pair (the matrix code stays).
     */
    static Optional<String> refine(String matrix, String embedded) {
        int column = switch (matrix) {
            case "020" -> 0;
            case "030" -> 1;
            case "100" -> 2;
            case "120" -> 3;
            case "130" -> 4;
            default -> -1;
        };
        if (column < 0) {
            return Optional.empty();
        }
        for (int length = Math.min(4, embedded.length()); length >= 2; length--) {
            String prefix = embedded.substring(0, length);
            if (column == 4) {
                if (THREATS.containsKey(prefix)) {
                    return Optional.of(THREATS.get(prefix));
                }
            } else if (COOPERATIVE.containsKey(prefix)) {
                String code = COOPERATIVE.get(prefix)[column];
                return code.equals(matrix) ? Optional.empty() : Optional.of(code);
            }
        }
        return Optional.empty();
    }

    /**
     * The refusal (12x) of a cooperative event (roots 03 to 08) its source says it will not do:
     * "would not provide aid" (070) is 122, "will not agree to lift sanctions" (0354) is 1244. An
     * event the codebook does not subdivide refusals of is 120.
     */
    static String refusalOf(String code) {
        if (code.startsWith("03")) {
            for (String[] row : COOPERATIVE.values()) {
                if (row[1].equals(code)) {
                    return row[3];
                }
            }
            return "120";
        }
        return refine("120", code).orElse("120");
    }

    /**
     * The express-intent code (03x) of a cooperative event (roots 04 to 08) stated as future ("X
     * will visit Y" is 036), or empty for other roots.
     */
    static Optional<String> intentOf(String code) {
        return refine("030", code);
    }
}
