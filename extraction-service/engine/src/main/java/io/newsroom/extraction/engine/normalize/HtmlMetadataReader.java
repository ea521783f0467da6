package io.newsroom.extraction.engine.normalize;

import io.newsroom.extraction.engine.model.ArticleMetadata;
import io.newsroom.extraction.engine.text.Lexicon;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a web page says about its story: meta tags (Open Graph, article:*, Dublin Core), JSON-LD, and the visible
 * page (h1, byline, {@code <time>}, breadcrumbs). Read before the furniture is stripped, since headers and
 * breadcrumbs are furniture.
 */
final class HtmlMetadataReader {

    private static final List<String> PUBLISHED_META =
            List.copyOf(Lexicon.lines(HtmlMetadataReader.class, "publication-date-meta.txt"));
    private static final String[] AUTHOR_META = {"author", "article:author", "byl", "sailthru.author",
            "parsely-author", "dc.creator", "twitter:creator"};
    private static final int VISIBLE_DATELINES = 20;
    private static final Pattern BY_PREFIX = Pattern.compile("(?i)^\\s{0,4}(?:[a-z]{1,12}\\s)?by\\s{1,4}");
    /** What follows a name in a visible byline: "| November 1", "@handle", ", Staff Writer". */
    private static final Pattern BYLINE_TAIL = Pattern.compile("\\s(?:[|@•]|[-–—]\\s)[^\\n]{0,200}$");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s[|\\-–—:·•»]{1,2}\\s");

    private HtmlMetadataReader() {
    }

    static ArticleMetadata read(Document page, JsonLdArticle ld) {
        Map<String, String> meta = metaTags(page);
        String title = title(page, meta, ld);
        String subtitle = first(ld.alternativeHeadline(), textOf(page, "[itemprop=alternativeHeadline], .subtitle, "
                + ".standfirst, .dek, .subheadline, .sub-headline, .article-subtitle, .article-dek"));
        if (subtitle != null && subtitle.equalsIgnoreCase(title)) {
            subtitle = null;
        }
        String byline = byline(page, meta, ld);
        String published = published(page, meta, ld);
        String section = first(meta.get("article:section"), ld.section(), breadcrumbs(page, title));
        return new ArticleMetadata(title, clip(subtitle, 300), clip(section, 80), clip(byline, 200), published,
                language(page, meta));
    }

    /** Every meta tag's content under each of its keys (property, name, itemprop words, http-equiv), lower case. */
    private static Map<String, String> metaTags(Document page) {
        Map<String, String> tags = new HashMap<>();
        for (Element meta : page.getElementsByTag("meta")) {
            String content = blankToNull(meta.attr("content"));
            if (content == null) {
                continue;
            }
            String value = Parser.unescapeEntities(content, false).strip();
            for (String attribute : new String[]{"property", "name", "itemprop", "http-equiv"}) {
                for (String key : meta.attr(attribute).toLowerCase(Locale.ROOT).split("\\s+")) {
                    if (!key.isEmpty()) {
                        tags.putIfAbsent(key, value);
                    }
                }
            }
        }
        return tags;
    }

    private static String title(Document page, Map<String, String> meta, JsonLdArticle ld) {
        Element h1 = page.selectFirst("h1");
        String heading = h1 == null ? null : blankToNull(h1.text());
        String og = first(meta.get("og:title"), meta.get("twitter:title"));
        String candidate = first(unescape(ld.headline()), og, heading, blankToNull(page.title()));
        if (candidate == null) {
            return null;
        }
        if (heading != null && candidate.startsWith(heading)) {
            return heading;
        }
        return withoutSiteName(candidate, meta.get("og:site_name"));
    }

