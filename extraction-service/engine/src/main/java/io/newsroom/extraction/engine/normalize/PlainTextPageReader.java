package io.newsroom.extraction.engine.normalize;

import io.newsroom.extraction.engine.text.Lexicon;
import io.newsroom.extraction.engine.model.ArticleMetadata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the header of a plain-text copy of a news page: section line ("WORLD / EUROPE"), title, subtitle, byline,
 * a labelled dateline ("Published: May 20, 2025 12:02 AM") and short page chrome ("Latest news") before the body.
 * The header is cut only when a labelled dateline anchors it near the top (the dateline itself opens the text);
 * any other text passes through whole, because bare article text (one sentence per line, wire copy) must not lose
 * a line.
 */
final class PlainTextPageReader {

    /**
     * The body text, what the header said, and the chrome lines cut from it. {@code datelineGuess} is the date of an
     * unlabelled dateline near the top ("LONDON 1996-08-30"): weaker than the request's hint, used only without one.
     */
    record TextPage(String text, ArticleMetadata metadata, List<String> boilerplate, String datelineGuess) {
    }

    private static final int HEADER_LINES = 10;
    /** Widget headings that page copies carry between the dateline and the story even when they appear once. */
    private static final Set<String> PAGE_LABELS = Set.copyOf(Lexicon.lines(PlainTextPageReader.class, "page-labels.txt"));
    private static final int UNLABELLED_DATELINE_LINES = 3;
    /** Lines from the top a byline is looked for in without a labelled dateline, and its most words. */
    private static final int BYLINE_LINES = 4;
    private static final int BYLINE_WORDS = 10;
    private static final Pattern DATELINE = Pattern.compile(
            "(?i)^(?:first\\s)?(?:published|updated|posted|last\\supdated|date|released)(?:\\s(?:on|at))?"
                    + "\\s{0,3}[:：]?\\s{0,3}(.{4,80})$");
    /** "By Ana Ruiz", and the same in German, French and Spanish ("Von", "Par", "Por"). */
    private static final Pattern BYLINE = Pattern.compile("(?i)^(?:by|written by|author:|von|par|por)\\s{1,3}(\\S.{1,80})$");
    private static final Pattern SECTION_SEPARATOR = Pattern.compile("\\s[/>|»›]\\s");
    /** Between the parts of one header line that gives the byline and the dateline ("By Ana Ruiz | Updated May 2"). */
    private static final Pattern HEADER_PARTS = Pattern.compile("\\s[|·•]\\s");

    private PlainTextPageReader() {
    }

    static TextPage read(String text) {
        List<Line> lines = Line.split(text);
        int dateline = -1;
        Dateline found = null;
        for (int i = 0; i < Math.min(HEADER_LINES, lines.size()) && found == null; i++) {
            found = Dateline.of(lines.get(i).text());
            dateline = i;
        }
        if (found == null) {
            return unanchored(text, lines);
        }
        String published = found.published();
        String section = null;
        String byline = found.byline();
        List<String> heads = new ArrayList<>();
        for (int i = 0; i < dateline; i++) {
            String line = lines.get(i).text();
            Matcher by = BYLINE.matcher(line);
            if (i == 0 && isSectionLine(line) && dateline > 1) {
                section = line;
            } else if (by.matches() && namesAuthors(by.group(1))) {
                byline = by.group(1).strip();
            } else {
                heads.add(line);
            }
        }
        int body = dateline + 1;
        Map<String, Integer> shortLines = new HashMap<>();
        for (int i = body; i < lines.size() && isShort(lines.get(i).text()); i++) {
            shortLines.merge(lines.get(i).text(), 1, Integer::sum);
        }
        Set<String> chrome = new LinkedHashSet<>();
        while (body < lines.size() && isShort(lines.get(body).text())) {
            String line = lines.get(body).text();
            Matcher by = BYLINE.matcher(line);
            if (by.matches() && byline == null && namesAuthors(by.group(1))) {
                byline = by.group(1).strip();
            } else if (shortLines.get(line) > 1 || PAGE_LABELS.contains(line.toLowerCase(Locale.ROOT))) {
                chrome.add(line);
            } else {
                break;
            }
            body++;
        }
        if (section == null && heads.size() >= 2 && isShortLabel(heads.get(0)) && readsAsTitle(heads.get(1))) {
            section = heads.remove(0);
        }
        String title = heads.isEmpty() ? null : heads.get(0);
        String subtitle = heads.size() < 2 ? null : String.join(" ", heads.subList(1, heads.size()));
        // The dateline stays as the text's first paragraph: its date is a mention of the article like any other.
        String datelineLine = found.text();
        String rest = datelineLine + (body < lines.size() ? "\n\n" + text.substring(lines.get(body).start()) : "");
        ArticleMetadata metadata = new ArticleMetadata(title, subtitle, section, byline, published, null);
        return new TextPage(rest, metadata, List.copyOf(chrome), null);
    }

    /**
     * A labelled dateline ("Published: May 20, 2025 12:02 AM"), alone on its line or as one part of a header line that
     * also gives the byline ("By Ana Ruiz | Published Monday, May 19, 2025"); {@code text} is the dateline's own part.
     */
    private record Dateline(String text, String published, String byline) {

        static Dateline of(String line) {
            Dateline whole = labelled(line.strip());
            if (whole != null || !HEADER_PARTS.matcher(line).find()) {
                return whole;
            }
            String[] parts = HEADER_PARTS.split(line);
            for (String part : parts) {
                Dateline dateline = labelled(part.strip());
                if (dateline != null) {
                    return new Dateline(dateline.text(), dateline.published(), bylineAmong(parts));
                }
            }
            return null;
        }

