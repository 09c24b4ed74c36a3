package org.parley.spark;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Deduplication: groups the mentions of one real-world event into one event, a pure function of
 * the mentions (no Spark), so that it runs inside {@code flatMapGroups} and in unit tests alike.
 *
 * <p>The rule: mentions are one event when they have
 * <ol>
 *   <li>the same {@linkplain #key key}: the same CAMEO root, the same directed dyad (source code,
 *       target code), or the same unordered pair for a symmetric code such as a meeting, and the
 *       same negation and mood (a denied or merely intended event is never merged with a reported
 *       one). An actor without a code is only the same actor within its own document;</li>
 *   <li>dates within the window: the gap between the days the mention's date covers and the days
 *       the event's first mention's date covers is at most {@code windowDays} ("2022-07" covers
 *       July); mentions without a date join only events without one;</li>
 *   <li>compatible places: either has none, or the same name, or the same country where one of
 *       them is known only as the country, or the same region where one is known only as the
 *       region.</li>
 * </ol>
 * Mentions are taken earliest first (publication date, then document id, sentence, ordinal); each
 * joins the first event it fits, else starts one. The event's id is derived from its first
 * mention's id, so the same corpus always yields the same ids.
 */
final class EventGrouping {

    static final String FIRST = "first mention";

    private EventGrouping() {
    }

    /** A mention row ({@link StoreSchema#MENTIONS}) with what dedup needs of its document. */
    record Candidate(Row mention, LocalDate published, String publisher, String url) {
        Candidate {
            Objects.requireNonNull(mention, "mention");
        }

        Object get(String column) {
            return mention.get(StoreSchema.MENTIONS.fieldIndex(column));
        }

        String text(String column) {
            return (String) get(column);
        }

        LocalDate day(String column) {
            Object value = get(column);
            return value == null ? null : ((Date) value).toLocalDate();
        }
    }

    /** One event: its id, its mentions earliest first, and why each joined. */
    record Event(String id, List<Candidate> mentions, List<String> reasons) {
    }

    /**
     * The grouping key of a mention: the mentions of one event share it.
     *
     * @param symmetric whether the mention's code is mutual by nature
     */
    static String key(Candidate c, boolean symmetric) {
        String source = actor(c, "source");
        String target = actor(c, "target");
        String dyad = symmetric && source.compareTo(target) > 0 ? target + "=" + source
                : source + (symmetric ? "=" : ">") + target;
        return c.text("root") + "|" + dyad + "|" + c.get("negated") + "|" + c.text("mood");
    }

    private static String actor(Candidate c, String side) {
        String code = c.text(side + "_code");
        if (code != null) {
            return code;
        }
        String text = c.text(side + "_text");
        return text == null ? "-" : c.text("doc_id") + "/" + text.toLowerCase(Locale.ROOT);
    }

    /** Groups mentions that share one key into events. */
    static List<Event> group(List<Candidate> sameKey, int windowDays, boolean symmetric) {
        List<Candidate> ordered = new ArrayList<>(sameKey);
        ordered.sort(EARLIEST);
        List<Event> events = new ArrayList<>();
        for (Candidate c : ordered) {
            Event home = null;
            for (Event event : events) {
                if (datesFit(event.mentions().get(0), c, windowDays) && placesFit(event, c)) {
                    home = event;
                    break;
                }
            }
            if (home == null) {
                events.add(new Event(eventId(c.text("mention_id")), new ArrayList<>(List.of(c)),
                        new ArrayList<>(List.of(FIRST))));
            } else {
                home.mentions().add(c);
                home.reasons().add(reason(home.mentions().get(0), c, windowDays, symmetric));
            }
        }
        return events;
    }

