package io.newsroom.extraction.engine.enrich;

import io.newsroom.extraction.engine.model.DateMention;
import io.newsroom.extraction.engine.model.Quantity;
import io.newsroom.extraction.engine.model.Sentence;
import io.newsroom.extraction.engine.text.Lexicon;
import io.newsroom.extraction.engine.text.Token;
import io.newsroom.extraction.engine.text.TokenizedText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Finds amounts with what they count: "1,000 prisoners of war" is 1000 "prisoners of war", "$5 billion" is
 * 5000000000 USD, "12 percent" is 12 "percent"; numbers may be written in words ("twenty-five soldiers") and
 * a range ("10 to 15 people", "10-15 people") gives both ends. Numbers inside dates, times and years are not amounts.
 */
public final class QuantityExtractor {

    private static final Pattern NUMERAL = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?([a-zA-Z]{0,2})");
    private static final Pattern NUMERAL_RANGE = Pattern.compile("(\\d[\\d,.]*)-(\\d[\\d,.]*)");
    private static final Map<String, Long> UNITS = numberWords();
    private static final Map<String, Double> SCALES = Map.of(
            "hundred", 1e2, "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12,
            "mln", 1e6, "bln", 1e9, "bn", 1e9, "tn", 1e12);
    private static final Map<String, Double> ATTACHED_SCALES = Map.of("mn", 1e6, "bn", 1e9, "tn", 1e12);
    /** Single-letter scales are read only after a currency sign: "$5m" is money, "100m" may be metres. */
    private static final Map<String, Double> ATTACHED_MONEY_SCALES = Map.of("k", 1e3, "m", 1e6, "b", 1e9);
    private static final Map<String, String> CURRENCY_SYMBOLS = Lexicon.map(QuantityExtractor.class, "currency-symbols.txt");
    private static final Map<String, String> CURRENCY_WORDS = Lexicon.map(QuantityExtractor.class, "currency-words.txt");
    private static final Set<String> PERCENT = Set.of("%", "percent", "pct", "per cent", "percentage points");
    private static final Set<String> CALENDAR = Lexicon.words(QuantityExtractor.class, "calendar-tokens.txt");
    /** Words that end a unit phrase: function words and the verbs that usually follow a counted noun. */
    private static final Set<String> UNIT_STOPS = Lexicon.words(QuantityExtractor.class, "stopwords-en.txt");
    private static final int MAX_UNIT_WORDS = 3;

    /** "zero" to "ninety", "dozen" and "hundred", each with its value. */
    private static Map<String, Long> numberWords() {
        Map<String, Long> values = new HashMap<>();
        Lexicon.map(QuantityExtractor.class, "number-words.txt").forEach((word, value) -> values.put(word, Long.valueOf(value)));
        return Map.copyOf(values);
    }

    /** The amounts, counts and measures of the text in text order; numbers inside {@code dates} are not quantities. */
    public List<Quantity> extract(TokenizedText article, List<DateMention> dates) {
        String text = article.text();
        int[] dateSpans = sortedSpans(dates);
        List<Quantity> quantities = new ArrayList<>();
        for (Sentence sentence : article.sentences()) {
            List<Token> tokens = article.tokensOf(sentence);
            for (int i = 0; i < tokens.size(); i++) {
                i = quantityAt(text, tokens, i, dateSpans, quantities);
            }
        }
        return quantities;
    }

