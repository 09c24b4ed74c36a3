package org.parley.ingest;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of an HTML element: each block (paragraph, heading, list item, ...) on its
 * own, blocks separated by one blank line, whitespace inside a block collapsed to single spaces,
 * {@code <br>} kept as a line break. Boilerplate must already have been removed.
 */
final class HtmlText {

    /** Elements that start and end a block of text. */
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
            "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "caption",
            "figure", "figcaption", "address", "hr", "details", "summary", "body");

    private HtmlText() {
    }

    static String of(Element root) {
        Blocks blocks = new Blocks();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    blocks.append(text.text());
                } else if (node instanceof Element element) {
                    if (element.nameIs("br")) {
                        blocks.lineBreak();
                    } else if (BLOCKS.contains(element.normalName())) {
                        blocks.end();
                    } else if (element.nameIs("td") || element.nameIs("th")) {
                        blocks.append(" ");
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    blocks.end();
                }
            }
        }, root);
        blocks.end();
        return blocks.text.toString();
    }

    /** Text built block by block; a block is written only once it has ended and is not blank. */
    private static final class Blocks {
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder block = new StringBuilder();

        void append(String words) {
            if (words.isEmpty()) {
                return;
            }
            boolean atSpace = block.length() == 0 || isSpace(block.charAt(block.length() - 1));
            block.append(atSpace ? words.stripLeading() : words);
        }

        void lineBreak() {
            stripTrailingSpaces();
            block.append('\n');
        }

        void end() {
            String finished = block.toString().strip();
            block.setLength(0);
            if (finished.isEmpty()) {
                return;
            }
            if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(finished.replaceAll("[ \t]*\n[ \t]*", "\n"));
        }

        private void stripTrailingSpaces() {
            while (block.length() > 0 && block.charAt(block.length() - 1) == ' ') {
                block.setLength(block.length() - 1);
            }
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\n';
        }
    }
}
