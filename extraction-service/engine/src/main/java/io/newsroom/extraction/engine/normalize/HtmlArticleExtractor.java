package io.newsroom.extraction.engine.normalize;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the story in a web page: strips page furniture ({@link PageChrome}), scores the containers that hold
 * prose (commas, paragraph length, few links, class words) and writes the winning container's paragraphs,
 * headings and list items in reading order, one blank line apart. Every pass visits each node a bounded number
 * of times, so the work grows linearly with the page.
 */
final class HtmlArticleExtractor {

    /** The story text and the headings of the furniture that was cut from around it. */
    record MainText(String text, List<String> removedHeadings) {
    }

    private static final Set<String> STORY_WORDS = Set.of("article", "body", "content", "entry", "main", "story", "text",
            "post", "prose", "richtext");
    private static final int MAX_REMOVED_HEADINGS = 8;
    private static final int ANCESTOR_LEVELS = 5;
    private static final int STRONG_CANDIDATES = 3;
    private static final int RUNNERS_UP = 5;
    private static final int MIN_DESCRIBED_BODY = 500;
    private static final double TWIN_LINK_CEILING = 0.3;
    /** Loose lines of labels ("Label: Sony", "Genre: Pop") are shorter than a paragraph of prose. */
    private static final int MIN_LOOSE_TEXT = 80;
    private static final Set<String> LOOSE_TEXT_HOLDERS = Set.of("div", "section", "article", "main", "font", "center");

    private HtmlArticleExtractor() {
    }

    static MainText extract(Element body) {
        List<String> removedHeadings = new ArrayList<>();
        TextWeights before = TextWeights.of(body);
        stripFurniture(body, before, removedHeadings);
        TextWeights weights = TextWeights.of(body);
        Map<Element, Double> scores = containerScores(body, weights);
        Element top = best(scores, body);
        Element container = spreadOver(widen(top, scores, body), weights, body);
        List<Element> parts = withTwins(withRelatedSiblings(container, scores, weights), List.of(top, container), body,
                weights);
        List<String> blocks = new ArrayList<>();
        for (Element part : parts) {
            blocks.addAll(StoryBlocks.of(part, weights));
        }
        return new MainText(String.join("\n\n", StoryEnd.trim(blocks)), removedHeadings);
    }

    /**
     * The page's JSON-LD articleBody when the extracted story is much shorter than it: the layout defeated the
     * scoring, and the publisher's own copy of the body is the better answer.
     */
    static String orDescribedBody(String extracted, JsonLdArticle described) {
        String body = described.articleBody();
        if (body == null || body.length() < MIN_DESCRIBED_BODY || extracted.length() * 2 >= body.length()) {
            return extracted;
        }
        Element fragment = Jsoup.parseBodyFragment(body.replace("\n", "<br>")).body();
        return String.join("\n\n", StoryBlocks.of(fragment, TextWeights.of(fragment)));
    }

