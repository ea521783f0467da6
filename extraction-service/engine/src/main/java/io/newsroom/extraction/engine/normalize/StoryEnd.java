package io.newsroom.extraction.engine.normalize;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Trims the notes under a story: what follows a closing rule ("___", "* * *") when it is short, and the last short
 * blocks that invite readers to follow the writer or the outlet or that give an e-mail address (tip lines, press
 * contacts).
 */
final class StoryEnd {

    /** A block of rule characters only: the line an editor draws between the story and the notes under it. */
    private static final Pattern RULE = Pattern.compile("[_\\-\u2013\u2014*=~\u2022 ]{3,}");
    private static final Pattern FOLLOW = Pattern.compile(
            "\\bfollow (?:us|him|her|them|me)\\b[^.!?]{0,40}?(?:\\bon\\b|\\bat\\b|@)|\\bfollow @\\w");
    /** An e-mail address: the desk's tip line, a press contact. */
    private static final Pattern ADDRESS = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    /** The notes under a rule are a line or two; a longer part after it is more story. */
    private static final int MAX_TAIL_WORDS = 40;
    private static final int MAX_NOTE_WORDS = 70;

    private StoryEnd() {
    }

    static List<String> trim(List<String> blocks) {
        int end = blocks.size();
        while (end > 1 && isNote(blocks.get(end - 1))) {
            end--;
        }
        for (int i = end - 2; i > 0; i--) {
            if (RULE.matcher(blocks.get(i)).matches()) {
                if (words(blocks.subList(i + 1, end)) <= MAX_TAIL_WORDS) {
                    end = i + 1;
                }
                break;
            }
            if (words(blocks.subList(i, end)) > MAX_TAIL_WORDS) {
                break;
            }
        }
        return end == blocks.size() ? blocks : List.copyOf(blocks.subList(0, end));
    }

    /** A short block asking readers to follow the writer or the outlet, or giving an address to write to. */
    private static boolean isNote(String block) {
        if (words(List.of(block)) > MAX_NOTE_WORDS) {
            return false;
        }
        String folded = block.toLowerCase(Locale.ROOT);
        return FOLLOW.matcher(folded).find() || ADDRESS.matcher(folded).find();
    }

    private static int words(List<String> blocks) {
        int words = 0;
        for (String block : blocks) {
            boolean inWord = false;
            for (int i = 0; i < block.length(); i++) {
                boolean letter = Character.isLetterOrDigit(block.charAt(i));
                if (letter && !inWord) {
                    words++;
                }
                inWord = letter;
            }
        }
        return words;
    }
}
