package org.parley.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parley.model.Actor;
import org.parley.model.EventMention;
import org.parley.model.Mood;
import org.parley.model.Place;
import org.parley.ontology.Cameo;
import org.parley.ontology.CameoCode;

/**
 * Deduplication: groups the mentions that report one real-world event into one {@link DedupEvent}.
 * The front door of this package; see {@code docs/STORE.md}.
 *
 * <p>Two mentions report the same event when all of these hold:
 * <ul>
 *   <li>the same CAMEO root, the same negation and the same mood: a negated, intended, requested or
 *       hypothetical mention never merges with an asserted one; such mentions form events of their
 *       own (marked by the event's negation and mood) rather than vanish;</li>
 *   <li>the same directed dyad (source and target actor codes; an unresolved actor is its words,
 *       a missing target is a value of its own), or the same pair in either direction when both
 *       codes are symmetric ({@link Cameo#isSymmetric}: consult, negotiate, sign);</li>
 *   <li>compatible dates: two day-precise dates at most {@code windowDays} apart; a coarser date
 *       (a month, a year) must cover the other ("2017-07" matches "2017-07-14", not "2017-08-01");
 *       a mention without a date matches only undated mentions of its own document;</li>
 *   <li>compatible places: the same country, or either place's country unknown.</li>
 * </ul>
 *
 * <p>Design decision: grouping is complete-linkage, not a transitive closure. Mentions are taken
 * in a fixed order (date, then document, sentence, ordinal) and each joins the earliest event all
 * of whose mentions it matches, else starts a new one. So a chain of daily reports never melts
 * into one month-long event, and the result does not depend on the order of the input. The
 * event's id is a hash of its first mention's id: re-running on the same mentions gives the same
 * ids.
 *
 * <p>Immutable and thread-safe.
 */
public final class Dedup {

    /** The default window between two day-precise dates of one event. */
    public static final int DEFAULT_WINDOW_DAYS = 1;