    /** Reads a quantity starting at token i, adds it and returns the index of its last token (or i). */
    private static int quantityAt(String text, List<Token> tokens, int i, int[] dates,
                                  List<Quantity> out) {
        int first = i;
        String currency = null;
        Token token = tokens.get(i);
        if (CURRENCY_SYMBOLS.containsKey(token.text()) && i + 1 < tokens.size()
                && tokens.get(i + 1).start() == token.end()) {
            currency = CURRENCY_SYMBOLS.get(token.text());
            i++;
        } else if (token.text().equals("US") && i + 2 < tokens.size() && tokens.get(i + 1).text().equals("$")) {
            currency = "USD";
            i += 2;
        }
        Token number = tokens.get(i);
        if (!mayBeNumber(number) || insideDate(number, dates) || isCalendarContext(tokens, i)) {
            return first;
        }
        double low = Double.NaN;
        double value;
        Matcher range = NUMERAL_RANGE.matcher(number.text());
        int last = i;
        if (range.matches()) {
            low = parseNumeral(range.group(1), false);
            value = parseNumeral(range.group(2), false);
        } else {
            value = parseNumeral(number.text(), currency != null);
            if (Double.isNaN(value)) {
                int[] end = new int[1];
                value = parseNumberWords(tokens, i, end);
                if (Double.isNaN(value)) {
                    return first;
                }
                last = end[0];
            }
        }
        if (Double.isNaN(value)) {
            return first;
        }
        if (last + 2 < tokens.size() && (is(tokens.get(last + 1), "to") || is(tokens.get(last + 1), "and"))
                && is(tokens.get(first == 0 ? 0 : first - 1), "between") == is(tokens.get(last + 1), "and")) {
            double upper = parseNumeral(tokens.get(last + 2).text(), currency != null);
            if (!Double.isNaN(upper)) {
                low = value;
                value = upper;
                last += 2;
            }
        }
        if (last + 1 < tokens.size()) {
            Double scale = SCALES.get(lower(tokens.get(last + 1)));
            if (scale != null && !(scale == 1e2 && last > i)) {
                value *= scale;
                low *= scale;
                last++;
            }
        }
        String unit = currency;
        int unitEnd = last;
        if (unit == null && last + 1 < tokens.size()) {
            String next = lower(tokens.get(last + 1));
            String two = last + 2 < tokens.size() ? next + " " + lower(tokens.get(last + 2)) : "";
            if (PERCENT.contains(two)) {
                unit = "percent";
                unitEnd = last + 2;
            } else if (PERCENT.contains(next)) {
                unit = "percent";
                unitEnd = last + 1;
            } else if (CURRENCY_WORDS.containsKey(next)) {
                unit = CURRENCY_WORDS.get(next);
                unitEnd = last + 1;
            } else {
                unitEnd = unitPhraseEnd(tokens, last + 1);
                unit = unitEnd > last ? text.substring(tokens.get(last + 1).start(), tokens.get(unitEnd).end()) : null;
            }
        }
        if (unit == null || isYearLike(number.text()) && currency == null && !"percent".equals(unit)) {
            return first;
        }
        int start = tokens.get(first).start();
        int end = tokens.get(unitEnd).end();
        String surface = text.substring(start, end);
        if (!Double.isNaN(low)) {
            out.add(new Quantity(surface, low, unit, start, end));
        }
        out.add(new Quantity(surface, value, unit, start, end));
        return unitEnd;
    }

    /** The last token of the noun phrase a number counts ("prisoners of war"), or {@code from - 1} when none. */
    private static int unitPhraseEnd(List<Token> tokens, int from) {
        int end = from - 1;
        int words = 0;
        for (int k = from; k < tokens.size() && words < MAX_UNIT_WORDS; k++) {
            Token token = tokens.get(k);
            String word = lower(token);
            if (!token.isWord() || Character.isDigit(word.charAt(0))) {
                break;
            }
            if (word.equals("of") && words > 0 && k + 1 < tokens.size() && isUnitWord(tokens.get(k + 1), false)) {
                end = k + 1;
                words += 2;
                k++;
                continue;
            }
            if (!isUnitWord(token, words == 0)) {
                break;
            }
            end = k;
            words++;
        }
        return end;
    }

    private static boolean isUnitWord(Token token, boolean first) {
        String word = lower(token);
        if (UNIT_STOPS.contains(word) && !word.equals("people") || CALENDAR.contains(word)) {
            return false;
        }
        if (!first && (word.endsWith("ed") || word.endsWith("ly"))) {
            return false;
        }
        return Character.isLowerCase(token.text().charAt(0)) || first && token.isCapitalized() && word.length() > 1;
    }

