package io.newsroom.extraction.engine.quotes;

import io.newsroom.extraction.engine.model.Quote;
import io.newsroom.extraction.engine.sources.OutletCitationScanner;
import io.newsroom.extraction.engine.text.Lexicon;
import io.newsroom.extraction.engine.text.Token;
import io.newsroom.extraction.engine.text.TokenizedText;

import java.util.List;
import java.util.Set;

/**
 * Reported speech in sentences that hold no direct quote: "X told reporters that ...", "X believes ...",
 * "..., X said." The quote's text is the reported clause and {@code direct} is false.
 */
final class ReportedSpeechFinder {

    private static final Set<String> CLAUSE_OPENERS = Set.of("that");
    /** Cues whose object is the listener ("told reporters"), before the reported clause. */
    private static final Set<String> OBJECT_CUES = Set.of("told", "tells", "tell", "asked", "informed", "assured", "reminded", "warned");
    private static final Set<String> CLAUSE_SUBJECTS = Lexicon.words(ReportedSpeechFinder.class, "clause-subjects.txt");
    private static final Set<String> FINITE_VERBS = Lexicon.words(ReportedSpeechFinder.class, "finite-verbs.txt");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "his", "her", "their", "its");
    /** Words of a bare subject ("sales", "local officials") before the verb of a clause reported without "that". */
    private static final int BARE_SUBJECT_WORDS = 3;
    /** Words that open a phrase telling who a speaker is: ", a professor at ...", ", the head of ...". */
    private static final Set<String> APPOSITIVE_OPENERS = Set.of("a", "an", "the", "who");
    private static final int LISTENER_WORDS = 3;
    private static final int OBJECT_REACH = 8;
    private static final int TRAILING_ADJUNCT = 3;

    private final OutletCitationScanner outlets;

    ReportedSpeechFinder(OutletCitationScanner outlets) {
        this.outlets = outlets;
    }

    /** Adds to {@code quotes} (the direct ones, in text order) the reported speech outside them. */
    void find(List<Quote> quotes, TokenizedText doc, SpeakerResolver speakers) {
        String text = doc.text();
        List<Quote> direct = quotes.stream().filter(Quote::direct).toList();
        int next = 0;
        int pos = 0;
        while (pos < text.length()) {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            if (pos >= text.length()) {
                break;
            }
            int end = doc.sentenceEnd(pos, text.length());
            if (end <= pos) {
                end = pos + 1;
            }
            while (next < direct.size() && direct.get(next).end() <= pos) {
                next++;
            }
            if (!overlapsDirectQuote(direct, next, pos, end)) {
                Quote quote = reported(doc, pos, end, speakers);
                if (quote != null) {
                    quotes.add(quote);
                }
            }
            pos = end;
        }
    }

    /** Direct quotes come in text order, so only those from {@code first} on can reach the sentence. */
    private static boolean overlapsDirectQuote(List<Quote> direct, int first, int from, int to) {
        for (int i = first; i < direct.size() && direct.get(i).start() < to; i++) {
            if (direct.get(i).end() > from) {
                return true;
            }
        }
        return false;
    }

    private Quote reported(TokenizedText doc, int start, int end, SpeakerResolver speakers) {
        String text = doc.text();
        List<Token> words = doc.between(start, end);
        for (int k = 0; k < words.size(); k++) {
            Token word = words.get(k);
            if (word.text().equals(",")) {
                Quote trailing = trailing(text, words, k, start, speakers);
                if (trailing != null) {
                    return trailing;
                }
                continue;
            }
            SpeechCues.Kind kind = SpeechCues.at(words, k);
            if (kind != SpeechCues.Kind.SAY && kind != SpeechCues.Kind.BELIEF) {
                continue;
            }
            int[] subject = Attribution.subjectBefore(words, k, 0);
            if (subject == null) {
                continue;
            }
            int clause = clauseStart(words, k);
            if (clause < 0) {
                continue;
            }
            int clauseEnd = clauseEnd(text, words, clause);
            if (clauseEnd <= words.get(clause).start() || nounPhraseOnly(words, clause, clauseEnd)) {
                continue;
            }
            Attribution attribution = new Attribution(word.text(), kind, word.start(), words.get(subject[0]).start(),
                    words.get(subject[1] - 1).end());
            int from = words.get(clause).start();
            return quote(text, attribution, speakers.resolve(attribution, from), from, clauseEnd);
        }
        return null;
    }

    /** "Sanctions won't solve the problem, Sun noted, adding ...": the clause before ", X said". */
    private Quote trailing(String text, List<Token> words, int comma, int sentenceStart, SpeakerResolver speakers) {
        if (comma < 3) {
            return null;
        }
        int stop = comma + 1;
        while (stop < words.size() && !words.get(stop).text().equals(",") && !words.get(stop).isFullStop()) {
            stop++;
        }
        Attribution attribution = Attribution.after(text, words.subList(comma, stop), false);
        if (attribution == null || attribution.kind() != SpeechCues.Kind.SAY || attribution.cue().equals("according to")) {
            return null;
        }
        boolean inverted = attribution.cueStart() < attribution.subjectStart();
        if (inverted && (OBJECT_CUES.contains(attribution.cue())
                || stop < words.size() && !words.get(stop).isFullStop() && !describesTheSpeaker(words, stop))) {
            return null;
        }
        if (!inverted && stop - 1 - indexAt(words, attribution.cueStart()) > TRAILING_ADJUNCT) {
            return null;
        }
        SpeakerResolver.Speaker speaker = speakers.resolve(attribution, sentenceStart);
        if (inverted && speaker == null) {
            // "..., said the plan was sound": no speaker after the cue, so the words after it are what was said
            return null;
        }
        return quote(text, attribution, speaker, sentenceStart, words.get(comma).start());
    }

    /**
     * "..., said Tom Becker, a professor at Delft University.": after the speaker, a phrase that tells who they are
     * and ends the sentence, with no other cue in it (not "..., said Ann Ray, adding that ...").
     */
    private static boolean describesTheSpeaker(List<Token> words, int comma) {
        if (comma + 1 >= words.size() || !APPOSITIVE_OPENERS.contains(words.get(comma + 1).key())) {
            return false;
        }
        for (int k = comma + 1; k < words.size(); k++) {
            if (words.get(k).text().equals(",") || SpeechCues.at(words, k) != null) {
                return false;
            }
        }
        return true;
    }

    private static int indexAt(List<Token> words, int start) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).start() == start) {
                return i;
            }
        }
        return words.size();
    }

    /** The reported clause begins after "that", or right after the cue and its object ("told reporters"). */
    private static int clauseStart(List<Token> words, int cue) {
        for (int j = cue + 1; j < words.size() && j <= cue + OBJECT_REACH; j++) {
            Token word = words.get(j);
            if (CLAUSE_OPENERS.contains(word.text())) {
                return j + 1 < words.size() ? j + 1 : -1;
            }
            if (word.isFullStop() || word.text().equals(";")) {
                break;
            }
        }
        Token cueWord = words.get(cue);
        int clause = cue + 1;
        if (OBJECT_CUES.contains(cueWord.text())) {
            int listener = cue + 1;
            while (listener < words.size() && listener <= cue + LISTENER_WORDS && words.get(listener).isWordOrPossessive()
                    && !CLAUSE_SUBJECTS.contains(words.get(listener).key())) {
                listener++;
            }
            clause = listener;
        }
        if (clause + 1 < words.size() && clause > cue) {
            Token next = words.get(clause);
            if (next.isWord() && (next.isCapitalized() || CLAUSE_SUBJECTS.contains(next.key()) || bareSubject(words, clause))) {
                return clause;
            }
        }
        return -1;
    }

    /**
     * "reported the deal", "denied the charges": after the cue a determiner opens a noun phrase with no verb in it,
     * the cue's object and not a clause of what was said.
     */
    private static boolean nounPhraseOnly(List<Token> words, int clause, int clauseEnd) {
        if (!DETERMINERS.contains(words.get(clause).key())) {
            return false;
        }
        for (int k = clause + 1; k < words.size() && words.get(k).start() < clauseEnd; k++) {
            String key = words.get(k).key();
            if (FINITE_VERBS.contains(key) || key.endsWith("ed") || key.endsWith("n't")
                    || key.endsWith("s") && !key.endsWith("ss") && !key.endsWith("'s") || SpeechCues.at(words, k) != null) {
                return false;
            }
        }
        return true;
    }

    /** "said sales had fallen", "said local officials were investigating": a noun or two, then a finite verb. */
    private static boolean bareSubject(List<Token> words, int clause) {
        if (FINITE_VERBS.contains(words.get(clause).key())) {
            return false;
        }
        for (int j = clause; j < words.size() && j <= clause + BARE_SUBJECT_WORDS; j++) {
            Token word = words.get(j);
            if (j > clause && FINITE_VERBS.contains(word.key())) {
                return true;
            }
            if (!word.isLetters() || word.isCapitalized() || CLAUSE_SUBJECTS.contains(word.key())) {
                return false;
            }
        }
        return false;
    }

    private int clauseEnd(String text, List<Token> words, int clause) {
        int end = words.get(words.size() - 1).end();
        if (words.get(words.size() - 1).isSentenceMark()) {
            end = words.get(words.size() - 1).start();
        }
        for (OutletCitationScanner.OutletCitation citation : outlets.find(text, words.get(clause).start(), end)) {
            int comma = text.lastIndexOf(',', citation.nameStart());
            if (comma > words.get(clause).start() && citation.start() >= comma) {
                end = Math.min(end, comma);
            }
        }
        return end;
    }

    private static Quote quote(String text, Attribution attribution, SpeakerResolver.Speaker speaker, int start, int end) {
        int clauseEnd = QuoteAttributor.cleanEnd(text, start, end);
        if (clauseEnd <= start) {
            return null;
        }
        return new Quote(text.substring(start, clauseEnd), speaker == null ? null : speaker.name(),
                speaker == null ? null : speaker.id(), null, false, attribution.cue(), start, clauseEnd);
    }
}
