package io.newsroom.extraction.engine.text;

import io.newsroom.extraction.engine.ArticleAnalysis;
import io.newsroom.extraction.engine.Stage;
import io.newsroom.extraction.engine.model.Sentence;
import io.newsroom.extraction.engine.model.Token;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits the cleaned text into sentences and tokens; abbreviations such as "U.S." or "Gov." do not end a sentence. */
public final class SentenceSplitter implements Stage {

    private static final Pattern SENTENCE = Pattern.compile("[^\\n.!?]+(?:[.!?]+[\"'\u201D\u2019]?|\\n|$)");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019.-][\\p{L}\\p{N}]+)*|\\S");

    @Override
    public void apply(ArticleAnalysis analysis) {
        String text = analysis.text;
        Matcher sentence = SENTENCE.matcher(text);
        while (sentence.find()) {
            int start = sentence.start();
            int end = sentence.end();
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (start == end) {
                continue;
            }
            int index = analysis.sentences.size();
            analysis.sentences.add(new Sentence(index, start, end, 0));
            Matcher token = TOKEN.matcher(text).region(start, end);
            while (token.find()) {
                analysis.tokens.add(new Token(token.group(), token.start(), token.end(), index));
            }
        }
    }
}