    /** A cheap test before the parsers: a digit first, or a number word. */
    private static boolean mayBeNumber(Token token) {
        String text = token.text();
        char c = text.charAt(0);
        return Character.isDigit(c)
                || Character.isLetter(c) && text.length() >= 3 && !Double.isNaN(wordValue(lower(token)));
    }

    private static double parseNumeral(String numeral, boolean money) {
        Matcher m = NUMERAL.matcher(numeral);
        if (!m.matches()) {
            return Double.NaN;
        }
        String suffix = m.group(3).toLowerCase(Locale.ROOT);
        Double scale = suffix.isEmpty() ? Double.valueOf(1) : ATTACHED_SCALES.get(suffix);
        if (scale == null && money) {
            scale = ATTACHED_MONEY_SCALES.get(suffix);
        }
        if (scale == null) {
            return Double.NaN;
        }
        String digits = m.group(1).replace(",", "") + (m.group(2) == null ? "" : "." + m.group(2));
        return Double.parseDouble(digits) * scale;
    }

    /** "twenty-five", "three hundred", "a dozen" style numbers; {@code end[0]} receives the last token used. */
    private static double parseNumberWords(List<Token> tokens, int i, int[] end) {
        double total = 0;
        double current = 0;
        boolean any = false;
        int k = i;
        for (; k < tokens.size(); k++) {
            String word = lower(tokens.get(k));
            double part = wordValue(word);
            if (Double.isNaN(part)) {
                if (word.equals("and") && any && k + 1 < tokens.size() && !Double.isNaN(wordValue(lower(tokens.get(k + 1))))) {
                    continue;
                }
                break;
            }
            if (word.equals("hundred")) {
                current = (current == 0 ? 1 : current) * 100;
            } else {
                current += part;
            }
            any = true;
        }
        if (!any) {
            return Double.NaN;
        }
        end[0] = k - 1;
        return total + current;
    }

    private static double wordValue(String word) {
        Long unit = UNITS.get(word);
        if (unit != null) {
            return unit;
        }
        int hyphen = word.indexOf('-');
        if (hyphen > 0) {
            Long tens = UNITS.get(word.substring(0, hyphen));
            Long ones = UNITS.get(word.substring(hyphen + 1));
            if (tens != null && ones != null && tens >= 20 && tens % 10 == 0 && ones < 10) {
                return tens + ones;
            }
        }
        return Double.NaN;
    }

    private static boolean isYearLike(String numeral) {
        if (numeral.length() != 4 || !numeral.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int year = Integer.parseInt(numeral);
        return year >= 1800 && year <= 2100;
    }

    private static boolean isCalendarContext(List<Token> tokens, int i) {
        return i > 0 && CALENDAR.contains(lower(tokens.get(i - 1)))
                || i + 1 < tokens.size() && CALENDAR.contains(lower(tokens.get(i + 1)))
                || i + 1 < tokens.size() && tokens.get(i + 1).text().equals(":")
                || i > 0 && tokens.get(i - 1).text().equals(":");
    }

    /** Date spans as {start0, end0, start1, end1, ...} ordered by start. */
    private static int[] sortedSpans(List<DateMention> dates) {
        return dates.stream().sorted(Comparator.comparingInt(DateMention::start))
                .flatMapToInt(d -> IntStream.of(d.start(), d.end())).toArray();
    }

    private static boolean insideDate(Token token, int[] spans) {
        int low = 0;
        int high = spans.length / 2;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (spans[2 * middle] < token.end()) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        for (int k = low - 1; k >= 0 && k >= low - 8; k--) {
            if (spans[2 * k + 1] > token.start()) {
                return true;
            }
        }
        return false;
    }

    private static boolean is(Token token, String word) {
        return token.text().equalsIgnoreCase(word);
    }

    private static String lower(Token token) {
        return token.lowerCase();
    }
}