    /** "Story title | Site" gives "Story title" when the last part is short or names the site. */
    static String withoutSiteName(String title, String siteName) {
        var separators = TITLE_SEPARATOR.matcher(title);
        int cut = -1;
        while (separators.find()) {
            cut = separators.start();
        }
        if (cut <= 0) {
            return title;
        }
        String head = title.substring(0, cut).strip();
        String tail = title.substring(cut).replaceFirst("^\\s[|\\-–—:·•»]{1,2}\\s", "").strip();
        boolean namesSite = siteName != null && tail.equalsIgnoreCase(siteName.strip());
        boolean short4 = tail.split("\\s+").length <= 4 && head.split("\\s+").length >= 3;
        return namesSite || short4 ? head : title;
    }

    private static String byline(Document page, Map<String, String> meta, JsonLdArticle ld) {
        List<String> candidates = new ArrayList<>();
        for (String name : AUTHOR_META) {
            candidates.add(meta.get(name));
        }
        candidates.add(unescape(ld.author()));
        candidates.add(textOf(page, "[rel=author], [itemprop=author] [itemprop=name], [itemprop=author], .byline, "
                + ".author-name, .article-byline"));
        for (String candidate : candidates) {
            if (candidate != null && !candidate.startsWith("http") && !candidate.startsWith("@")) {
                String name = BYLINE_TAIL.matcher(BY_PREFIX.matcher(candidate).replaceFirst("")).replaceFirst("");
                if (!name.isBlank()) {
                    return name.strip();
                }
            }
        }
        return null;
    }

    private static String published(Document page, Map<String, String> meta, JsonLdArticle ld) {
        List<String> candidates = new ArrayList<>();
        for (String name : PUBLISHED_META) {
            candidates.add(meta.get(name));
        }
        candidates.add(ld.datePublished());
        Element itemprop = page.selectFirst("[itemprop=datePublished]");
        if (itemprop != null) {
            candidates.add(first(blankToNull(itemprop.attr("content")), blankToNull(itemprop.attr("datetime")),
                    itemprop.text()));
        }
        Element time = page.selectFirst("time[datetime]");
        if (time != null) {
            candidates.add(time.attr("datetime"));
        }
        int visible = 0;
        for (Element dateline : page.select("time, [class*=date], [class*=publish], [class*=timestamp], [id*=date]")) {
            if (visible++ >= VISIBLE_DATELINES) {
                break;
            }
            candidates.add(dateline.text());
        }
        for (String candidate : candidates) {
            Optional<String> iso = PublicationDateParser.parse(candidate);
            if (iso.isPresent()) {
                return iso.get();
            }
        }
        return null;
    }

    /** The deepest crumb above the story itself ("Home > World > Europe > Title" gives "Europe"): one section. */
    private static String breadcrumbs(Document page, String title) {
        Element trail = page.selectFirst("[class*=breadcrumb], [id*=breadcrumb], [itemtype*=BreadcrumbList]");
        if (trail == null) {
            return null;
        }
        Elements items = trail.select("li, [itemprop=itemListElement]");
        String section = null;
        for (Element item : items.isEmpty() ? trail.select("a") : items) {
            if (item.normalName().equals("li") && item.getElementsByTag("li").size() > 1) {
                continue;
            }
            String text = item.text().strip();
            String shown = withoutEllipsis(text);
            boolean story = title != null && (text.equalsIgnoreCase(title)
                    || shown.length() > 12 && title.regionMatches(true, 0, shown, 0, shown.length()));
            if (!text.isEmpty() && !text.equalsIgnoreCase("home") && !story && text.length() < 40) {
                section = text;
            }
        }
        return section;
    }

    private static String withoutEllipsis(String text) {
        int cut = text.endsWith("...") ? 3 : text.endsWith("\u2026") ? 1 : 0;
        return text.substring(0, text.length() - cut).strip();
    }

    private static String language(Document page, Map<String, String> meta) {
        Element html = page.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang");
        if (lang.isBlank()) {
            lang = first(meta.get("content-language"), meta.get("og:locale"));
        }
        if (lang == null) {
            return null;
        }
        String primary = lang.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }

    private static String unescape(String value) {
        return value == null ? null : Parser.unescapeEntities(value, false);
    }

    private static String textOf(Document page, String selector) {
        Element element = page.selectFirst(selector);
        return element == null ? null : blankToNull(element.text());
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : null;
    }
}
