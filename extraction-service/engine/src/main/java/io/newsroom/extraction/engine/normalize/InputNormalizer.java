package io.newsroom.extraction.engine.normalize;

import io.newsroom.extraction.engine.ExtractionRequest;
import io.newsroom.extraction.engine.model.ArticleMetadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.util.List;

/**
 * HTML or a plain-text page copy in; the story's text, what the page says about it, and the removed boilerplate
 * out. The page's own publication date wins over the request's hint, which fills in when the page has none.
 */
public final class InputNormalizer {

    public NormalizedArticle normalize(ExtractionRequest request) {
        ArticleMetadata found;
        String guessedDate = null;
        String text;
        List<String> boilerplate;
        if (request.isHtml()) {
            Document page = Jsoup.parse(request.content());
            JsonLdArticle described = JsonLdArticle.read(page);
            found = HtmlMetadataReader.read(page, described);
            HtmlArticleExtractor.MainText main = HtmlArticleExtractor.extract(page.body());
            text = TypographyNormalizer.normalize(HtmlArticleExtractor.orDescribedBody(main.text(), described));
            boilerplate = main.removedHeadings();
        } else {
            PlainTextPageReader.TextPage page = PlainTextPageReader.read(TypographyNormalizer.normalize(request.content()));
            found = page.metadata();
            text = HardWrappedParagraphs.unwrap(page.text());
            boilerplate = page.boilerplate();
            guessedDate = page.datelineGuess();
        }
        ArticleMetadata metadata = new ArticleMetadata(clean(found.title()), clean(found.subtitle()),
                clean(found.section()), clean(found.byline()),
                firstDate(found.published(), request.published(), guessedDate), found.language());
        return new NormalizedArticle(text, metadata, boilerplate.stream().map(TypographyNormalizer::normalize).toList());
    }

    private static String firstDate(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return null;
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String text = TypographyNormalizer.normalize(value).strip();
        return text.isEmpty() ? null : text;
    }
}
