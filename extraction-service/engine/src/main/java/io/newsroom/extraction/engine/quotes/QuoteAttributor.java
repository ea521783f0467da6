package io.newsroom.extraction.engine.quotes;

import io.newsroom.extraction.engine.model.Entity;
import io.newsroom.extraction.engine.model.Quote;
import io.newsroom.extraction.engine.quotes.QuoteMarkScanner.QuotedSpan;
import io.newsroom.extraction.engine.sources.NewsOutletLexicon;
import io.newsroom.extraction.engine.sources.OutletCitationScanner.OutletCitation;
import io.newsroom.extraction.engine.sources.OutletCitationScanner;
import io.newsroom.extraction.engine.text.Token;
import io.newsroom.extraction.engine.text.TokenizedText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds direct quotes and reported speech, their speaker and the outlet that relayed them.
 * Quotation marks are found in one pass; the parts of one quotation (split by "he said", carried over a paragraph
 * break, continued after the attribution) share their speaker and each stays a quote of its own, its text the
 * words between its marks; words in marks that nobody says (scare quotes, titles, nicknames) are left out.
 */
public final class QuoteAttributor {

    private static final int MIN_UNATTRIBUTED_WORDS = 4;
    private static final int NICKNAME_WORDS = 3;
    private static final int MAX_TAIL_COMMAS = 3;
    private static final int TERM_WORDS = 5;
    private static final int FRAGMENT_GAP = 60;
    private static final int TERM_DISTANCE = 8;
    private static final Set<String> TERM_DETERMINERS = Set.of("a", "an", "the", "its", "their", "his", "her");

    private final OutletCitationScanner outlets = new OutletCitationScanner(NewsOutletLexicon.instance());

    /** One quoted stretch with the clauses around it. */
    private static final class Piece {
        final QuotedSpan span;
        int contentEnd;
        int sentenceStart;
        int suffixStart;
        int suffixEnd;
        Attribution before;
        Attribution after;

        Piece(QuotedSpan span) {
            this.span = span;
            this.contentEnd = span.contentEnd();
            this.suffixStart = span.after();
        }

        boolean fullSentence(String text) {
            return sentenceStart == span.open() || before != null && before.cueStart() >= sentenceStart
                    && text.substring(sentenceStart, span.open()).strip().endsWith(":");
        }
    }

    /** The quotes of the text in text order, their speakers among {@code entities} where the text names one. */
    public List<Quote> attribute(TokenizedText doc, List<Entity> entities) {
        String text = doc.text();
        SpeakerResolver speakers = new SpeakerResolver(entities, doc);
        List<Quote> quotes = new ArrayList<>();
        List<Piece> pieces = pieces(doc);
        List<List<Piece>> groups = group(doc, pieces);
        Map<Quote, Quote> previousParts = new IdentityHashMap<>();
        Quote lastQuoted = null;
        for (List<Piece> group : groups) {
            Quotation quotation = quotesOf(doc, group, speakers);
            Quote previous = quotation.carriesOn() && carriesOn(text, lastQuoted, quotation.parts()) ? lastQuoted : null;
            for (Quote part : quotation.parts()) {
                if (previous != null) {
                    previousParts.put(part, previous);
                }
                quotes.add(part);
                previous = part;
                lastQuoted = part;
            }
        }
        new ReportedSpeechFinder(outlets).find(quotes, doc, speakers);
        quotes.sort(Comparator.comparingInt(Quote::start));
        linkParts(quotes, previousParts);
        return quotes;
    }

    /**
     * Quoted words with no attribution of their own right after the speaker's last quote, in its paragraph or the
     * next ("...," he said. "..."), carry that quotation on: they are linked to it as its next part.
     */
    private static boolean carriesOn(String text, Quote last, List<Quote> parts) {
        if (last == null || parts.isEmpty() || last.end() > parts.get(0).start()
                || !Objects.equals(last.speaker(), parts.get(0).speaker())) {
            return false;
        }
        String between = text.substring(last.end(), parts.get(0).start());
        int lineEnd = between.indexOf('\n');
        return lineEnd < 0 || between.substring(lineEnd).chars().noneMatch(Character::isLetterOrDigit);
    }