        private static Dateline labelled(String part) {
            Matcher label = DATELINE.matcher(part);
            if (!label.matches()) {
                return null;
            }
            return PublicationDateParser.parse(label.group(1)).map(iso -> new Dateline(part, iso, null)).orElse(null);
        }

        private static String bylineAmong(String[] parts) {
            for (String part : parts) {
                Matcher by = BYLINE.matcher(part.strip());
                if (by.matches() && namesAuthors(by.group(1))) {
                    return by.group(1).strip();
                }
            }
            return null;
        }
    }

    /**
     * A header with no labelled dateline: the text passes through whole but for a byline line near the top ("By Ana
     * Ruiz, Staff Writer"), which goes to the metadata; a first line set off by a blank line that reads as a headline
     * is the title, and stays in the text (wire copy and one-sentence-per-line text lose nothing).
     */
    private static TextPage unanchored(String text, List<Line> lines) {
        String title = lines.size() >= 3 && readsAsHeadline(lines.get(0).text()) && blankLineAfter(text, lines.get(0))
                ? lines.get(0).text() : null;
        String byline = null;
        String rest = text;
        for (int i = 0; i < Math.min(BYLINE_LINES, lines.size() - 1); i++) {
            String line = lines.get(i).text();
            Matcher by = BYLINE.matcher(line);
            if (by.matches() && !endsSentence(line) && line.split("\\s+").length <= BYLINE_WORDS && namesAuthors(by.group(1))) {
                byline = by.group(1).strip();
                int start = lines.get(i).start();
                int end = text.indexOf('\n', start);
                String before = text.substring(0, start);
                String after = end < 0 ? "" : text.substring(end + 1);
                // the byline's paragraph goes with it: one blank line stays between what was around it
                rest = before + (before.endsWith("\n\n") ? after.stripLeading() : after);
                break;
            }
        }
        return new TextPage(rest, new ArticleMetadata(title, null, null, byline, null, null), List.of(),
                unlabelledDate(lines));
    }

    /**
     * "Ana Ruiz, Staff Writer", "Li Wei and Tom Hale": up to the first comma the byline is names, every word capitalised
     * but the joining "and" ("By Friday the board must vote" names nobody).
     */
    private static boolean namesAuthors(String byline) {
        int comma = byline.indexOf(',');
        String[] words = (comma < 0 ? byline : byline.substring(0, comma)).strip().split("\\s+");
        if (words.length > 7) {
            return false;
        }
        for (String word : words) {
            if (!word.equals("and") && !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** "Harbour fees to double from May": a line of three to twenty words that ends no sentence and opens capitalised. */
    private static boolean readsAsHeadline(String line) {
        int words = line.split("\\s+").length;
        char first = line.charAt(0);
        return words >= 3 && words <= 20 && line.length() <= 160 && !endsSentence(line)
                && (Character.isUpperCase(first) || Character.isDigit(first)) && !BYLINE.matcher(line).matches()
                && !DATELINE.matcher(line).matches();
    }

    /** Whether a blank line follows the line: a paragraph of its own. */
    private static boolean blankLineAfter(String text, Line line) {
        int end = text.indexOf('\n', line.start());
        if (end < 0) {
            return false;
        }
        int next = text.indexOf('\n', end + 1);
        return next >= 0 && text.substring(end + 1, next).isBlank();
    }

    /** A short line near the top that is a place and a date, or just a date. */
    private static String unlabelledDate(List<Line> lines) {
        for (int i = 0; i < Math.min(UNLABELLED_DATELINE_LINES, lines.size()); i++) {
            String line = lines.get(i).text();
            if (line.split("\\s+").length <= 6 && line.length() <= 50 && !endsSentence(line)) {
                Optional<String> date = PublicationDateParser.parse(line);
                if (date.isPresent()) {
                    return date.get();
                }
            }
        }
        return null;
    }

    /** "WORLD / EUROPE", "Business > Markets", "SPORTS": short, and either upper case or a path. */
    static boolean isSectionLine(String line) {
        String[] words = line.strip().split("\\s+");
        if (words.length > 6 || line.length() > 60 || endsSentence(line)) {
            return false;
        }
        boolean upper = line.chars().anyMatch(Character::isLetter)
                && line.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        return upper || SECTION_SEPARATOR.matcher(line).find();
    }

    /** "Politics", "Tech news": above a title, such a line names the section, never the title. */
    private static boolean isShortLabel(String line) {
        return line.strip().split("\\s+").length <= 3 && line.length() <= 30 && !endsSentence(line);
    }

    /** A headline: four words or more, where a label line has at most three. */
    private static boolean readsAsTitle(String line) {
        return line.strip().split("\\s+").length >= 4;
    }

    /** A short line that does not read as a sentence: a menu item, a widget heading, a byline, a wire dateline. */
    private static boolean isShort(String line) {
        return line.strip().split("\\s+").length <= 5 && line.length() <= 40 && !endsSentence(line);
    }

    private static boolean endsSentence(String line) {
        String stripped = line.strip();
        if (stripped.isEmpty()) {
            return false;
        }
        char last = stripped.charAt(stripped.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201D' || last == ':';
    }

    /** A non-blank line and where it starts in the text. */
    record Line(String text, int start) {
        static List<Line> split(String text) {
            List<Line> lines = new ArrayList<>();
            int start = 0;
            while (start <= text.length()) {
                int end = text.indexOf('\n', start);
                if (end < 0) {
                    end = text.length();
                }
                String line = text.substring(start, end).strip();
                if (!line.isEmpty()) {
                    lines.add(new Line(line, start));
                }
                start = end + 1;
            }
            return lines;
        }
    }
}
