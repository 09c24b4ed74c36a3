package org.parley.resolve;
import java.time.LocalDate;
import java.util.*;
public final class ActorDictionary {
    private final Map<String, ActorEntry> map = new HashMap<>();
    private void put(String p, ActorKind k, String c, String s) { map.put(p, new ActorEntry(p, k, c, s, p)); }
    public static ActorDictionary builtIn() {
        ActorDictionary d = new ActorDictionary();
        d.put("israel", ActorKind.COUNTRY, "ISR", null);
        d.put("israeli", ActorKind.DEMONYM, "ISR", null);
        d.put("russia", ActorKind.COUNTRY, "RUS", null);
        d.put("russian", ActorKind.DEMONYM, "RUS", null);
        d.put("united states", ActorKind.COUNTRY, "USA", null);
        d.put("us", ActorKind.COUNTRY, "USA", null);
        d.put("american", ActorKind.DEMONYM, "USA", null);
        d.put("iran", ActorKind.COUNTRY, "IRN", null);
        d.put("iranian", ActorKind.DEMONYM, "IRN", null);
        d.put("syria", ActorKind.COUNTRY, "SYR", null);
        d.put("moscow", ActorKind.SEAT_OF_POWER, "RUS", "GOV");
        d.put("tel aviv", ActorKind.SEAT_OF_POWER, "ISR", "GOV");
        d.put("officials", ActorKind.SECTOR, null, "GOV");
        d.put("diplomats", ActorKind.SECTOR, null, "GOV");
        d.put("team", ActorKind.SECTOR, null, null);
        d.put("counterparts", ActorKind.SECTOR, null, "GOV");
        d.put("shia militias", ActorKind.ORGANISATION, "IRQ", "REB");
        d.put("army", ActorKind.SECTOR, null, "MIL");
        d.put("forces", ActorKind.SECTOR, null, "MIL");
        d.put("foreign minister", ActorKind.SECTOR, null, "GOV");
        d.put("iranian revolutionary guards", ActorKind.ORGANISATION, "IRN", "MIL");
        d.put("hizballah", ActorKind.ORGANISATION, "LBN", "REB");
        d.put("rex tillerson", ActorKind.PERSON, "USA", "GOV");
        d.put("sergey lavrov", ActorKind.PERSON, "RUS", "GOV");
        return d;
    }
    public Optional<ActorMatch> longestMatch(List<String> words, int from, LocalDate when) {
        for (int n = Math.min(4, words.size() - from); n >= 1; n--) {
            StringBuilder sb = new StringBuilder();
            for (int i = from; i < from + n; i++) { if (sb.length() > 0) sb.append(' '); sb.append(words.get(i).toLowerCase().replace(".", "")); }
            ActorEntry e = map.get(sb.toString());
            if (e != null) return Optional.of(new ActorMatch(n, e));
        }
        return Optional.empty();
    }
    public Optional<ActorEntry> country(String iso3) { return Optional.empty(); }
    public int size() { return map.size(); }
}
