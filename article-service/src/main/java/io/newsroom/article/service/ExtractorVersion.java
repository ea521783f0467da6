package io.newsroom.article.service;

import java.util.ArrayList;
import java.util.List;

/** Orders extractor versions such as 1.0.0, 1.2 or 1.10.0-beta by their numeric parts. */
public record ExtractorVersion(List<Integer> numbers, String label) implements Comparable<ExtractorVersion> {

    public static ExtractorVersion parse(String text) {
        String value = text.strip();
        int dash = value.indexOf('-');
        String core = dash < 0 ? value : value.substring(0, dash);
        String label = dash < 0 ? "" : value.substring(dash + 1);
        List<Integer> numbers = new ArrayList<>();
        for (String part : core.split("\\.")) {
            String digits = part.replaceAll("\\D.*$", "");
            numbers.add(digits.isEmpty() ? 0 : Integer.parseInt(digits.length() > 9 ? digits.substring(0, 9) : digits));
        }
        return new ExtractorVersion(List.copyOf(numbers), label);
    }

    public boolean isOlderThan(ExtractorVersion other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(ExtractorVersion other) {
        int length = Math.max(numbers.size(), other.numbers.size());
        for (int i = 0; i < length; i++) {
            int left = i < numbers.size() ? numbers.get(i) : 0;
            int right = i < other.numbers.size() ? other.numbers.get(i) : 0;
            if (left != right) {
                return Integer.compare(left, right);
            }
        }
        // a release outranks its pre-releases: 1.0.0 > 1.0.0-rc1
        if (label.isEmpty() != other.label.isEmpty()) {
            return label.isEmpty() ? 1 : -1;
        }
        return label.compareTo(other.label);
    }
}
