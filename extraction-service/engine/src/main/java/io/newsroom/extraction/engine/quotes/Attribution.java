package io.newsroom.extraction.engine.quotes;

import io.newsroom.extraction.engine.entities.EntityRecognizer;
import io.newsroom.extraction.engine.text.Lexicon;
import io.newsroom.extraction.engine.text.Token;

import java.util.List;
import java.util.Set;

/**
 * Who a cue gives words to: the cue ("said", "according to") and the speaker phrase as written, read from the
 * clause before or after a quotation ("X said", "said X", "according to X").
 */
record Attribution(String cue, SpeechCues.Kind kind, int cueStart, int subjectStart, int subjectEnd) {

    private static final Set<String> BEFORE_CUE = Lexicon.words(Attribution.class, "before-cue-words.txt");
    private static final Set<String> TIME_WORDS = Set.of(
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "on", "at", "from", "during", "via", "over");
    private static final Set<String> CLAUSE_WORDS = Lexicon.words(Attribution.class, "clause-words.txt");
    private static final Set<String> SUBJECT_END = Lexicon.words(Attribution.class, "subject-end-words.txt");
    private static final Set<String> DETERMINERS = Lexicon.words(Attribution.class, "subject-determiners.txt");
    private static final Set<String> DASHES = Set.of("\u2015", "\u2014", "\u2013", "-", "--");
    /** Marks inside a speaker phrase: "9/11 widow Ann Ray", "Ora's site -- told". */
    private static final Set<String> JOINERS = Set.of("-", "--", "/");
    private static final Set<String> RELATIVES = Set.of("who", "which");
    /** "de", "van", "bin": the entities' list of lower-case particles inside people's names. */
    private static final Set<String> NAME_PARTICLES = Lexicon.words(EntityRecognizer.class, "name-particles.txt");
    private static final Set<String> APPOSITIVE_MARKS = Set.of("(", ")", "-", "&", "'", "\u2019");
    private static final int MAX_APPOSITIVES = 3;
    private static final int APPOSITIVE_WORDS = 25;
    private static final int NAME_WORDS = 6;
    private static final int NAME_MODIFIERS = 4;
    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "it", "you");
    private static final int SUFFIX_CUE_REACH = 15;
    private static final int NEW_SENTENCE_TAIL = 6;
    private static final int SENTENCE_SUBJECT_REACH = 4;
    private static final Set<String> INTRODUCING = Set.of(",", ":");
    private static final Set<String> INTRODUCING_PREPOSITIONS = Set.of("of", "in", "at", "on", "to", "during", "about", "from", "with");
    private static final int INTRODUCING_PHRASE = 4;
    private static final Set<String> OPENERS = Lexicon.words(Attribution.class, "clause-openers.txt");
    private static final Set<String> PARTICIPLE_LINKS = Set.of("by", "after", "before", "while", "when", "and", "also", "in");

    String subject(String text) {
        return text.substring(subjectStart, subjectEnd);
    }

    /** "..., said X" / "..., X said" / "..., according to X" right after a quotation, or null. */
    static Attribution after(String text, List<Token> words, boolean newSentence) {
        return after(text, words, newSentence, newSentence);
    }

    /** As above; {@code fullStop}: the quotation closed with a full stop, not a question or an exclamation. */
    static Attribution after(String text, List<Token> words, boolean newSentence, boolean fullStop) {
        int i = 0;
        while (i < words.size() && !words.get(i).isWord() && i < 2) {
            i++;
        }
        if (i >= words.size() || !words.get(i).isWord()) {
            return null;
        }
        if (i >= words.size()) {
            return null;
        }
        Attribution according = accordingTo(text, words, i);
        if (according != null && according.cueStart() == words.get(i).start()) {
            return according;
        }
        Token first = words.get(i);
        if (i > 0 && DASHES.contains(words.get(i - 1).text()) && first.isCapitalized()) {
            int end = i;
            while (end < words.size() && (words.get(end).isWordOrPossessive() || words.get(end).text().equals("."))) {
                end++;
            }
            return new Attribution("", SpeechCues.Kind.SAY, words.get(i - 1).start(), first.start(), words.get(end - 1).end());
        }
        if (!newSentence && SpeechCues.at(words, i) == SpeechCues.Kind.SAY) {
            int end = i + 1;
            while (end < words.size() && (words.get(end).isWordOrPossessive() || JOINERS.contains(words.get(end).text()))
                    && !SUBJECT_END.contains(words.get(end).text())) {
                end++;
            }
            if (end > i + 1 && (validSubjectStart(words.get(i + 1)) || words.subList(i + 1, end).stream().anyMatch(Token::isCapitalized))
                    && !cueLaterInClause(words, end)) {
                return new Attribution(first.text(), SpeechCues.Kind.SAY, first.start(), words.get(i + 1).start(),
                        words.get(end - 1).end());
            }
        }
        int reach = Math.min(words.size(), i + (newSentence ? 9 : SUFFIX_CUE_REACH));
        if (!newSentence && startsNameAndComma(words, i)) {
            // "..., Ann Ray, director of ... and a professor at ..., said": the cue comes after the descriptions
            reach = Math.min(words.size(), i + MAX_APPOSITIVES * APPOSITIVE_WORDS);
        }
        for (int k = i + 1; k < reach; k++) {
            Token word = words.get(k);
            if (!newSentence && word.isFullStop()) {
                break;
            }
            if (SpeechCues.at(words, k) == SpeechCues.Kind.SAY) {
                int[] subject = subjectBefore(words, k, i);
                if (subject != null && (subject[0] == i || !newSentence && words.get(subject[0] - 1).text().equals(","))
                        && (!fullStop || endsSoonAfter(words, k))) {
                    return new Attribution(word.text(), SpeechCues.Kind.SAY, word.start(), words.get(subject[0]).start(),
                            words.get(subject[1] - 1).end());
                }
                return null;
            }
        }
        return null;
    }

    private static boolean startsNameAndComma(List<Token> words, int i) {
        int end = i;
        while (end < words.size() && end - i < NAME_WORDS && (words.get(end).isWord() && words.get(end).isCapitalized()
                || words.get(end).text().equals("."))) {
            end++;
        }
        return end > i && end < words.size() && words.get(end).text().equals(",");
    }

    /** "He said." closes a sentence of its own; "He said Smith was ..." introduces what follows instead. */
    private static boolean endsSoonAfter(List<Token> words, int cue) {
        Token last = words.get(words.size() - 1);
        return words.size() - cue - 1 <= NEW_SENTENCE_TAIL && last.isSentenceMark();
    }

    /** The last cue of the clause before a quotation and its subject ("Trump said on Sunday that"), or null. */
    static Attribution before(String text, List<Token> words, boolean quoteStartsLowerCase) {
        for (int k = words.size() - 1; k >= 0; k--) {
            Token word = words.get(k);
            SpeechCues.Kind kind = SpeechCues.at(words, k);
            if (kind == null) {
                continue;
            }
            int[] subject = participle(words, k) ? participleSubject(words, k) : subjectBefore(words, k, 0);
            if (subject == null && introduces(words, k)) {
                subject = clauseSubject(words, k);
            }
            if (subject == null) {
                subject = subjectOfTheVerbBefore(words, k);
            }
            if (subject != null) {
                return new Attribution(word.text(), kind, word.start(), words.get(subject[0]).start(),
                        words.get(subject[1] - 1).end());
            }
            break;
        }
        Attribution introduced = putItOrInverted(words);
        if (introduced != null) {
            return introduced;
        }
        for (int k = 0; k + 1 < words.size(); k++) {
            Attribution according = accordingTo(text, words, k);
            if (according != null) {
                return according;
            }
        }
        // "Ann Ray "never wavered"": a short lead names the speaker, but "This is "..."" names nobody
        if (quoteStartsLowerCase && !words.isEmpty() && words.size() <= 8 && words.get(0).isCapitalized()
                && (!SpeakerPhrase.isLeading(words.get(0)) || PRONOUNS.contains(words.get(0).key()))
                && words.stream().allMatch(w -> w.isWordOrPossessive() || w.text().equals(",") || w.text().equals("."))) {
            Token last = words.get(words.size() - 1);
            int end = last.isWord() ? last.end() : words.get(Math.max(0, words.size() - 2)).end();
            return new Attribution("", SpeechCues.Kind.SAY, end, words.get(0).start(), end);
        }
        return null;
    }

    private static Attribution accordingTo(String text, List<Token> words, int k) {
        if (k + 2 < words.size() && words.get(k).is("according") && words.get(k + 1).is("to")) {
            int end = k + 2;
            while (end < words.size() && words.get(end).isWordOrPossessive() && !words.get(end).is("in") && !words.get(end).is("on")) {
                end++;
            }
            if (end > k + 2) {
                return new Attribution("according to", SpeechCues.Kind.SAY, words.get(k).start(),
                        words.get(k + 2).start(), words.get(end - 1).end());
            }
        }
        return null;
    }

    private static boolean validSubjectStart(Token word) {
        String lower = word.key();
        return word.isCapitalized() || DETERMINERS.contains(lower) || PRONOUNS.contains(lower)
                || Character.isDigit(word.text().charAt(0));
    }

    /**
     * "Tom Lind outlined his plan and vowed", "most voters have come to believe": a cue joined by "and" to the verb
     * before it, or the infinitive of one, has that verb's subject; null when there is none.
     */
    private static int[] subjectOfTheVerbBefore(List<Token> words, int cue) {
        if (cue > 1 && words.get(cue - 1).is("and")) {
            int[] subject = sentenceSubject(words, cue);
            // "The Republican nominee outlined ... and vowed": the office after the capitalised words heads the subject
            if (subject != null && subject[1] < cue && SpeakerPhrase.isOffice(words.get(subject[1]).text())) {
                int start = subject[0] > 0 && DETERMINERS.contains(words.get(subject[0] - 1).key()) ? subject[0] - 1 : subject[0];
                return new int[] {start, subject[1] + 1};
            }
            return subject;
        }
        if (cue > 2 && words.get(cue - 1).is("to") && takesAnInfinitive(words.get(cue - 2))) {
            int[] subject = subjectBefore(words, cue - 2, 0);
            return subject != null && subject[1] - subject[0] > 1 || subject != null && words.get(subject[0]).isCapitalized() ? subject : null;
        }
        return null;
    }

    /** "decided to", "have come to": a verb in the past that the cue's infinitive completes ("too early to" is none). */
    private static boolean takesAnInfinitive(Token word) {
        return word.isWord() && !word.isCapitalized() && (word.key().endsWith("ed") || word.is("come") || word.is("came"));
    }

    /** "..., saying" / "by calling": a participle that hangs on the sentence's main clause. */
    private static boolean participle(List<Token> words, int cue) {
        return words.get(cue).text().endsWith("ing") && cue > 0
                && (words.get(cue - 1).text().equals(",") || PARTICIPLE_LINKS.contains(words.get(cue - 1).key()));
    }

    /** "the mayor said, adding that": the participle shares the subject of the cue before it, else the sentence's. */
    private static int[] participleSubject(List<Token> words, int cue) {
        for (int k = cue - 1; k > 0; k--) {
            if (SpeechCues.at(words, k) == SpeechCues.Kind.SAY && !participle(words, k)) {
                int[] subject = subjectBefore(words, k, 0);
                if (subject != null) {
                    return subject;
                }
                break;
            }
        }
        return sentenceSubject(words, cue);
    }

    /**
     * "Trump hit back on Monday, saying": a participle's speaker is the name that opens the sentence, after an
     * opening phrase set off by a comma ("During the debate, Trump ..."); a pronoun there is the speaker too.
     */
    private static int[] sentenceSubject(List<Token> words, int cue) {
        int from = mainClauseStart(words, cue);
        if (from < cue && PRONOUNS.contains(words.get(from).key())) {
            return new int[] {from, from + 1};
        }
        int start = from;
        // after an opening phrase the name must open the main clause: "In May, several groups sued Mr. Ray" is not his
        int reach = from == 0 ? SENTENCE_SUBJECT_REACH : from + 2;
        while (start < cue && start < reach && (!words.get(start).isCapitalized() || SpeakerPhrase.isLeading(words.get(start)))) {
            start++;
        }
        if (from > 0 && start > from && !SpeakerPhrase.isLeading(words.get(from))) {
            return null;
        }
        int end = start;
        while (end < cue && words.get(end).isWord() && words.get(end).isCapitalized()) {
            end++;
        }
        return end > start ? new int[] {start, end} : null;
    }

    /** Index of the word after an opening phrase ("During the debate," / "When asked,"), else 0. */
    private static int mainClauseStart(List<Token> words, int cue) {
        if (cue == 0 || !OPENERS.contains(words.get(0).key())) {
            return 0;
        }
        for (int k = 1; k < cue; k++) {
            if (words.get(k).text().equals(",")) {
                return k + 1;
            }
        }
        return 0;
    }

    /** A cue with only a comma or a colon between it and the quotation marks: "he said, "..."". */
    private static boolean introduces(List<Token> words, int cue) {
        int last = words.size() - 1;
        if (last <= cue || !INTRODUCING.contains(words.get(last).text())) {
            return false;
        }
        if (cue == last - 1) {
            return true;
        }
        // "said of the plan," / "wrote in a letter,": a short phrase on where or what, then the quotation
        if (last - cue - 1 > INTRODUCING_PHRASE || !INTRODUCING_PREPOSITIONS.contains(words.get(cue + 1).text())) {
            return false;
        }
        for (int k = cue + 1; k < last; k++) {
            if (!words.get(k).isWord() || SpeechCues.at(words, k) != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * The speaker of an introducing cue whose subject is not right before it: "I laughed and said," takes the
     * subject of the verb before "and"; otherwise the sentence's subject.
     */
    private static int[] clauseSubject(List<Token> words, int cue) {
        int j = cue - 1;
        if (j > 1 && words.get(j).is("and") && words.get(j - 1).isWord() && !words.get(j - 1).isCapitalized()
                && words.get(j - 1).key().endsWith("ed")) {
            int[] subject = subjectBefore(words, j - 1, 0);
            if (subject != null) {
                return subject;
            }
        }
        return sentenceSubject(words, cue);
    }

    /**
     * "Ann Ray had a simple answer: "..."": a clause with no cue that introduces a whole quoted sentence with a colon
     * gives it to the clause's subject; null when the subject is no name or pronoun.
     */
    static Attribution colonLead(List<Token> words) {
        int n = words.size();
        if (n < 3 || !words.get(n - 1).text().equals(":")) {
            return null;
        }
        int[] subject = sentenceSubject(words, n - 1);
        return subject == null ? null : new Attribution("", SpeechCues.Kind.SAY, words.get(n - 1).start(),
                words.get(subject[0]).start(), words.get(subject[1] - 1).end());
    }

    /** "As the economist Ann Ray put it, "..."" and "Said Ann Ray: "..."": a whole clause that introduces a quotation. */
    private static Attribution putItOrInverted(List<Token> words) {
        int n = words.size();
        if (n < 3 || !INTRODUCING.contains(words.get(n - 1).text())) {
            return null;
        }
        if (words.get(n - 2).is("it") && words.get(n - 3).is("put")) {
            int[] subject = subjectBefore(words, n - 3, words.get(0).is("as") ? 1 : 0);
            return subject == null ? null : new Attribution("put", SpeechCues.Kind.SAY, words.get(n - 3).start(),
                    words.get(subject[0]).start(), words.get(subject[1] - 1).end());
        }
        Token first = words.get(0);
        if (first.isCapitalized() && SpeechCues.of(first.key()) == SpeechCues.Kind.SAY && n - 1 > 1
                && words.subList(1, n - 1).stream().allMatch(w -> w.isWord() && w.isCapitalized() || w.text().equals("."))) {
            return new Attribution(first.text(), SpeechCues.Kind.SAY, first.start(), words.get(1).start(), words.get(n - 2).end());
        }
        return null;
    }

    /**
     * "panel Chairman Ann Ray", "retired Navy admiral Paul Stone": a name of two capitalised words or more after a
     * few words that describe it, opening with a lowercase one, with no preposition among them.
     */
    /** "de Vries said", "van der Berg told": a surname that opens with its lower-case particles. */
    private static boolean particleName(List<Token> words, int start, int end) {
        int k = start;
        while (k < end && NAME_PARTICLES.contains(words.get(k).key())) {
            k++;
        }
        if (k == start || k == end || end - start > NAME_WORDS) {
            return false;
        }
        for (; k < end; k++) {
            if (!words.get(k).isCapitalized()) {
                return false;
            }
        }
        return true;
    }

    private static boolean modifiedName(List<Token> words, int start, int end) {
        int run = end;
        while (run > start && words.get(run - 1).isCapitalized()) {
            run--;
        }
        if (end - run < 2 || run == start || run - start > NAME_MODIFIERS || words.get(start).isCapitalized()) {
            return false;
        }
        for (int k = start; k < run; k++) {
            Token word = words.get(k);
            if (!word.isWord() || PLACE_PREPOSITIONS.contains(word.text()) || word.is("of") || DETERMINERS.contains(word.key())) {
                return false;
            }
        }
        return true;
    }

    /** Start of the run of words ending at {@code end}: back to punctuation, a clause word or a cue. */
    private static int phraseStart(List<Token> words, int end, int floor) {
        int start = end;
        while (start - 1 >= floor) {
            Token word = words.get(start - 1);
            if (word.text().equals(")")) {
                int open = start - 2;
                while (open >= floor && !words.get(open).text().equals("(")) {
                    open--;
                }
                if (open < floor) {
                    break;
                }
                start = open;
                continue;
            }
            if (!word.isWordOrPossessive() && !JOINERS.contains(word.text()) || CLAUSE_WORDS.contains(word.text()) || SpeechCues.at(words, start - 1) != null
                    || start < end && JOINERS.contains(word.text()) && spaced(words, start - 1)) {
                break;
            }
            start--;
        }
        return start;
    }

    /** "PORT ELLIS, Maine - The harbour master said": a dash with space around it parts a dateline from the subject. */
    private static boolean spaced(List<Token> words, int k) {
        Token mark = words.get(k);
        return k == 0 || words.get(k - 1).end() < mark.start() || k + 1 >= words.size() || mark.end() < words.get(k + 1).start();
    }

    /**
     * ", an economist at ...," / ", 82," / ", R-Ky.," / ", Riverton's largest employer,": a phrase set off by commas
     * that describes the name before it.
     */
    private static boolean isAppositive(List<Token> words, int start, int end) {
        Token first = words.get(start);
        if (!first.isCapitalized() && !PRONOUNS.contains(first.key()) || Character.isDigit(first.text().charAt(0))) {
            return true;
        }
        if (end - start > 2 && words.get(start + 1).isPossessive()) {
            return true;
        }
        return end - start == 1 && (first.text().indexOf('-') > 0 || first.text().indexOf('.') > 0);
    }

    /**
     * "Ann Ray, director of the Riverton Policy Center and a professor at Delft University, said" and "Tom Vale,
     * the treasurer of Ohio, one of the states suing, said": the name before one or more phrases set off by commas
     * that describe it; {@code comma} is the index of the comma before the cue. Null when the commas hold no name.
     */
    private static int[] nameBeforeAppositives(List<Token> words, int comma, int floor) {
        int segmentEnd = comma;
        for (int appositives = 0; appositives < MAX_APPOSITIVES; appositives++) {
            int segmentStart = segmentEnd;
            while (segmentStart - 1 >= floor && !words.get(segmentStart - 1).text().equals(",")) {
                Token word = words.get(segmentStart - 1);
                if (!word.isWordOrPossessive() && !APPOSITIVE_MARKS.contains(word.text()) || SpeechCues.at(words, segmentStart - 1) != null) {
                    return null;
                }
                segmentStart--;
            }
            int nameEnd = segmentStart - 1;
            if (nameEnd <= floor || segmentStart == segmentEnd || segmentEnd - segmentStart > APPOSITIVE_WORDS
                    || !isAppositive(words, segmentStart, segmentEnd)) {
                return null;
            }
            int nameStart = phraseStart(words, nameEnd, floor);
            while (nameStart < nameEnd - 1 && SpeakerPhrase.isLeading(words.get(nameStart))) {
                nameStart++;
            }
            if (nameStart < nameEnd && opensWithName(words, nameStart, nameEnd)) {
                return new int[] {nameStart, nameEnd};
            }
            segmentEnd = nameEnd;
        }
        return null;
    }

    /**
     * "..., denied the charges and his lawyer said he would appeal": a second clause joined by "and" or "but" with a cue
     * of its own makes the words after the first cue its object, not the speaker of an inverted "..., said the mayor".
     */
    private static boolean cueLaterInClause(List<Token> words, int from) {
        boolean joined = false;
        for (int k = from; k < words.size(); k++) {
            Token word = words.get(k);
            if (word.text().equals(",") || word.isSentenceMark()) {
                return false;
            }
            joined |= word.is("and") || word.is("but");
            if (joined && SpeechCues.at(words, k) != null) {
                return true;
            }
        }
        return false;
    }

    /** "Ann Ray" or "the company" before ", who ..." or ", which ...": a name, or a short definite description. */
    private static boolean heldByRelative(List<Token> words, int start, int end) {
        Token first = words.get(start);
        if (first.isCapitalized() && !SpeakerPhrase.isLeading(first)) {
            return true;
        }
        if (!first.is("the") || end - start < 2 || end - start > 4) {
            return false;
        }
        for (int k = start + 1; k < end; k++) {
            if (!words.get(k).isWord()) {
                return false;
            }
        }
        return true;
    }

    /** "Lena Ortiz", "Rep. Ann Ray (D-Ohio)", "Democratic nominee Ann Ray": a phrase that opens with a name word. */
    private static boolean opensWithName(List<Token> words, int start, int end) {
        return end - start <= NAME_WORDS && words.get(start).isCapitalized() && !SpeakerPhrase.isLeading(words.get(start));
    }

    /**
     * Token indexes {@code [start, end)} of the noun phrase ending right before the cue at {@code cue}, skipping
     * auxiliaries, adverbs and a time or place ("in Rome", "on Monday"); null when there is none. An appositive
     * ("Sun Xiuwen, an associate professor at ..., believes") keeps the name before it.
     */
    static int[] subjectBefore(List<Token> words, int cue, int floor) {
        int j = cue - 1;
        while (j >= floor) {
            Token word = words.get(j);
            String lower = word.key();
            if (BEFORE_CUE.contains(lower) || lower.endsWith("ly") && !word.isCapitalized() && lower.length() > 3
                    || TIME_WORDS.contains(word.text())) {
                j--;
            } else if (word.isCapitalized() && j - 1 >= floor && PLACE_PREPOSITIONS.contains(words.get(j - 1).text())) {
                j -= 2;
            } else if (word.isCapitalized() && j - 2 >= floor && words.get(j - 1).is("the")
                    && PLACE_PREPOSITIONS.contains(words.get(j - 2).text())) {
                j -= 3;
            } else {
                break;
            }
        }
        if (j - 1 >= floor && words.get(j).text().equals(")")) {
            while (j >= floor && !words.get(j).text().equals("(")) {
                j--;
            }
            j--;
        }
        boolean commaBeforeCue = j - 1 >= floor && words.get(j).text().equals(",");
        if (commaBeforeCue) {
            j--;
        }
        int end = j + 1;
        int start = phraseStart(words, end, floor);
        if (start == end && !commaBeforeCue && end - 3 >= floor && words.get(end - 1).is("who") && words.get(end - 2).text().equals(",")) {
            // "Tom Lee, who joked of the museum, "..."": the name the relative clause hangs on
            int nameStart = phraseStart(words, end - 2, floor);
            return nameStart < end - 2 && heldByRelative(words, nameStart, end - 2) ? new int[] {nameStart, end - 2} : null;
        }
        if (start == end) {
            return null;
        }
        Token first = words.get(start);
        if (commaBeforeCue) {
            int[] named = nameBeforeAppositives(words, end, floor);
            if (named != null) {
                return named;
            }
        }
        if (commaBeforeCue && start - 3 >= floor && RELATIVES.contains(words.get(start - 1).text())
                && words.get(start - 2).text().equals(",")) {
            // "Ann Ray, who runs the food bank, said", "The company, which runs 60 depots, said": the phrase the
            // relative clause hangs on
            int nameStart = phraseStart(words, start - 2, floor);
            if (nameStart < start - 2 && heldByRelative(words, nameStart, start - 2)) {
                return new int[] {nameStart, start - 2};
            }
        }
        if (!validSubjectStart(first) && !modifiedName(words, start, end) && !particleName(words, start, end)) {
            return null;
        }
        return end - start > 20 ? null : new int[] {start, end};
    }
}
