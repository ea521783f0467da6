package io.newsroom.extraction.engine.normalize;

import io.newsroom.extraction.engine.text.Lexicon;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/** The news-article object a page describes in its JSON-LD ({@code NewsArticle}, {@code BlogPosting}, ...), if any. */
record JsonLdArticle(String headline, String alternativeHeadline, String author, String datePublished,
                     String section, String articleBody) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Lexicon.words(JsonLdArticle.class, "jsonld-article-types.txt");

    static JsonLdArticle empty() {
        return new JsonLdArticle(null, null, null, null, null, null);
    }

    static JsonLdArticle read(Document page) {
        JsonNode best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data());
            } catch (JsonProcessingException e) {
                continue;
            }
            Deque<JsonNode> pending = new ArrayDeque<>();
            pending.push(root);
            int visited = 0;
            while (!pending.isEmpty() && visited++ < 500) {
                JsonNode node = pending.pop();
                if (node.isArray()) {
                    node.forEach(pending::add);
                } else if (node.isObject()) {
                    int rank = rank(node);
                    if (rank < bestRank) {
                        best = node;
                        bestRank = rank;
                    }
                    JsonNode graph = node.get("@graph");
                    if (graph != null) {
                        pending.add(graph);
                    }
                    JsonNode main = node.get("mainEntity");
                    if (main != null) {
                        pending.add(main);
                    }
                }
            }
        }
        if (best == null) {
            return empty();
        }
        return new JsonLdArticle(string(best.get("headline")), string(best.get("alternativeHeadline")),
                person(best.get("author")), string(best.get("datePublished")), string(best.get("articleSection")),
                string(best.get("articleBody")));
    }

    /** Lower is better: a news article over a generic web page; anything else is not an article. */
    private static int rank(JsonNode node) {
        JsonNode type = node.get("@type");
        int rank = Integer.MAX_VALUE;
        if (type == null) {
            return rank;
        }
        for (JsonNode t : type.isArray() ? type : JSON.createArrayNode().add(type)) {
            String name = t.asText().toLowerCase(Locale.ROOT);
            if (ARTICLE_TYPES.contains(name)) {
                rank = Math.min(rank, name.equals("webpage") ? 2 : name.contains("article") ? 0 : 1);
            }
        }
        return rank;
    }

    private static String person(JsonNode author) {
        if (author == null) {
            return null;
        }
        if (author.isArray()) {
            StringBuilder names = new StringBuilder();
            for (JsonNode one : author) {
                String name = person(one);
                if (name != null) {
                    names.append(names.isEmpty() ? "" : ", ").append(name);
                }
            }
            return names.isEmpty() ? null : names.toString();
        }
        return author.isObject() ? string(author.get("name")) : string(author);
    }

    private static String string(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : string(node.get(0));
        }
        String value = node.isValueNode() ? node.asText().strip() : null;
        return value == null || value.isEmpty() ? null : value;
    }
}
