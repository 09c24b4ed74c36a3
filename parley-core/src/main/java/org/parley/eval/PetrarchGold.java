package org.parley.eval;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PETRARCH validation records: {@code <Sentence id=… date=YYYYMMDD>} followed by
 * {@code <EventCoding sourcecode=… targetcode=… eventcode=…/>} elements (or one with
 * {@code noevents} or {@code error}, meaning the sentence must give no event), a {@code <Text>}
 * and a parse that Parley ignores.
 *
 * <p>Design decision: a tolerant scanner rather than an XML parser, because the files are not
 * well-formed XML: {@code #} comment blocks stand between elements, some {@code <Sentence>} tags
 * are self-closed and others never closed, and parse trees hold bare {@code <}. XML comments and
 * lines starting with {@code #} are dropped first; each record runs from its {@code <Sentence} to
 * the next one. An attribute value written {@code '""'} is empty.
 */
final class PetrarchGold {

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern HASH_LINE = Pattern.compile("(?m)^[ \\t]*#.*$");
    private static final Pattern SENTENCE = Pattern.compile("<Sentence\\b([^>]*)>");
    private static final Pattern CODING = Pattern.compile("<EventCoding\\b([^>]*)>");
    private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z_]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern END = Pattern.compile("</Sentences>");
    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private PetrarchGold() {
    }

    static List<GoldRecord> parse(String content, String set, Path file) {
        String cleaned = HASH_LINE.matcher(COMMENT.matcher(content).replaceAll("")).replaceAll("");
        Matcher end = END.matcher(cleaned);
        int limit = end.find() ? end.start() : cleaned.length();
        Matcher sentence = SENTENCE.matcher(cleaned).region(0, limit);
        List<int[]> starts = new ArrayList<>();
        List<Map<String, String>> heads = new ArrayList<>();
        while (sentence.find()) {
            starts.add(new int[] {sentence.start(), sentence.end()});
            heads.add(attributes(sentence.group(1)));
        }
        if (starts.isEmpty()) {
            throw new GoldFormatException(file, "no <Sentence> records");
        }
        List<GoldRecord> records = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int bodyEnd = i + 1 < starts.size() ? starts.get(i + 1)[0] : limit;
            records.add(record(cleaned.substring(starts.get(i)[1], bodyEnd), heads.get(i), set, file, i + 1));
        }
        return records;
    }

    private static GoldRecord record(String body, Map<String, String> head, String set, Path file, int index) {
        String id = head.getOrDefault("id", "");
        String where = id.isEmpty() ? "record " + index : "record " + id;
        if (id.isEmpty()) {
            throw new GoldFormatException(file, where + ": <Sentence> has no id");
        }
        Matcher text = TEXT.matcher(body);
        if (!text.find()) {
            throw new GoldFormatException(file, where + ": no <Text>");
        }
        List<GoldCoding> codings = new ArrayList<>();
        Matcher coding = CODING.matcher(body);
        while (coding.find()) {
            Map<String, String> attributes = attributes(coding.group(1));
            String event = attributes.get("eventcode");
            if (event == null) {
                // noevents="True" or error="...": the record expects no event.
                continue;
            }
            codings.add(new GoldCoding(code(attributes.get("sourcecode")), code(attributes.get("targetcode")),
                    event, null));
        }
        return new GoldRecord(set, id, Whitespace.fold(unescape(text.group(1))), date(head.get("date")), codings,
                null);
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new HashMap<>();
        Matcher m = ATTRIBUTE.matcher(tag);
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2) : m.group(3);
            attributes.put(m.group(1).toLowerCase(Locale.ROOT), value.replace("\"", "").strip());
        }
        return attributes;
    }

    private static String code(String value) {
        return value == null || value.isEmpty() ? null : value.toUpperCase(Locale.ROOT);
    }

    private static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value, BASIC_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
