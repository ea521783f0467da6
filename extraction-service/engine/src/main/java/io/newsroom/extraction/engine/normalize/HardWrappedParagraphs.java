package io.newsroom.extraction.engine.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins the lines of a paragraph that a mail client or a wire terminal broke at a fixed width (~60-80 columns) back
 * into one line. A block counts as hard-wrapped when most of its lines stop mid-sentence and nearly all of those
 * reach close to its widest line; one sentence per line, headlines, short datelines, list items and table rows keep
 * their own lines, and a short or indented line still ends or starts a paragraph.
 */
final class HardWrappedParagraphs {

    private static final int MIN_WIDTH = 40;
    private static final int MAX_WIDTH = 100;
    /** A line this close to the block's width was broken by the wrap, not by the writer. */
    private static final double FULL_LINE = 0.7;
    private static final double FULL_SHARE = 0.8;
    private static final double MID_SENTENCE_SHARE = 0.5;
    private static final double HEADLINE_CAPITALS = 0.85;

    private HardWrappedParagraphs() {
    }

    static String unwrap(String text) {
        List<String> blocks = blocks(text);
        int width = documentWidth(blocks);
        StringBuilder out = new StringBuilder(text.length());
        for (String block : blocks) {
            out.append(unwrapBlock(block, width));
        }
        return out.toString();
    }

