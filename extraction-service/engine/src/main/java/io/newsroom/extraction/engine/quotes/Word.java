package io.newsroom.extraction.engine.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A word or punctuation mark of a short stretch of text, read only around quotes and cues. */
record Word(String text, int start, int end) {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "Jr", "Sr", "St", "Prof",
            "Rev", "Adm", "Maj", "Cmdr", "Atty", "Mt", "Ft", "No", "Inc", "Corp", "Co", "Ltd", "vs", "Jan", "Feb",
            "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Calif", "Fla", "Ariz", "Mass", "Pa", "Va",
            "Wash", "Conn", "Ill", "Mich", "Minn", "Wis", "Ky", "Tenn", "Ga", "La", "Md", "Mo", "Nev", "Okla", "Ore",
            "Del", "Colo", "Ala", "Ark", "Kan", "Neb", "Miss", "Supt", "Pres", "Messrs", "approx", "e.g",
            "i.e", "etc", "a.m", "p.m");

    boolean isWord() {
        return Character.isLetterOrDigit(text.codePointAt(0));
    }

    boolean isCapitalized() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    boolean is(String other) {
        return text.equalsIgnoreCase(other);
    }

    String lower() {
        return text.toLowerCase();
    }

    /** True when a "." right after {@code word} belongs to it ("Mr.", "U.S.", "J.") rather than ending a sentence. */
    static boolean isAbbreviation(String word) {
        return word.length() == 1 && Character.isUpperCase(word.charAt(0)) || word.indexOf('.') > 0
                || ABBREVIATIONS.contains(word) || isPartyAndState(word);
    }

    /** "R-Ky", "D-Md": party and state after a lawmaker's name. */
    private static boolean isPartyAndState(String word) {
        return word.length() <= 6 && word.length() >= 4 && word.charAt(1) == '-' && Character.isUpperCase(word.charAt(0))
                && Character.isUpperCase(word.charAt(2));
    }

    /** The words and punctuation marks of {@code text[from, to)}. */
    static List<Word> scan(String text, int from, int to) {
        List<Word> words = new ArrayList<>();
        int pos = from;
        while (pos < to) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
                continue;
            }
            int end = pos + 1;
            if (Character.isLetterOrDigit(c)) {
                while (end < to) {
                    char d = text.charAt(end);
                    if (Character.isLetterOrDigit(d)) {
                        end++;
                    } else if ("'\u2019.-&/".indexOf(d) >= 0 && end + 1 < to && Character.isLetterOrDigit(text.charAt(end + 1))) {
                        end += 2;
                    } else {
                        break;
                    }
                }
                if (end < to && text.charAt(end) == '.' && isAbbreviation(text.substring(pos, end))) {
                    end++;
                }
            } else if (c == '\'' && end < to && text.charAt(end) == '\'') {
                end++;
            }
            words.add(new Word(text.substring(pos, end), pos, end));
            pos = end;
        }
        return words;
    }
}