    /** Each part of an interrupted quotation points at the part before it, by its index among the quotes. */
    private static void linkParts(List<Quote> quotes, Map<Quote, Quote> previousParts) {
        Map<Quote, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < quotes.size(); i++) {
            index.put(quotes.get(i), i);
        }
        for (int i = 0; i < quotes.size(); i++) {
            Quote previous = previousParts.get(quotes.get(i));
            if (previous != null) {
                quotes.set(i, quotes.get(i).continuing(index.get(previous)));
            }
        }
    }

    private static List<Piece> pieces(TokenizedText doc) {
        String text = doc.text();
        List<QuotedSpan> spans = QuoteMarkScanner.scan(doc);
        List<Piece> pieces = new ArrayList<>(spans.size());
        int floor = 0;
        for (int k = 0; k < spans.size(); k++) {
            Piece piece = new Piece(spans.get(k));
            int nextOpen = k + 1 < spans.size() ? spans.get(k + 1).open() : text.length();
            piece.sentenceStart = doc.sentenceStart(piece.span.open(), floor);
            boolean lowerStart = piece.span.contentStart() < text.length()
                    && Character.isLowerCase(text.charAt(piece.span.contentStart()));
            List<Token> lead = doc.between(piece.sentenceStart, piece.span.open());
            piece.before = Attribution.before(text, lead, lowerStart);
            if (piece.before == null && !lowerStart) {
                piece.before = Attribution.colonLead(lead);
            }
            if (!piece.span.closed() && !piece.span.continues()) {
                cutAttributionTail(doc, piece);
            }
            piece.suffixEnd = Math.max(piece.suffixStart, endOfSuffix(doc, piece, nextOpen));
            List<Token> suffix = doc.between(piece.suffixStart, piece.suffixEnd);
            boolean newSentence = endsSentence(text, piece) && (suffix.isEmpty() || !Character.isLowerCase(suffix.get(0).text().charAt(0)));
            piece.after = Attribution.after(text, suffix, newSentence, newSentence && endsWithFullStop(text, piece));
            pieces.add(piece);
            floor = Math.max(piece.span.after(), piece.span.open() + 1);
        }
        return pieces;
    }

    /** The attribution clause after a quotation runs to the end of its sentence, or of the next when it is short. */
    private static int endOfSuffix(TokenizedText doc, Piece piece, int nextOpen) {
        String text = doc.text();
        int limit = Math.min(nextOpen, paragraphEnd(text, piece.suffixStart));
        return doc.sentenceEnd(piece.suffixStart, limit);
    }

    private static int paragraphEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    /** End of the quoted words without the marks and spaces that close them. */
    private static int wordsEnd(String text, Piece piece) {
        int end = piece.contentEnd;
        while (end > piece.span.contentStart() && "\"'\u201C\u201D\u2019\u00AB\u00BB ".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    private static boolean endsSentence(String text, Piece piece) {
        int end = wordsEnd(text, piece);
        if (end > piece.span.contentStart() && ".!?".indexOf(text.charAt(end - 1)) >= 0) {
            return true;
        }
        int after = piece.suffixStart;
        return after < text.length() && ".!?".indexOf(text.charAt(after)) >= 0;
    }

    private static boolean endsWithFullStop(String text, Piece piece) {
        int end = wordsEnd(text, piece);
        return end <= piece.span.contentStart() || text.charAt(end - 1) != '?' && text.charAt(end - 1) != '!';
    }

    /** "...operation, according to a Tass report." with no closing mark: the attribution is not part of the quote. */
    private static void cutAttributionTail(TokenizedText doc, Piece piece) {
        String text = doc.text();
        int comma = piece.contentEnd;
        for (int tries = 0; tries < MAX_TAIL_COMMAS; tries++) {
            comma = text.lastIndexOf(',', comma - 1);
            if (comma <= piece.span.contentStart()) {
                return;
            }
            List<Token> tail = doc.between(comma, piece.contentEnd);
            Attribution attribution = Attribution.after(text, tail, false);
            if (attribution != null) {
                piece.contentEnd = comma;
                piece.suffixStart = comma;
                return;
            }
        }
    }

    private static List<List<Piece>> group(TokenizedText doc, List<Piece> pieces) {
        List<List<Piece>> groups = new ArrayList<>();
        List<Piece> current = null;
        boolean attributed = false;
        for (Piece piece : pieces) {
            if (current != null && joins(doc, current.get(current.size() - 1), piece, attributed)) {
                current.add(piece);
                attributed |= piece.after != null;
                continue;
            }
            current = new ArrayList<>();
            current.add(piece);
            groups.add(current);
            attributed = piece.after != null || piece.before != null;
        }
        return groups;
    }

    /**
     * A quotation goes on in the next marks when only its attribution ("he said") or a paragraph break stands
     * between them and the next marks bring no speaker of their own.
     */
    private static boolean joins(TokenizedText doc, Piece last, Piece next, boolean attributed) {
        String text = doc.text();
        if (attributed && next.after != null) {
            return false;
        }
        int gapStart = last.span.after();
        String gap = text.substring(Math.min(gapStart, next.span.open()), next.span.open());
        // a new paragraph starts a new quotation unless the last one was left open for it
        if (gap.indexOf('\n') >= 0 && !last.span.continues()) {
            return false;
        }
        // "..., he said, adding that "...": a second cue starts a quotation of its own
        if (last.after != null && secondCue(doc, last.after, next.span.open())) {
            return false;
        }
        if ((gap.isBlank() || gap.strip().matches("[,.;:\u2014\u2013-]*"))
                && (last.span.continues() || next.sentenceStart == next.span.open() && wordCount(doc, next) >= MIN_UNATTRIBUTED_WORDS)) {
            return true;
        }
        if (sameSentenceFragments(doc, last, next, gap)) {
            return true;
        }
        if (last.after != null && text.substring(last.suffixEnd, next.span.open()).isBlank()) {
            return next.sentenceStart == next.span.open() || next.before == null || next.before.cueStart() < next.span.open();
        }
        return false;
    }

    /** A cue after the attribution, in the sentence that the next quoted words close, introduces those words. */
    private static boolean secondCue(TokenizedText doc, Attribution attribution, int until) {
        int from = Math.max(attribution.cueStart() + attribution.cue().length(), attribution.subjectEnd());
        List<Token> words = doc.between(Math.min(from, until), until);
        boolean cue = false;
        for (int k = 0; k < words.size(); k++) {
            if (words.get(k).isSentenceMark()) {
                cue = false;
            } else if (SpeechCues.at(words, k) != null) {
                cue = true;
            }
        }
        return cue;
    }

    /** "called him a "nasty guy," an "anchor baby" and "unstable"": fragments of one sentence under one cue. */
    private static boolean sameSentenceFragments(TokenizedText doc, Piece last, Piece next, String gap) {
        String text = doc.text();
        // "an "anchor baby," "unstable" and "sick"": a comma inside the marks lists the next fragment
        if (endsSentence(text, last) || gap.indexOf('\n') >= 0 || gap.length() > FRAGMENT_GAP
                || gap.isBlank() && !endsWithComma(text, last)) {
            return false;
        }
        for (Token word : doc.between(next.span.open() - gap.length(), next.span.open())) {
            if (SpeechCues.of(word) != null || word.isSentenceMark()) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWithComma(String text, Piece piece) {
        int end = wordsEnd(text, piece);
        return end > piece.span.contentStart() && text.charAt(end - 1) == ',';
    }

    private static int wordCount(TokenizedText doc, Piece piece) {
        int count = 0;
        for (Token word : doc.between(piece.span.contentStart(), piece.contentEnd)) {
            if (word.isWord()) {
                count++;
            }
        }
        return count;
    }

    /** The parts of one quotation; {@code carriesOn} when it has no attribution and takes the last speaker's. */
    private record Quotation(List<Quote> parts, boolean carriesOn) {
    }

    private static final Quotation NONE = new Quotation(List.of(), false);

    /** The quotes of one quotation: one per part, each its own words between marks, sharing the speaker. */
    private Quotation quotesOf(TokenizedText doc, List<Piece> group, SpeakerResolver speakers) {
        String text = doc.text();
        Piece first = group.get(0);
        Attribution attribution = null;
        for (Piece piece : group) {
            if (piece.after != null && !isOutlet(doc, piece.after)) {
                attribution = piece.after;
                break;
            }
        }
        if (attribution == null && first.before != null) {
            attribution = first.before;
        }
        if (attribution == null) {
            for (Piece piece : group) {
                if (piece.after != null) {
                    attribution = piece.after;
                    break;
                }
            }
        }
        int words = 0;
        for (Piece piece : group) {
            words += wordCount(doc, piece);
        }
        if (words == 0) {
            return NONE;
        }
        if (attribution == null && (!first.fullSentence(text) || words < MIN_UNATTRIBUTED_WORDS)) {
            return NONE;
        }
        if (group.size() == 1 && (isNickname(doc, first) || isTitle(doc, first, attribution)
                || isTerm(doc, first, attribution, words))) {
            return NONE;
        }
        SpeakerResolver.Speaker speaker = attribution == null
                ? speakers.continuing(first.span.open())
                : speakers.resolve(attribution, first.span.open());
        String via = via(doc, group, speaker);
        String cue = attribution == null || attribution.cue().isEmpty() ? null : attribution.cue();
        List<Quote> parts = new ArrayList<>(group.size());
        for (Piece piece : group) {
            int start = piece.span.contentStart();
            int end = cleanEnd(text, start, piece.contentEnd);
            while (start < end && QuoteMarkScanner.isSpace(text.charAt(start))) {
                start++;
            }
            if (wordCount(doc, piece) > 0 && start < end) {
                parts.add(new Quote(text.substring(start, end), speaker == null ? null : speaker.name(),
                        speaker == null ? null : speaker.id(), via, true, cue, start, end));
            }
        }
        return new Quotation(parts, attribution == null && speaker != null);
    }

    private static boolean isOutlet(TokenizedText doc, Attribution attribution) {
        SpeakerPhrase phrase = SpeakerPhrase.read(doc, attribution.subjectStart(), attribution.subjectEnd());
        return phrase != null && phrase.kind() == SpeakerPhrase.Kind.OUTLET;
    }

    private String via(TokenizedText doc, List<Piece> group, SpeakerResolver.Speaker speaker) {
        String text = doc.text();
        Piece first = group.get(0);
        List<OutletCitation> cited = new ArrayList<>(outlets.find(text, first.sentenceStart, first.span.open()));
        for (Piece piece : group) {
            cited.addAll(outlets.find(text, piece.suffixStart, piece.suffixEnd));
        }
        for (OutletCitation citation : cited) {
            if (speaker == null || !citation.name().equals(speaker.name())) {
                return citation.name();
            }
        }
        return null;
    }

    /**
     * Two or three words in marks far from the verb that reports the sentence and introduced as a thing ("... as
     * part of a proposed "coalition of the willing"", "the so-called "..."") name a term rather than quote the
     * speaker; after a bare "a" or "the" they are usually the speaker's words ("does not see a "path forward"").
     */
    private static boolean isTerm(TokenizedText doc, Piece piece, Attribution attribution, int words) {
        if (attribution != piece.before || attribution == null || attribution.kind() == SpeechCues.Kind.LABEL
                || words > TERM_WORDS || attribution.cue().isEmpty()) {
            return false;
        }
        List<Token> between = doc.between(attribution.cueStart(), piece.span.open());
        int count = between.size();
        if (count < 2 || count <= TERM_DISTANCE) {
            return false;
        }
        Token previous = between.get(count - 1);
        Token beforePrevious = between.get(count - 2);
        return previous.is("so-called") || TERM_DETERMINERS.contains(beforePrevious.key()) && !previous.isCapitalized()
                && previous.key().endsWith("ed");
    }

    /** Donald "The Donald" Trump: a few words in marks between two parts of a name. */
    private static boolean isNickname(TokenizedText doc, Piece piece) {
        String text = doc.text();
        if (wordCount(doc, piece) > NICKNAME_WORDS) {
            return false;
        }
        List<Token> before = doc.between(Math.max(0, piece.span.open() - 30), piece.span.open());
        if (!before.isEmpty() && before.get(before.size() - 1).isPossessive()) {
            before = before.subList(0, before.size() - 1); // "Trump's "big, beautiful" Bill": the name before the marks
        }
        List<Token> after = doc.between(piece.span.after(), Math.min(text.length(), piece.span.after() + 30));
        return !before.isEmpty() && !after.isEmpty() && before.get(before.size() - 1).isWord()
                && before.get(before.size() - 1).isCapitalized() && after.get(0).isWord() && after.get(0).isCapitalized();
    }

    /** "Make Your Kid a Millionaire": every long word capitalised and nobody said to say it. */
    private static boolean isTitle(TokenizedText doc, Piece piece, Attribution attribution) {
        if (attribution != null && attribution.kind() == SpeechCues.Kind.SAY && piece.after != null) {
            return false;
        }
        int longWords = 0;
        for (Token word : doc.between(piece.span.contentStart(), piece.contentEnd)) {
            if (word.isWord() && word.text().length() > 3) {
                if (!word.isCapitalized()) {
                    return false;
                }
                longWords++;
            } else if (word.isSentenceMark()) {
                return false;
            }
        }
        // "Don't you do it" is a short sentence, not a title: a title has two capitalised long words at least
        return longWords >= 2;
    }

    /** End of the quoted words without the commas, colons and dashes that belong to the sentence around them. */
    static int cleanEnd(String text, int start, int end) {
        while (end > start && (QuoteMarkScanner.isSpace(text.charAt(end - 1)) || ",;:\u2014-".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end;
    }
}
