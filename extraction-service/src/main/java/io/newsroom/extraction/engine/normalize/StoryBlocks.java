package io.newsroom.extraction.engine.normalize;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes a story container as text blocks in reading order (paragraphs, headings, list items, table cells) and
 * leaves out the blocks that are furniture inside the story: link lists, "Advertisement", share prompts.
 */
final class StoryBlocks {

    private static final Set<String> BREAKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot",
            "tr", "td", "th", "caption", "figure", "figcaption", "header", "footer", "address", "hr", "center", "aside",
            "nav", "form", "fieldset", "details", "summary");
    private static final Set<String> PROMPTS = Set.of("advertisement", "advertisement:", "ad", "ads", "sponsored",
            "story continues below", "story continues below advertisement", "continue reading", "continue reading below",
            "read more", "read more:", "related", "related:", "related stories", "related articles", "more:", "share",
            "share this", "share this article", "share this story", "share on facebook", "share on twitter", "tweet",
            "email", "print", "comments", "click here", "see also", "see also:", "also read", "also read:",
            "you may also like", "recommended", "recommended for you", "sign up", "subscribe", "follow us",
            "scroll to continue with content", "skip advertisement", "article continues below", "loading...",
            "loading", "close", "menu", "back to top", "top", "next", "previous", "photo", "video", "watch",
            "listen", "image", "enlarge this image", "toggle caption", "hide caption");

    private final List<String> blocks = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int linkChars;
    private int linkDepth;
    private boolean heading;
    private boolean title;

    private StoryBlocks() {
    }

    static List<String> of(Element container) {
        StoryBlocks writer = new StoryBlocks();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    writer.append(text.getWholeText());
                } else if (node instanceof Element element) {
                    writer.open(element);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    writer.close(element);
                }
            }
        }, container);
        writer.flush();
        return writer.blocks;
    }

    private void open(Element element) {
        String tag = element.normalName();
        if (BREAKS.contains(tag)) {
            flush();
        }
        if (tag.equals("br")) {
            trimTrailingSpace();
            current.append('\n');
        } else if (tag.equals("a")) {
            linkDepth++;
        } else if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
            heading = true;
            title |= tag.equals("h1");
        }
    }

    private void close(Element element) {
        String tag = element.normalName();
        if (tag.equals("a")) {
            linkDepth--;
        }
        if (BREAKS.contains(tag)) {
            flush();
        }
    }

    private void append(String text) {
        boolean space = current.isEmpty() || Character.isWhitespace(current.charAt(current.length() - 1));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!space) {
                    current.append(' ');
                    space = true;
                }
            } else {
                current.append(c);
                space = false;
                if (linkDepth > 0) {
                    linkChars++;
                }
            }
        }
    }

    private void trimTrailingSpace() {
        while (!current.isEmpty() && current.charAt(current.length() - 1) == ' ') {
            current.setLength(current.length() - 1);
        }
    }

    private void flush() {
        String text = current.toString().strip();
        if (!text.isEmpty() && keep(text)) {
            blocks.add(text);
        }
        current.setLength(0);
        linkChars = 0;
        heading = false;
        title = false;
    }

    private boolean keep(String text) {
        if (title) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                letters++;
            }
        }
        if (letters > 0 && linkChars > letters * 0.6) {
            return false;
        }
        String folded = text.toLowerCase(Locale.ROOT);
        return folded.length() > 40 || !PROMPTS.contains(folded);
    }
}