    static final Comparator<Candidate> EARLIEST = Comparator
            .comparing(Candidate::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(c -> c.text("doc_id"))
            .thenComparing(c -> (Integer) c.get("sentence"))
            .thenComparing(c -> (Integer) c.get("ordinal"));

    static String eventId(String firstMentionId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(firstMentionId.getBytes(StandardCharsets.UTF_8));
            return "ev-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static boolean datesFit(Candidate first, Candidate c, int windowDays) {
        LocalDate s1 = first.day("date_start");
        LocalDate s2 = c.day("date_start");
        if (s1 == null || s2 == null) {
            return s1 == null && s2 == null;
        }
        LocalDate e1 = first.day("date_end");
        LocalDate e2 = c.day("date_end");
        LocalDate laterStart = s1.isAfter(s2) ? s1 : s2;
        LocalDate earlierEnd = e1.isBefore(e2) ? e1 : e2;
        return ChronoUnit.DAYS.between(earlierEnd, laterStart) <= windowDays;
    }

    private static boolean placesFit(Event event, Candidate c) {
        for (Candidate member : event.mentions()) {
            if (!placesFit(member, c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean placesFit(Candidate a, Candidate b) {
        String nameA = a.text("place_name");
        String nameB = b.text("place_name");
        if (nameA == null || nameB == null || nameA.equalsIgnoreCase(nameB)) {
            return true;
        }
        if (!Objects.equals(a.text("place_country"), b.text("place_country")) || a.text("place_country") == null) {
            return false;
        }
        if ("country".equals(a.text("place_precision")) || "country".equals(b.text("place_precision"))) {
            return true;
        }
        return Objects.equals(a.text("place_region"), b.text("place_region")) && a.text("place_region") != null
                && ("region".equals(a.text("place_precision")) || "region".equals(b.text("place_precision")));
    }

    private static String reason(Candidate first, Candidate c, int windowDays, boolean symmetric) {
        String source = Objects.toString(c.text("source_code"), c.text("source_text"));
        String target = Objects.toString(c.text("target_code"), Objects.toString(c.text("target_text"), "-"));
        return "same " + (symmetric ? "pair " + source + "=" : "dyad " + source + ">") + target
                + ", root " + c.text("root")
                + ", date " + c.text("date") + " within " + windowDays + " days of " + first.text("date")
                + ", place " + Objects.toString(c.text("place_name"), "unknown") + " compatible";
    }

    /** The events row ({@link StoreSchema#EVENTS}) of an event. */
    static Row eventRow(Event event) {
        List<Candidate> members = event.mentions();
        Candidate first = members.get(0);
        Candidate coded = mostFrequentCode(members);
        Candidate placed = mostPrecisePlace(members);
        String date = commonDate(members);
        StoreRows.DateInterval dates = StoreRows.DateInterval.of(date);
        Set<String> publishers = new HashSet<>();
        Set<String> documents = new HashSet<>();
        for (Candidate m : members) {
            if (m.publisher() != null) {
                publishers.add(m.publisher());
            }
            documents.add(m.text("doc_id"));
        }
        return RowFactory.create(event.id(), coded.get("code"), coded.get("root"), coded.get("plover"),
                coded.get("quad"), coded.get("goldstein"),
                first.get("source_code"), first.get("source_country"), first.get("source_sector"),
                first.get("source_text"),
                first.get("target_code"), first.get("target_country"), first.get("target_sector"),
                first.get("target_text"),
                date, dates == null ? null : StoreRows.sqlDate(dates.start()),
                dates == null ? null : StoreRows.sqlDate(dates.end()),
                placed.get("place_name"), placed.get("place_country"), placed.get("place_region"),
                placed.get("place_lat"), placed.get("place_lon"), placed.get("place_geonames_id"),
                placed.get("place_precision"),
                members.size(), publishers.size(), documents.size(), first.get("mention_id"), first.url());
    }

    /** The merges rows ({@link StoreSchema#MERGES}) of an event, one per mention. */
    static List<Row> mergeRows(Event event) {
        List<Row> rows = new ArrayList<>(event.mentions().size());
        for (int i = 0; i < event.mentions().size(); i++) {
            rows.add(RowFactory.create(event.id(), event.mentions().get(i).get("mention_id"), event.reasons().get(i)));
        }
        return rows;
    }

    /** The member whose code is the most frequent; the earliest such on a tie. */
    private static Candidate mostFrequentCode(List<Candidate> members) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Candidate m : members) {
            counts.merge(m.text("code"), 1, Integer::sum);
        }
        Candidate best = members.get(0);
        for (Candidate m : members) {
            if (counts.get(m.text("code")) > counts.get(best.text("code"))) {
                best = m;
            }
        }
        return best;
    }

    /** The member with the most precise place (city, region, country, a name only); the earliest on a tie. */
    private static Candidate mostPrecisePlace(List<Candidate> members) {
        Candidate best = members.get(0);
        for (Candidate m : members) {
            if (precision(m) > precision(best)) {
                best = m;
            }
        }
        return best;
    }

    private static int precision(Candidate c) {
        if (c.text("place_name") == null) {
            return 0;
        }
        String precision = c.text("place_precision");
        return precision == null ? 1 : switch (precision) {
            case "country" -> 2;
            case "region" -> 3;
            case "city" -> 4;
            default -> 1;
        };
    }

    /** The most precise date all dated members agree on: their common year, month and day. */
    static String commonDate(List<Candidate> members) {
        String common = null;
        for (Candidate m : members) {
            String date = m.text("date");
            if (date == null) {
                continue;
            }
            if (common == null) {
                common = date;
                continue;
            }
            String[] a = common.split("-");
            String[] b = date.split("-");
            int same = 0;
            while (same < Math.min(a.length, b.length) && a[same].equals(b[same])) {
                same++;
            }
            if (same == 0) {
                return null;
            }
            common = String.join("-", java.util.Arrays.copyOf(a, same));
        }
        return common;
    }
}