    private static final Comparator<Member> ORDER = Comparator
            .comparing((Member m) -> m.range == null ? null : m.range.start(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(m -> m.stored.mention().doc())
            .thenComparingInt(m -> m.stored.mention().sentence())
            .thenComparingInt(m -> m.stored.ordinal())
            .thenComparing(m -> m.stored.mentionId());

    private final Cameo cameo;
    private final int windowDays;

    private Dedup(Cameo cameo, int windowDays) {
        this.cameo = cameo;
        this.windowDays = windowDays;
    }

    /**
     * @param cameo      the ontology that says which codes are symmetric
     * @param windowDays how many days apart two day-precise dates of one event may be, 0 or more
     * @throws IllegalArgumentException when {@code windowDays} is negative
     */
    public static Dedup of(Cameo cameo, int windowDays) {
        Objects.requireNonNull(cameo, "cameo");
        if (windowDays < 0) {
            throw new IllegalArgumentException("the date window must be 0 days or more, got " + windowDays);
        }
        return new Dedup(cameo, windowDays);
    }

    public int windowDays() {
        return windowDays;
    }

    /**
     * A key that all mentions of one event share: the root, negation, mood and the unordered
     * actor pair. Callers with more mentions than fit in memory may feed {@link #group} one block
     * of equal keys at a time.
     */
    public String blockKey(StoredMention stored) {
        EventMention m = stored.mention();
        String source = actorKey(m.source());
        String target = actorKey(m.target());
        String pair = source.compareTo(target) <= 0 ? source + "\u0000" + target : target + "\u0000" + source;
        return m.root() + "\u0000" + m.negated() + "\u0000" + m.mood() + "\u0000" + pair;
    }

    /** The events the mentions report, ordered by their first mention. */
    public List<DedupEvent> group(Collection<StoredMention> mentions) {
        List<Member> members = new ArrayList<>();
        for (StoredMention stored : mentions) {
            members.add(new Member(stored, DateRange.parse(stored.mention().date()).orElse(null)));
        }
        members.sort(ORDER);
        Map<String, List<List<Member>>> byBlock = new LinkedHashMap<>();
        List<List<Member>> groups = new ArrayList<>();
        for (Member member : members) {
            List<List<Member>> open = byBlock.computeIfAbsent(blockKey(member.stored), k -> new ArrayList<>());
            List<Member> joined = null;
            for (List<Member> group : open) {
                if (group.stream().allMatch(other -> matches(member, other))) {
                    joined = group;
                    break;
                }
            }
            if (joined == null) {
                joined = new ArrayList<>();
                open.add(joined);
                groups.add(joined);
            }
            joined.add(member);
        }
        List<DedupEvent> events = new ArrayList<>();
        for (List<Member> group : groups) {
            events.add(event(group));
        }
        return events;
    }

    private boolean matches(Member a, Member b) {
        return dyadMatches(a.stored.mention(), b.stored.mention()) && datesMatch(a, b) && placesMatch(a, b);
    }

    private boolean dyadMatches(EventMention a, EventMention b) {
        if (!a.root().equals(b.root()) || a.negated() != b.negated() || a.mood() != b.mood()) {
            return false;
        }
        String as = actorKey(a.source());
        String at = actorKey(a.target());
        String bs = actorKey(b.source());
        String bt = actorKey(b.target());
        if (as.equals(bs) && at.equals(bt)) {
            return true;
        }
        return as.equals(bt) && at.equals(bs) && symmetric(a.code()) && symmetric(b.code());
    }

    private boolean datesMatch(Member a, Member b) {
        if (a.range == null || b.range == null) {
            return a.range == null && b.range == null && a.stored.mention().doc().equals(b.stored.mention().doc());
        }
        if (bothDays(a, b)) {
            return a.range.gapDays(b.range) <= windowDays;
        }
        return covers(a.range, b.range) || covers(b.range, a.range);
    }

    private static boolean covers(DateRange outer, DateRange inner) {
        return !inner.start().isBefore(outer.start()) && !inner.end().isAfter(outer.end());
    }

    private static boolean bothDays(Member a, Member b) {
        return a.range.precision() == DateRange.Precision.DAY && b.range.precision() == DateRange.Precision.DAY;
    }

    private static boolean placesMatch(Member a, Member b) {
        String ac = country(a.stored.mention().place());
        String bc = country(b.stored.mention().place());
        return ac == null || bc == null || ac.equals(bc);
    }

    private boolean symmetric(String code) {
        return cameo.find(code).map(CameoCode::symmetric).orElse(false);
    }

    private DedupEvent event(List<Member> group) {
        Member first = group.get(0);
        EventMention anchor = first.stored.mention();
        Map<String, Integer> codeCounts = new LinkedHashMap<>();
        for (Member m : group) {
            codeCounts.merge(m.stored.mention().code(), 1, Integer::sum);
        }
        String code = anchor.code();
        for (Map.Entry<String, Integer> e : codeCounts.entrySet()) {
            if (e.getValue() > codeCounts.get(code)) {
                code = e.getKey();
            }
        }
        EventMention coded = null;
        Member dated = null;
        Place place = null;
        Set<String> documents = new HashSet<>();
        Set<String> publishers = new HashSet<>();
        List<Merge> merges = new ArrayList<>();
        for (Member m : group) {
            EventMention mention = m.stored.mention();
            if (coded == null && mention.code().equals(code)) {
                coded = mention;
            }
            if (m.range != null && (dated == null || m.range.precision().compareTo(dated.range.precision()) > 0)) {
                dated = m;
            }
            if (placeRank(mention.place()) > placeRank(place)) {
                place = mention.place();
            }
            documents.add(mention.doc());
            publishers.add(m.stored.publisher() == null ? "\u0000doc:" + mention.doc() : m.stored.publisher());
            merges.add(new Merge(m.stored.mentionId(), m == first ? "first mention: " + describe(first)
                    : reason(first, m)));
        }
        return new DedupEvent(idOf(first.stored.mentionId()), code, coded.root(), coded.plover(), coded.quad(),
                coded.goldstein(), anchor.source(), anchor.target(), dated == null ? null : dated.stored.mention().date(),
                dated == null ? null : dated.range, place, anchor.negated(), anchor.mood(), documents.size(),
                publishers.size(), first.stored.mentionId(), first.stored.url(), merges);
    }

    /** The stable id of an event defined by this first mention: 16 hex digits of its SHA-256. */
    static String idOf(String firstMentionId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(firstMentionId.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                hex.append(String.format("%02x", hash[i]));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    private String describe(Member m) {
        EventMention e = m.stored.mention();
        return arrow(e, "→") + ", root " + e.root() + ", date " + (e.date() == null ? "unknown" : e.date())
                + ", place " + placeName(e.place()) + moodNote(e);
    }

    private String reason(Member first, Member m) {
        EventMention a = first.stored.mention();
        EventMention e = m.stored.mention();
        boolean sameDirection = actorKey(a.source()).equals(actorKey(e.source()))
                && actorKey(a.target()).equals(actorKey(e.target()));
        String dyad = sameDirection ? "same dyad " + arrow(a, "→")
                : "same pair " + arrow(a, "↔") + " (symmetric " + a.code() + "/" + e.code() + ")";
        String dates;
        if (m.range == null) {
            dates = "both undated in document " + e.doc();
        } else if (bothDays(first, m)) {
            dates = "dates " + a.date() + "/" + e.date() + " within " + windowDays + (windowDays == 1 ? " day" : " days");
        } else {
            dates = "dates " + a.date() + "/" + e.date() + " overlap";
        }
        return dyad + ", root " + e.root() + ", " + dates + ", place " + placeName(e.place()) + moodNote(e);
    }

    private static String arrow(EventMention e, String arrow) {
        return actorLabel(e.source()) + arrow + actorLabel(e.target());
    }

    private static String moodNote(EventMention e) {
        return (e.negated() ? ", negated" : "") + (e.mood() == Mood.ASSERTED ? "" : ", " + e.mood().label());
    }

    private static String actorLabel(Actor actor) {
        if (actor == null) {
            return "-";
        }
        return actor.code() != null ? actor.code() : "\"" + actor.text() + "\"";
    }

    /** What identifies an actor: its code, else its words; a missing actor is "-". */
    private static String actorKey(Actor actor) {
        if (actor == null) {
            return "-";
        }
        return actor.code() != null ? actor.code() : "~" + actor.text();
    }

    private static String country(Place place) {
        return place == null ? null : place.country();
    }

    private static String placeName(Place place) {
        if (place == null) {
            return "unknown";
        }
        return place.name() + (place.country() == null ? "" : " (" + place.country() + ")");
    }

    /** 0 no place; 1 a place of unknown precision; then country, region, city. */
    private static int placeRank(Place place) {
        if (place == null) {
            return 0;
        }
        return place.precision() == null ? 1 : 2 + place.precision().ordinal();
    }

    private record Member(StoredMention stored, DateRange range) {
    }
}