    /** The text cut after each run of blank lines, so that joining the pieces gives the text back. */
    private static List<String> blocks(String text) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        boolean afterBlank = false;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end + 1;
            boolean blank = text.substring(start, end).isBlank();
            if (!blank && afterBlank) {
                blocks.add(block.toString());
                block.setLength(0);
            }
            block.append(text, start, end);
            afterBlank = blank;
            start = end;
        }
        if (!block.isEmpty()) {
            blocks.add(block.toString());
        }
        return blocks;
    }

    /** The wrap width that the blocks of three lines or more agree on, or 0 when none of them is hard-wrapped. */
    private static int documentWidth(List<String> blocks) {
        int width = 0;
        for (String block : blocks) {
            List<String> lines = lines(block);
            if (lines.size() >= 3 && isHardWrapped(lines, width(lines))) {
                width = Math.max(width, width(lines));
            }
        }
        return width;
    }

    private static String unwrapBlock(String block, int documentWidth) {
        List<String> lines = lines(block);
        int width = lines.size() >= 3 ? width(lines) : documentWidth;
        if (lines.size() < 2 || width == 0 || !isHardWrapped(lines, width) || isTokenized(block)) {
            return block;
        }
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            indent = Math.min(indent, indentation(line));
        }
        String last = lines.get(lines.size() - 1);
        int contentEnd = block.lastIndexOf(last) + last.length();
        // A join turns the line break into a space and keeps every other character, so offsets stay where they were.
        StringBuilder out = new StringBuilder(block.length());
        out.append(block, 0, block.indexOf(lines.get(0))).append(lines.get(0));
        for (int i = 1; i < lines.size(); i++) {
            String previous = lines.get(i - 1).strip();
            String line = lines.get(i);
            if (!joins(previous, line, i == 1, indent, width)) {
                out.append('\n');
            } else if (!isBrokenCompound(previous, line)) {
                out.append(' ');
            }
            out.append(line);
        }
        return out.append(block, contentEnd, block.length()).toString();
    }

    /** "long-" at the end of a line and "term" at the start of the next: one word, written without the break. */
    private static boolean isBrokenCompound(String previous, String line) {
        String next = line.strip();
        return previous.length() > 1 && previous.endsWith("-") && Character.isLetter(previous.charAt(previous.length() - 2))
                && line.equals(next) && Character.isLowerCase(next.charAt(0));
    }

    /** Corpus text split into tokens ("Friday ." , "captain ) ,"): there a line is a sentence, never a wrap. */
    private static boolean isTokenized(String block) {
        int marks = 0;
        int spaced = 0;
        for (int i = 1; i < block.length(); i++) {
            char c = block.charAt(i);
            if (c == ',' || c == '.') {
                marks++;
                spaced += block.charAt(i - 1) == ' ' ? 1 : 0;
            }
        }
        return marks >= 2 && spaced * 2 >= marks;
    }

    /** Most lines stop mid-sentence, and nearly all of those close to the width: a wrap, not the writer's breaks. */
    private static boolean isHardWrapped(List<String> lines, int width) {
        if (width < MIN_WIDTH || width > MAX_WIDTH) {
            return false;
        }
        int midSentence = 0;
        int fullMidSentence = 0;
        int wrapped = lines.size() - 1;
        for (int i = 0; i < wrapped; i++) {
            String line = lines.get(i).strip();
            if (!endsSentence(line)) {
                midSentence++;
                fullMidSentence += line.length() >= width * FULL_LINE ? 1 : 0;
            }
        }
        return midSentence > 0 && midSentence >= wrapped * MID_SENTENCE_SHARE
                && fullMidSentence >= midSentence * FULL_SHARE;
    }

    /** Whether {@code line} continues the paragraph of the full line before it. */
    private static boolean joins(String previous, String line, boolean firstLine, int indent, int width) {
        String next = line.strip();
        if (previous.length() < width * FULL_LINE || next.isEmpty() || indentation(line) > indent) {
            return false;
        }
        if (startsListItem(next) || isTableRow(previous) || isTableRow(next)) {
            return false;
        }
        boolean sentenceStart = Character.isUpperCase(next.charAt(0)) || Character.isDigit(next.charAt(0));
        return !(firstLine && sentenceStart && !endsSentence(previous) && readsAsHeadline(previous));
    }

    /** "- item", "* item", "• item", "1. item", "2) item". */
    private static boolean startsListItem(String line) {
        char first = line.charAt(0);
        if ((first == '-' || first == '*' || first == '\u2022' || first == '\u2013') && line.length() > 1
                && line.charAt(1) == ' ') {
            return true;
        }
        int digits = 0;
        while (digits < line.length() && digits < 3 && Character.isDigit(line.charAt(digits))) {
            digits++;
        }
        return digits > 0 && digits < line.length() - 1 && (line.charAt(digits) == '.' || line.charAt(digits) == ')')
                && line.charAt(digits + 1) == ' ';
    }

    /** Scores and figures in columns: more digits than letters. */
    private static boolean isTableRow(String line) {
        int digits = 0;
        int letters = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            digits += Character.isDigit(c) ? 1 : 0;
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return digits > letters;
    }

    /** Upper case, or nearly every longer word capitalised: a headline above its story, not a line of prose. */
    private static boolean readsAsHeadline(String line) {
        int words = 0;
        int capitalised = 0;
        boolean lower = false;
        for (String word : line.split("\\s+")) {
            lower |= word.chars().anyMatch(Character::isLowerCase);
            if (word.length() >= 4 && Character.isLetter(word.charAt(0))) {
                words++;
                capitalised += Character.isUpperCase(word.charAt(0)) ? 1 : 0;
            }
        }
        return words > 0 && (!lower || capitalised >= words * HEADLINE_CAPITALS);
    }

    private static boolean endsSentence(String line) {
        if (line.isEmpty()) {
            return true;
        }
        char last = line.charAt(line.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201D' || last == ':'
                || last == '\'' || last == '\u2019' || last == ';';
    }

    private static int indentation(String line) {
        int spaces = 0;
        while (spaces < line.length() && (line.charAt(spaces) == ' ' || line.charAt(spaces) == '\t')) {
            spaces++;
        }
        return spaces;
    }

    private static int width(List<String> lines) {
        int width = 0;
        for (String line : lines) {
            width = Math.max(width, line.strip().length());
        }
        return width;
    }

    private static List<String> lines(String block) {
        List<String> lines = new ArrayList<>();
        for (String line : block.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return lines;
    }
}