    private static void stripFurniture(Element body, TextWeights weights, List<String> removedHeadings) {
        int pageProse = weights.prose(body);
        Set<String> seen = new LinkedHashSet<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) {
                    return FilterResult.REMOVE;
                }
                if (!(node instanceof Element element) || node == body) {
                    return FilterResult.CONTINUE;
                }
                String tag = element.normalName();
                if (PageChrome.DEAD_TAGS.contains(tag)) {
                    return FilterResult.REMOVE;
                }
                List<String> words = PageChrome.words(element);
                boolean furniture = PageChrome.CHROME_TAGS.contains(tag) || PageChrome.hasChromeRole(element)
                        || PageChrome.isHidden(element) || PageChrome.looksLikeFurniture(element, words);
                if (!furniture || PageChrome.isPullQuote(element, weights)) {
                    return FilterResult.CONTINUE;
                }
                boolean holdsTheStory = weights.prose(element) * 2 > pageProse && !PageChrome.isDiscussion(words);
                if (holdsTheStory) {
                    return FilterResult.CONTINUE;
                }
                if (!PageChrome.isNavigation(element, words)) {
                    collectHeadings(element, seen, removedHeadings);
                }
                return FilterResult.REMOVE;
            }
        }, body);
    }

    private static void collectHeadings(Element removed, Set<String> seen, List<String> out) {
        if (out.size() >= MAX_REMOVED_HEADINGS) {
            return;
        }
        for (Element heading : removed.select("h2, h3, h4")) {
            String text = heading.text().strip();
            if (!text.isEmpty() && text.length() <= 60 && seen.add(text) && out.size() < MAX_REMOVED_HEADINGS) {
                out.add(text);
            }
        }
    }

    /** Readability's idea: each paragraph votes for its parent and, less, for its further ancestors. */
    private static Map<Element, Double> containerScores(Element body, TextWeights weights) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element element : body.getAllElements()) {
            boolean paragraph = isParagraph(element);
            int length = paragraph ? weights.text(element) : looseTextLength(element);
            if (length < (paragraph ? 25 : MIN_LOOSE_TEXT)) {
                continue;
            }
            int commas = paragraph ? weights.commas(element) : looseCommas(element);
            double vote = 1 + commas + Math.min(length / 100.0, 3);
            // Text written straight into a block beside its child blocks (lines between <br>s) is that block's own
            // paragraph: it votes as if wrapped in one.
            Element ancestor = paragraph ? element.parent() : element;
            for (int level = 0; level < ANCESTOR_LEVELS && ancestor != null; level++) {
                double share = level == 0 ? vote : level == 1 ? vote / 2 : vote / (level * 3);
                scores.put(ancestor, scores.computeIfAbsent(ancestor, HtmlArticleExtractor::baseScore) + share);
                if (ancestor == body) {
                    break;
                }
                ancestor = ancestor.parent();
            }
        }
        scores.replaceAll((element, score) -> score * (1 - weights.linkDensity(element)));
        return scores;
    }

    /** Visible length of the text a block holds directly, outside its child elements. */
    private static int looseTextLength(Element element) {
        if (!LOOSE_TEXT_HOLDERS.contains(element.normalName())) {
            return 0;
        }
        int length = 0;
        for (TextNode text : element.textNodes()) {
            length += TextWeights.visibleLength(text.getWholeText().strip());
        }
        return length;
    }

    private static int looseCommas(Element element) {
        int commas = 0;
        for (TextNode text : element.textNodes()) {
            commas += TextWeights.commas(text.getWholeText());
        }
        return commas;
    }

    private static Element best(Map<Element, Double> scores, Element body) {
        Element best = body;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            if (entry.getValue() > bestScore) {
                bestScore = entry.getValue();
                best = entry.getKey();
            }
        }
        return best;
    }

    /**
     * A story cut into chunks (text, ad, text) makes each chunk a candidate: move up to the ancestor that holds
     * several strong candidates, or whose score rises above the chunk's, and past wrappers with a single child.
     */
    private static Element widen(Element top, Map<Element, Double> scores, Element body) {
        if (top == body) {
            return body;
        }
        double topScore = scores.getOrDefault(top, 0.0);
        List<Element> strong = scores.entrySet().stream()
                .filter(entry -> entry.getKey() != top && entry.getValue() >= topScore * 0.75)
                .sorted(Map.Entry.<Element, Double>comparingByValue().reversed())
                .limit(RUNNERS_UP).map(Map.Entry::getKey).toList();
        Element chosen = top;
        if (strong.size() >= STRONG_CANDIDATES) {
            for (Element ancestor = top.parent(); ancestor != null && ancestor != body; ancestor = ancestor.parent()) {
                int held = 0;
                for (Element candidate : strong) {
                    if (isAncestor(ancestor, candidate)) {
                        held++;
                    }
                }
                if (held >= STRONG_CANDIDATES) {
                    chosen = ancestor;
                    break;
                }
            }
        }
        double lastScore = scores.getOrDefault(chosen, 0.0);
        double floor = lastScore / 3;
        for (Element parent = chosen.parent(); parent != null && parent != body; parent = parent.parent()) {
            Double parentScore = scores.get(parent);
            if (parentScore == null) {
                continue;
            }
            if (parentScore < floor) {
                break;
            }
            if (parentScore > lastScore) {
                chosen = parent;
                break;
            }
            lastScore = parentScore;
        }
        while (chosen.parent() != null && chosen.parent() != body && chosen.parent().children().size() == 1) {
            chosen = chosen.parent();
        }
        return chosen;
    }

    /** Climbs while the parent holds clearly more story prose than the container, without becoming a link farm. */
    private static Element spreadOver(Element container, TextWeights weights, Element body) {
        if (container == body) {
            return body;
        }
        Element chosen = container;
        for (Element parent = chosen.parent(); parent != null && parent != body; parent = parent.parent()) {
            int mine = weights.paragraphs(chosen);
            int theirs = weights.paragraphs(parent);
            double linkCeiling = Math.min(0.35, weights.linkDensity(chosen) + 0.1);
            if (theirs < mine * 1.3 || weights.linkDensity(parent) > linkCeiling) {
                break;
            }
            chosen = parent;
        }
        return chosen;
    }

    private static boolean isAncestor(Element ancestor, Element element) {
        for (Element up = element.parent(); up != null; up = up.parent()) {
            if (up == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The story is often split over sibling blocks (text, photo, text): keep the siblings that score like it. */
    private static List<Element> withRelatedSiblings(Element container, Map<Element, Double> scores,
                                                     TextWeights weights) {
        Element parent = container.parent();
        if (parent == null) {
            return List.of(container);
        }
        double threshold = Math.max(10, scores.getOrDefault(container, 0.0) * 0.2);
        List<Element> parts = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == container || scores.getOrDefault(sibling, 0.0) >= threshold
                    || isProseSibling(sibling, weights)) {
                parts.add(sibling);
            }
        }
        return parts;
    }

    /**
     * Templates that cut a story around ads or photos repeat its blocks: other elements with the exact tag and
     * classes of the story's container, or of the block that holds most of its paragraphs, that hold story prose
     * are parts of the story too, kept in reading order.
     */
    private static List<Element> withTwins(List<Element> parts, List<Element> models, Element body,
                                           TextWeights weights) {
        Set<String> signatures = new HashSet<>();
        for (Element model : models) {
            if (model != body && !model.className().isBlank()) {
                signatures.add(signature(model));
            }
        }
        if (signatures.isEmpty()) {
            return parts;
        }
        Set<Element> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        chosen.addAll(parts);
        List<Element> ordered = new ArrayList<>();
        boolean twinFound = false;
        for (Element element : body.getAllElements()) {
            if (chosen.contains(element)) {
                ordered.add(element);
            } else if (signatures.contains(signature(element)) && weights.paragraphs(element) > 0
                    && weights.linkDensity(element) < TWIN_LINK_CEILING && !overlaps(element, ordered) && !overlaps(element, parts)) {
                ordered.add(element);
                twinFound = true;
            }
        }
        return twinFound ? ordered : parts;
    }

    private static String signature(Element element) {
        return element.normalName() + '.' + element.className().strip();
    }

    /** Whether the element is inside one of the parts or holds one of them. */
    private static boolean overlaps(Element element, List<Element> parts) {
        for (Element part : parts) {
            if (isAncestor(part, element) || isAncestor(element, part)) {
                return true;
            }
        }
        return false;
    }

    /** A paragraph beside the container, as a {@code <p>} or a bare block of text (a lead set apart from the body). */
    private static boolean isProseSibling(Element sibling, TextWeights weights) {
        if (!sibling.normalName().equals("p") && !(sibling.normalName().equals("div") && isParagraph(sibling))) {
            return false;
        }
        int length = weights.text(sibling);
        double links = weights.linkDensity(sibling);
        String text = sibling.text();
        return (length > 80 && links < 0.25) || (length > 0 && links == 0 && text.endsWith("."));
    }

    private static boolean isParagraph(Element element) {
        String tag = element.normalName();
        if (tag.equals("p") || tag.equals("pre") || tag.equals("td") || tag.equals("blockquote")) {
            return true;
        }
        if (!tag.equals("div") && !tag.equals("section") && !tag.equals("span") && !tag.equals("font")) {
            return false;
        }
        for (Element child : element.children()) {
            if (StoryBlocks.BREAKS.contains(child.normalName())) {
                return false;
            }
        }
        return element.childNodeSize() > 0;
    }

    private static double baseScore(Element element) {
        double score = switch (element.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote", "section" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if ("articleBody".equals(element.attr("itemprop"))) {
            score += 25;
        }
        boolean story = false;
        for (String word : PageChrome.words(element)) {
            story |= STORY_WORDS.contains(word);
        }
        return score + (story ? 25 : 0);
    }

    /** Text and link-text lengths and comma counts of every element, from one walk over the tree. */
    static final class TextWeights {
        private final Map<Element, int[]> counts = new IdentityHashMap<>();

        static TextWeights of(Element root) {
            TextWeights weights = new TextWeights();
            NodeTraversor.traverse(new NodeVisitor() {
                private int linkDepth;

                @Override
                public void head(Node node, int depth) {
                    if (node instanceof Element element && element.normalName().equals("a")) {
                        linkDepth++;
                    }
                }

                @Override
                public void tail(Node node, int depth) {
                    if (node instanceof TextNode textNode && node.parent() instanceof Element parent) {
                        String text = textNode.getWholeText();
                        int[] own = weights.counts.computeIfAbsent(parent, e -> new int[5]);
                        int length = visibleLength(text);
                        own[0] += length;
                        own[1] += linkDepth > 0 ? length : 0;
                        own[2] += commas(text);
                        own[3] += linkDepth > 0 ? 0 : length;
                    } else if (node instanceof Element element) {
                        if (element.normalName().equals("a")) {
                            linkDepth--;
                        }
                        int[] own = weights.counts.get(element);
                        if (own != null && own[0] >= 80 && own[1] * 4 < own[0] && isParagraph(element)) {
                            own[4] = own[0];
                        }
                        if (own != null && element.parent() != null && node != root) {
                            int[] up = weights.counts.computeIfAbsent(element.parent(), e -> new int[5]);
                            for (int i = 0; i < own.length; i++) {
                                up[i] += own[i];
                            }
                        }
                    }
                }
            }, root);
            return weights;
        }

        int text(Element element) {
            int[] own = counts.get(element);
            return own == null ? 0 : own[0];
        }

        int prose(Element element) {
            int[] own = counts.get(element);
            return own == null ? 0 : own[3];
        }

        /** Characters in long paragraphs with few links: the measure of story prose. */
        int paragraphs(Element element) {
            int[] own = counts.get(element);
            return own == null ? 0 : own[4];
        }

        int commas(Element element) {
            int[] own = counts.get(element);
            return own == null ? 0 : own[2];
        }

        double linkDensity(Element element) {
            int[] own = counts.get(element);
            return own == null || own[0] == 0 ? 0 : (double) own[1] / own[0];
        }

        private static int visibleLength(String text) {
            int length = 0;
            boolean space = true;
            for (int i = 0; i < text.length(); i++) {
                boolean white = Character.isWhitespace(text.charAt(i));
                if (!white || !space) {
                    length++;
                }
                space = white;
            }
            return length;
        }

        private static int commas(String text) {
            int commas = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == ',' || c == '\uFF0C' || c == '\u060C' || c == '\u3001') {
                    commas++;
                }
            }
            return commas;
        }
    }
}
