package io.newsroom.extraction.engine.normalize;

import io.newsroom.extraction.engine.text.Lexicon;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a story container as text blocks in reading order (paragraphs, headings, list items, table cells) and
 * leaves out the blocks that are furniture inside the story: link lists, "Advertisement", share prompts.
 */
final class StoryBlocks {

    static final Set<String> BREAKS = Lexicon.words(StoryBlocks.class, "block-tags.txt");
    private static final Set<String> PROMPTS = Set.copyOf(Lexicon.lines(StoryBlocks.class, "inline-prompts.txt"));

    private static final int CREDIT_WORDS = 40;
    /** The newsroom's sign-off under a story: "(Reporting by ...; editing by ...)", "X contributed to this report." */
    private static final Pattern STAFF_CREDIT = Pattern.compile(
            "^\\(?(?:additional )?(?:reporting|writing|editing) by |contributed (?:to )?(?:this )?report(?:ing)?\\b");
    private static final Pattern PICTURE_WORDS = Pattern.compile("photo|image|picture|illustration|views|credit");

    private final List<String> blocks = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int linkChars;
    private int linkDepth;
    private boolean heading;
    private boolean title;
    /** Index of the last kept block when it reads as a heading: a list of links after it makes it a teaser title. */
    private int lastHeading = -1;
    /** Index of the last kept block when it is a short line ending in a colon ("Read more:"). */
    private int lastLabel = -1;

    private StoryBlocks() {
    }

    static List<String> of(Element container, HtmlArticleExtractor.TextWeights weights) {
        StoryBlocks writer = new StoryBlocks();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    writer.append(text.getWholeText());
                } else if (node instanceof Element element) {
                    if (isLinkList(element, weights)) {
                        writer.flush();
                        writer.dropTeaserHeading();
                        writer.dropListLabel();
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    writer.open(element);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element) {
                    writer.close(element);
                }
                return FilterResult.CONTINUE;
            }
        }, container);
        writer.flush();
        return writer.blocks;
    }

    /** A list whose items are mostly links: "more stories", topic lists, roundups. */
    private static boolean isLinkList(Element element, HtmlArticleExtractor.TextWeights weights) {
        String tag = element.normalName();
        return (tag.equals("ul") || tag.equals("ol")) && weights.linkDensity(element) > 0.4;
    }

    /** A label line ending in a colon goes with the list of links under it; before other text it leads in. */
    private void dropListLabel() {
        if (lastLabel >= 0 && lastLabel == blocks.size() - 1) {
            blocks.remove(lastLabel);
        }
        lastLabel = -1;
    }

    private void dropTeaserHeading() {
        if (lastHeading >= 0 && lastHeading == blocks.size() - 1) {
            blocks.remove(lastHeading);
        }
        lastHeading = -1;
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
        if (!text.isEmpty()) {
            if (keep(text)) {
                blocks.add(text);
                lastHeading = heading || readsAsHeading(text) ? blocks.size() - 1 : -1;
                lastLabel = readsAsLabel(text) ? blocks.size() - 1 : -1;
            } else if (linkChars > 0) {
                dropTeaserHeading();
            }
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
        if (folded.length() <= 40 && PROMPTS.contains(folded)) {
            return false;
        }
        int words = wordCount(folded);
        if (words <= CREDIT_WORDS && STAFF_CREDIT.matcher(folded).find()) {
            return false;
        }
        if (words > 12) {
            return true;
        }
        boolean pictureCredit = folded.contains("\u00A9") && PICTURE_WORDS.matcher(folded).find();
        boolean legalNotice = folded.startsWith("copyright") || folded.contains("all rights reserved");
        return !(folded.startsWith("related") || legalNotice || pictureCredit);
    }

    private static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = !Character.isWhitespace(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    /** A short line ending in a colon: the label of what follows ("Read more:"). */
    private static boolean readsAsLabel(String text) {
        return text.length() <= 60 && text.charAt(text.length() - 1) == ':';
    }

    /** Short and without closing punctuation: a subheading, a teaser title, a label. */
    private static boolean readsAsHeading(String text) {
        if (text.length() > 80) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return last != '.' && last != '!' && last != '?' && last != '"' && last != '\u201D' && last != ':';
    }
}
