package org.parley.ingest;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.parley.model.Document;

/**
 * Reads an RSS 2.0 (or RSS 1.0/RDF) or Atom feed: one {@link Document} per item or entry, with
 * origin {@code "path#N"} (N counts items from 1).
 *
 * <ul>
 *   <li>RSS: {@code title}, {@code link}, {@code pubDate} (else {@code dc:date}), and
 *       {@code content:encoded} (else {@code description}) as text, its HTML stripped;</li>
 *   <li>Atom: {@code title}, {@code link rel=alternate} (else the first link), {@code published}
 *       (else {@code updated}), and {@code content} (else {@code summary});</li>
 *   <li>source: the channel's or feed's own title.</li>
 * </ul>
 */
final class FeedDocuments {

    private FeedDocuments() {
    }

    static void read(String xml, String origin, Outlet out) {
        org.jsoup.nodes.Document feed = Jsoup.parse(xml, "", Parser.xmlParser());
        Element root = feed.selectFirst("rss, feed, rdf|RDF");
        if (root == null) {
            out.problem(origin, "not an RSS or Atom feed");
            return;
        }
        boolean atom = root.normalName().equals("feed");
        Element sourceTitle = root.selectFirst(atom ? "feed > title" : "channel > title");
        String source = sourceTitle == null ? null : blankToNull(sourceTitle.text());
        int n = 0;
        for (Element item : root.select(atom ? "entry" : "item")) {
            n++;
            String itemOrigin = origin + "#" + n;
            out.document(atom ? atomEntry(item, source, itemOrigin) : rssItem(item, source, itemOrigin));
        }
        if (n == 0) {
            out.problem(origin, "feed has no items");
        }
    }

    private static Document rssItem(Element item, String source, String origin) {
        String text = htmlToText(childText(item, "content|encoded", "description"));
        LocalDate published = date(childText(item, "pubDate", "dc|date"), text);
        return new Document(DocumentId.of(text), text, published, source, childText(item, "link"),
                childText(item, "title"), origin);
    }

    private static Document atomEntry(Element entry, String source, String origin) {
        String text = htmlToText(childText(entry, "content", "summary"));
        LocalDate published = date(childText(entry, "published", "updated"), text);
        Element link = entry.selectFirst("> link[rel=alternate], > link:not([rel])");
        String url = link == null ? null : blankToNull(link.attr("href"));
        return new Document(DocumentId.of(text), text, published, source, url,
                childText(entry, "title"), origin);
    }

    private static LocalDate date(String value, String text) {
        return (value == null ? HeaderDate.find(text) : HeaderDate.parseAnywhere(value)
                .or(() -> HeaderDate.find(text))).orElse(null);
    }

    /** Feeds carry HTML in their text fields (escaped or in CDATA): read it as an HTML fragment. */
    private static String htmlToText(String html) {
        return html == null ? "" : HtmlText.of(Jsoup.parseBodyFragment(html).body());
    }

    /** The text of the first direct child with one of the names, or {@code null}. */
    private static String childText(Element parent, String... names) {
        for (String name : names) {
            Element child = parent.selectFirst("> " + name);
            if (child != null && !child.text().isBlank()) {
                return child.text().strip();
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
