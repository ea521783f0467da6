package io.newsroom.extraction.engine.quotes;

import io.newsroom.extraction.engine.text.Lexicon;
import io.newsroom.extraction.engine.text.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The verbs that attribute words to a speaker, by what they do. */
final class SpeechCues {

    enum Kind {
        /** A speech act: "said", "told", "tweeted". */
        SAY,
        /** A thought or attitude, reported speech only: "believes", "fears". */
        BELIEF,
        /** Names or describes something in the speaker's words: "called it", "described as". */
        LABEL
    }

    private static final Map<String, Kind> KINDS = load();
    private static final Set<String> NOUN_MARKERS = Lexicon.words(SpeechCues.class, "noun-markers.txt");

    private static final Set<String> FINITE_VERBS = Set.of("is", "was", "are", "were", "has", "have", "had");
    private static final Set<String> NOUNS = Lexicon.words(SpeechCues.class, "cue-nouns.txt");

    private SpeechCues() {
    }

    private static boolean possessive(Token word) {
        return word.text().endsWith("'s") || word.text().endsWith("\u2019s");
    }

    private static Map<String, Kind> load() {
        Map<String, Kind> kinds = new HashMap<>();
        for (String entry : Lexicon.lines(SpeechCues.class, "speech-cues.txt")) {
            String[] parts = entry.split("\\s+");
            kinds.putIfAbsent(parts[1], Kind.valueOf(parts[0].toUpperCase()));
        }
        return kinds;
    }

    /** The kind of cue {@code word} is, or null; a capitalised word counts only at the start of a sentence. */
    static Kind of(Token word) {
        String text = word.text();
        if (!Character.isLowerCase(text.charAt(0))) {
            return null;
        }
        return KINDS.get(text);
    }

    static Kind of(String lowerWord) {
        return KINDS.get(lowerWord);
    }

    /**
     * The kind of cue the word at {@code index} is; after a determiner ("his claim", "the report") it is a noun, and
     * so is a noun-like cue after a determiner and an adjective or before another cue ("the congressional report said").
     */
    static Kind at(List<Token> words, int index) {
        Kind kind = of(words.get(index));
        if (kind != null && index > 0 && NOUN_MARKERS.contains(words.get(index - 1).key())) {
            return null;
        }
        if (kind != null && NOUNS.contains(words.get(index).text())) {
            boolean afterAdjective = index > 1 && NOUN_MARKERS.contains(words.get(index - 2).key())
                    && words.get(index - 1).isWord() && !words.get(index - 1).key().endsWith("ly");
            boolean possessed = index > 0 && possessive(words.get(index - 1));
            // "her mental state is", "the claims were": a verb right after it makes the cue its subject
            boolean beforeVerb = index + 1 < words.size() && FINITE_VERBS.contains(words.get(index + 1).text());
            boolean beforeCue = index + 1 < words.size() && of(words.get(index + 1)) != null;
            // "a series of tweets", "a flurry of angry tweets": after "of" a cue names the words, it does not say them
            boolean afterOf = index > 0 && words.get(index - 1).is("of") || index > 1 && words.get(index - 2).is("of") && words.get(index - 1).isWord();
            // "a Riverton Council tweet": a bare form right after a name is no verb ("the council tweets")
            boolean afterName = index > 1 && words.get(index - 1).isCapitalized() && words.get(index - 1).isWord()
                    && !words.get(index - 1).key().endsWith("s") && !words.get(index - 1).text().equals("I")
                    && !words.get(index).text().endsWith("s") && words.get(index - 2).isWord();
            if (afterAdjective || possessed || beforeCue || beforeVerb || afterOf || afterName) {
                return null;
            }
        }
        return kind;
    }
}
