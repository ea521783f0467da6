package io.newsroom.extraction.engine.normalize;

import io.newsroom.extraction.engine.ArticleAnalysis;
import io.newsroom.extraction.engine.Stage;
import org.jsoup.Jsoup;

import java.text.Normalizer;

/** HTML or a plain-text page copy in, main article text, metadata and removed boilerplate out. */
public final class InputNormalizer implements Stage {

    @Override
    public void apply(ArticleAnalysis analysis) {
        String content = analysis.request().content();
        String text = analysis.request().isHtml() ? Jsoup.parse(content).wholeText() : content;
        text = Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00A0', ' ');
        analysis.text = text;
        analysis.metadata = analysis.metadata.withPublished(analysis.request().published());
    }
}
