package org.parley.ingest;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.parley.model.Document;

/**
 * Reads one HTML page as one {@link Document}: the article's text without the page's boilerplate,
 * and what the page's metadata says about it.
 *
 * <ul>
 *   <li>text: script, style, nav, header, footer, aside, form (and noscript, iframe, svg,
 *       template, button) are dropped; of what is left, the longest {@code <article>} is read,
 *       else {@code <main>} or {@code [role=main]}, else the body (see {@link HtmlText});</li>
 *   <li>title: {@code og:title}, else {@code <title>}, else the first {@code <h1>};</li>
 *   <li>published: {@code article:published_time}, {@code itemprop=datePublished},
 *       {@code <time datetime>}, the {@code date}/{@code pubdate}/{@code publishdate}/
 *       {@code dc.date} meta, else a date line in the header of the extracted text;</li>
 *   <li>source: {@code og:site_name}; url: {@code <link rel=canonical>}, else {@code og:url}.</li>
 * </ul>
 */
final class HtmlDocuments {

    private static final String BOILERPLATE =
            "script, style, nav, header, footer, aside, form, noscript, iframe, svg, template, button";

    private static final String[] DATE_METAS = {
        "meta[property=article:published_time]", "meta[name=article:published_time]",
        "meta[itemprop=datePublished]", "meta[name=date]", "meta[name=pubdate]",
        "meta[name=publishdate]", "meta[name=dc.date]", "meta[name=dc.date.issued]",
    };

    private HtmlDocuments() {
    }

    static Document read(String html, String origin) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        // Metadata first: the headline and the date often sit in a <header> that is dropped below.
        String title = firstOf(meta(page, "meta[property=og:title]"), text(page.selectFirst("title")),
                text(page.selectFirst("h1")));
        LocalDate published = publishedDate(page);
        String source = meta(page, "meta[property=og:site_name]");
        String url = firstOf(attribute(page.selectFirst("link[rel=canonical]"), "href"),
                meta(page, "meta[property=og:url]"));

        page.select(BOILERPLATE).remove();
        String text = HtmlText.of(articleRoot(page));
        if (published == null) {
            published = HeaderDate.find(text).orElse(null);
        }
        return new Document(DocumentId.of(text), text, published, source, url, title, origin);
    }

    private static Element articleRoot(org.jsoup.nodes.Document page) {
        Elements articles = page.select("article");
        if (!articles.isEmpty()) {
            return articles.stream().max(Comparator.comparingInt(a -> a.text().length())).orElseThrow();
        }
        Element main = page.selectFirst("main, [role=main]");
        return main != null ? main : page.body();
    }

    private static LocalDate publishedDate(org.jsoup.nodes.Document page) {
        for (String selector : DATE_METAS) {
            Optional<LocalDate> date = parse(meta(page, selector));
            if (date.isPresent()) {
                return date.get();
            }
        }
        for (Element time : page.select("time[datetime]")) {
            Optional<LocalDate> date = parse(time.attr("datetime"));
            if (date.isPresent()) {
                return date.get();
            }
        }
        return null;
    }

    private static Optional<LocalDate> parse(String value) {
        return value == null ? Optional.empty() : HeaderDate.parseAnywhere(value);
    }

    private static String meta(org.jsoup.nodes.Document page, String selector) {
        return attribute(page.selectFirst(selector), "content");
    }

    private static String attribute(Element element, String name) {
        if (element == null) {
            return null;
        }
        String value = element.attr(name).strip();
        return value.isEmpty() ? null : value;
    }

    private static String text(Element element) {
        if (element == null) {
            return null;
        }
        String value = element.text().strip();
        return value.isEmpty() ? null : value;
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
