package io.newsroom.extraction.engine.normalize;

import io.newsroom.extraction.engine.text.Lexicon;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises the parts of a web page that are not the story: navigation, share bars, related links, comments,
 * advertising, cookie banners. Decisions use the tag, the ARIA role and the words of the class and id attributes.
 */
final class PageChrome {

    /** Removed whatever they hold. */
    static final Set<String> DEAD_TAGS = Lexicon.words(PageChrome.class, "dead-tags.txt");
    /** Removed unless they hold most of the page's prose (some sites wrap the whole page in them). */
    static final Set<String> CHROME_TAGS = Set.of("nav", "aside", "footer", "header", "form", "figure", "figcaption",
            "fieldset");
    static final Set<String> CHROME_ROLES = Lexicon.words(PageChrome.class, "chrome-roles.txt");

    /** Words that mark page furniture even inside the story's container. */
    private static final Set<String> FURNITURE = Lexicon.words(PageChrome.class, "furniture-words.txt");
    /** Words of a container that may legitimately also carry one of the words above. */
    private static final Set<String> STORY = Set.of("article", "body", "content", "main", "story", "entry", "post",
            "text", "prose", "richtext");
    /** Furniture that is never the story, even when it is the largest block of prose (long comment threads). */
    private static final Set<String> NEVER_STORY = Lexicon.words(PageChrome.class, "never-story-words.txt");
    /** Word starts that mark furniture in run-together class names ("commentlist", "sharebar", "relatedposts"). */
    private static final List<String> FURNITURE_PREFIXES = Lexicon.lines(PageChrome.class, "furniture-prefixes.txt");
    /** Reader comments: removed even when they outweigh the story. */
    private static final Set<String> DISCUSSION = Set.of("comment", "comments", "disqus", "respond", "replies");
    private static final Set<String> HIDDEN_CLASSES = Lexicon.words(PageChrome.class, "hidden-classes.txt");

    private static final int MAX_PULL_QUOTE = 300;
    private static final String OPENING_MARKS = "\"\u201C\u00AB\u201E\u2018'";
    private static final String CLOSING_MARKS = "\"\u201D\u00BB\u201C\u2019'";

    private PageChrome() {
    }

    /** The lower-case words of an element's class and id ("articleBody share-bar" gives article, body, share, bar). */
    static List<String> words(Element element) {
        List<String> words = new ArrayList<>();
        split(element.className(), words);
        split(element.id(), words);
        return words;
    }

    private static void split(String attribute, List<String> words) {
        StringBuilder word = new StringBuilder();
        char previous = ' ';
        for (int i = 0; i < attribute.length(); i++) {
            char c = attribute.charAt(i);
            boolean camelBreak = Character.isUpperCase(c) && Character.isLowerCase(previous);
            if (!Character.isLetterOrDigit(c) || camelBreak) {
                flush(word, words);
            }
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            }
            previous = c;
        }
        flush(word, words);
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (!word.isEmpty()) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    /** Whether the words say furniture, and either the class names do not name the story or the word is unambiguous. */
    static boolean looksLikeFurniture(Element element, List<String> words) {
        boolean furniture = false;
        for (String word : words) {
            if (NEVER_STORY.contains(word) || startsLikeFurniture(word)) {
                return true;
            }
            furniture |= FURNITURE.contains(word);
        }
        return furniture && !namesTheStory(element);
    }

    /** In BEM class names ("post__title__excerpt") the block names the whole page part: only the last part counts. */
    private static boolean namesTheStory(Element element) {
        List<String> words = new ArrayList<>();
        for (String name : element.classNames()) {
            int lastPart = name.lastIndexOf("__");
            split(lastPart >= 0 ? name.substring(lastPart + 2) : name, words);
        }
        split(element.id(), words);
        for (String word : words) {
            if (STORY.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsLikeFurniture(String word) {
        if (word.startsWith("commentar")) {
            return false;
        }
        for (String prefix : FURNITURE_PREFIXES) {
            if (word.length() > prefix.length() && word.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    static boolean isDiscussion(List<String> words) {
        for (String word : words) {
            if (DISCUSSION.contains(word) || (word.startsWith("comment") && !word.startsWith("commentar"))) {
                return true;
            }
        }
        return false;
    }

    /** Site menus: their headings name the site's sections, not anything removed from the story. */
    static boolean isNavigation(Element element, List<String> words) {
        String role = element.attr("role");
        return element.normalName().equals("nav") || role.equals("navigation") || role.startsWith("menu")
                || words.contains("nav") || words.contains("navbar") || words.contains("navigation")
                || words.contains("menu");
    }

    static boolean isHidden(Element element) {
        if (element.hasAttr("hidden") || "true".equals(element.attr("aria-hidden"))) {
            return true;
        }
        String style = element.attr("style");
        if (!style.isEmpty()) {
            String compact = style.toLowerCase(Locale.ROOT).replace(" ", "");
            if (compact.contains("display:none") || compact.contains("visibility:hidden")) {
                return true;
            }
        }
        for (String name : element.classNames()) {
            if (HIDDEN_CLASSES.contains(name.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A pull quote: a short aside between the story's paragraphs that repeats a quotation from it, as readers see
     * it in the story. Its whole text sits between quotation marks and it links nowhere.
     */
    static boolean isPullQuote(Element element, HtmlArticleExtractor.TextWeights weights) {
        if (!element.normalName().equals("aside") || weights.linkDensity(element) > 0) {
            return false;
        }
        Element previous = element.previousElementSibling();
        if (previous == null || !previous.normalName().equals("p")) {
            return false;
        }
        String text = element.text().strip();
        if (text.length() < 20 || text.length() > MAX_PULL_QUOTE) {
            return false;
        }
        return OPENING_MARKS.indexOf(text.charAt(0)) >= 0 && CLOSING_MARKS.indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    static boolean hasChromeRole(Element element) {
        String role = element.attr("role");
        return !role.isEmpty() && CHROME_ROLES.contains(role.toLowerCase(Locale.ROOT).strip());
    }
}
