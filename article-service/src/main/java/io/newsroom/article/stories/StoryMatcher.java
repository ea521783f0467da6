package io.newsroom.article.stories;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Near-duplicate matching of cleaned article texts, without a database: word shingles, a MinHash signature, LSH band
 * keys to find candidates, and the verification of a candidate by estimated Jaccard similarity and containment.
 * <p>
 * A text's words are its runs of letters and digits, lower-cased with their accents removed; its shingles are the
 * runs of {@link Settings#shingleWords()} consecutive words (a shorter text is one shingle). The signature keeps, for
 * each of {@code bands * rows} hash functions, the smallest hash of a shingle: two signatures agree at a position with
 * probability equal to the Jaccard similarity of the two shingle sets. Each band of {@code rows} positions becomes one
 * 64-bit key; texts that share a key are candidates, so an index of keys finds them without comparing every pair.
 * <p>
 * A candidate is the same story when its score reaches {@link Settings#joinScore()}. The score is the estimated
 * containment of the smaller shingle set in the larger, so that a shortened copy scores as high as a full one;
 * when the smaller text has fewer than {@link Settings#minContainmentShingles()} shingles, the score is the
 * estimated Jaccard similarity instead (a two-line brief is not "contained" in every article that shares a phrase).
 */
public final class StoryMatcher {

    /** The matcher's parameters; {@link #DEFAULT} is what the service uses (tuned by bin/newsroom bench-stories). */
    public record Settings(int shingleWords, int bands, int rows, double joinScore, double similarScore,
                           int minContainmentShingles) {

        public static final Settings DEFAULT = new Settings(3, 40, 3, 0.5, 0.3, 20);

        public Settings {
            if (shingleWords < 1 || bands < 1 || rows < 1) {
                throw new IllegalArgumentException("shingleWords, bands and rows must be positive");
            }
        }

        public int hashes() {
            return bands * rows;
        }
    }

    /** How similar two texts are: the estimated Jaccard similarity, containment, and the score compared to the threshold. */
    public record Similarity(double jaccard, double containment, double score) {
    }

    private static final long SEED = 0x5709_1e5_0b5e55edL;

    private final Settings settings;
    private final long[] multipliers;
    private final long[] increments;

    public StoryMatcher() {
        this(Settings.DEFAULT);
    }

    public StoryMatcher(Settings settings) {
        this.settings = settings;
        SplittableRandom random = new SplittableRandom(SEED);
        multipliers = new long[settings.hashes()];
        increments = new long[settings.hashes()];
        for (int i = 0; i < multipliers.length; i++) {
            multipliers[i] = random.nextLong() | 1L;
            increments[i] = random.nextLong();
        }
    }

    public Settings settings() {
        return settings;
    }

    /** The signature of a cleaned text; a text without a word has an empty one that matches nothing. */
    public Fingerprint fingerprint(String text) {
        long[] shingles = shingles(text == null ? "" : text);
        int[] signature = new int[settings.hashes()];
        Arrays.fill(signature, Integer.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < signature.length; i++) {
                // multiply-shift: the top 31 bits of a*x+b, a different odd a for each function
                int value = (int) ((multipliers[i] * shingle + increments[i]) >>> 33);
                if (value < signature[i]) {
                    signature[i] = value;
                }
            }
        }
        return new Fingerprint(signature, shingles.length);
    }

    /** One key per band (its index and its rows' values hashed); none for an empty fingerprint. */
    public long[] bandKeys(Fingerprint fingerprint) {
        if (fingerprint.isEmpty()) {
            return new long[0];
        }
        int[] signature = fingerprint.signature();
        if (signature.length != settings.hashes()) {
            throw new IllegalArgumentException("signature of " + signature.length + " hashes, expected " + settings.hashes());
        }
        long[] keys = new long[settings.bands()];
        for (int band = 0; band < keys.length; band++) {
            long key = mix(band + 1L);
            for (int row = 0; row < settings.rows(); row++) {
                key = mix(key * 31 + signature[band * settings.rows() + row]);
            }
            keys[band] = key;
        }
        return keys;
    }

    public Similarity compare(Fingerprint a, Fingerprint b) {
        if (a.isEmpty() || b.isEmpty() || a.signature().length != b.signature().length) {
            return new Similarity(0, 0, 0);
        }
        int equal = 0;
        for (int i = 0; i < a.signature().length; i++) {
            if (a.signature()[i] == b.signature()[i]) {
                equal++;
            }
        }
        double jaccard = (double) equal / a.signature().length;
        int smaller = Math.min(a.shingles(), b.shingles());
        // |A n B| = J (|A| + |B|) / (1 + J)
        double shared = jaccard * (a.shingles() + b.shingles()) / (1 + jaccard);
        double containment = Math.min(1.0, shared / smaller);
        double score = smaller < settings.minContainmentShingles() ? jaccard : containment;
        return new Similarity(round(jaccard), round(containment), round(score));
    }

    public boolean sameStory(Similarity similarity) {
        return similarity.score() >= settings.joinScore();
    }

    /** The distinct shingle hashes of the text, sorted. */
    long[] shingles(String text) {
        long[] words = words(text);
        if (words.length == 0) {
            return new long[0];
        }
        int width = Math.min(settings.shingleWords(), words.length);
        long[] shingles = new long[words.length - width + 1];
        for (int start = 0; start < shingles.length; start++) {
            long hash = 0;
            for (int i = start; i < start + width; i++) {
                hash = mix(hash * 0x100000001b3L + words[i]);
            }
            shingles[start] = hash;
        }
        Arrays.sort(shingles);
        int distinct = 0;
        for (int i = 0; i < shingles.length; i++) {
            if (i == 0 || shingles[i] != shingles[i - 1]) {
                shingles[distinct++] = shingles[i];
            }
        }
        return Arrays.copyOf(shingles, distinct);
    }

    /** A 64-bit hash of each word: runs of letters and digits, lower-cased, accents removed. */
    static long[] words(String text) {
        String folded = text.chars().allMatch(c -> c < 0x80) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        long[] words = new long[16];
        int count = 0;
        long hash = 0xcbf29ce484222325L;
        boolean inWord = false;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                hash = (hash ^ Character.toLowerCase(c)) * 0x100000001b3L;
                inWord = true;
            } else if (inWord) {
                if (count == words.length) {
                    words = Arrays.copyOf(words, count * 2);
                }
                words[count++] = mix(hash);
                hash = 0xcbf29ce484222325L;
                inWord = false;
            }
        }
        if (inWord) {
            if (count == words.length) {
                words = Arrays.copyOf(words, count + 1);
            }
            words[count++] = mix(hash);
        }
        return Arrays.copyOf(words, count);
    }

    /** The finaliser of MurmurHash3: every input bit affects every output bit. */
    static long mix(long value) {
        long h = value;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
