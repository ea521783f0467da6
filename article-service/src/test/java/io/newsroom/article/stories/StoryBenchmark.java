package io.newsroom.article.stories;

import io.newsroom.article.stories.NewsGenerator.Facts;
import io.newsroom.article.stories.NewsGenerator.Kind;
import io.newsroom.article.stories.StoryStore.Candidate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Story grouping over generated news (NewsGenerator), without a database: the matcher and decision the service uses
 * ({@link StoryMatcher}, {@link StoryService#best}) over an in-memory band index with the service's limits (200 rows
 * read per band key, 50 candidates verified). Prints pairwise precision and recall, recall per kind of copy, the
 * share of hard negatives wrongly joined, and the cost per article (time, candidates verified, index rows read and
 * written) over the last 2,000 articles stored before each checkpoint; precision and recall count every article so far. usage: StoryBenchmark [ARTICLES [SEED]] (default 100000, checkpoints 10k and 100k).
 */
public final class StoryBenchmark {

    private static final int WINDOW = 2000;

    private final StoryMatcher matcher;
    private final BandIndex index = new BandIndex(1 << 23);
    private final List<Fingerprint> fingerprints = new ArrayList<>();
    private final List<Integer> predicted = new ArrayList<>();
    private final List<Integer> truth = new ArrayList<>();
    private final Map<Integer, Integer> predictedSizes = new java.util.HashMap<>();
    private final Map<Integer, Integer> truthSizes = new java.util.HashMap<>();
    private final Map<Long, Integer> truePositivePairsByCluster = new java.util.HashMap<>();
    private long predictedPairs;
    private long truePairs;
    private long truePositivePairs;
    private final Map<Kind, int[]> joinedByKind = new EnumMap<>(Kind.class);
    private int nextPredicted;
    private long windowNanos;
    private long windowCandidates;
    private long windowPostings;
    private int windowCount;
    private int checkpoint = 10_000;

    StoryBenchmark(StoryMatcher matcher) {
        this.matcher = matcher;
        for (Kind kind : Kind.values()) {
            joinedByKind.put(kind, new int[2]);
        }
    }

    public static void main(String[] args) {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20261204L;
        StoryMatcher.Settings settings = StoryMatcher.Settings.DEFAULT;
        System.out.printf(Locale.ROOT, "story grouping: %d-word shingles, %d bands x %d rows, join score %.2f, seed %d%n",
                settings.shingleWords(), settings.bands(), settings.rows(), settings.joinScore(), seed);
        new StoryBenchmark(new StoryMatcher(settings)).run(articles, seed);
    }

    void run(int articles, long seed) {
        NewsGenerator generator = new NewsGenerator(seed);
        System.out.println("| stored | precision | recall | chrome | edit | shortened | outlet | rewrite | hard neg. joined "
                + "| us/article | candidates | rows read | rows written |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        int story = 0;
        int reported = 0;
        while (fingerprints.size() < articles) {
            Facts facts = generator.facts();
            List<String> sentences = generator.story(facts);
            int id = story++;
            add(generator.text(sentences), id, Kind.ORIGINAL);
            int copies = generator.random().nextInt(10) < 4 ? 0 : 1 + generator.random().nextInt(4);
            Kind[] kinds = {Kind.CHROME, Kind.EDIT, Kind.SHORTENED, Kind.OUTLET, Kind.REWRITE};
            for (int i = 0; i < copies; i++) {
                Kind kind = kinds[generator.random().nextInt(kinds.length)];
                add(generator.variant(kind, sentences, facts), id, kind);
            }
            if (generator.random().nextInt(5) == 0) {
                Facts other = generator.hardNegative(facts);
                add(generator.text(generator.story(other)), story++, Kind.HARD_NEGATIVE);
            }
            if (fingerprints.size() >= checkpoint) {
                report();
                reported = fingerprints.size();
                checkpoint *= 10;
            }
        }
        if (reported != fingerprints.size()) {
            report();
        }
    }

    private void add(String text, int story, Kind kind) {
        // the cost is measured over the last WINDOW articles stored before each checkpoint
        boolean timed = fingerprints.size() >= checkpoint - WINDOW;
        long start = System.nanoTime();
        Fingerprint fingerprint = matcher.fingerprint(text);
        long[] keys = matcher.bandKeys(fingerprint);
        int[] postings = new int[1];
        List<Candidate> candidates = index.candidates(keys, StoryStore.POSTINGS_PER_KEY, StoryService.CANDIDATES, postings,
                fingerprints, predicted);
        Optional<SimilarArticle> best = StoryService.best(matcher, fingerprint, candidates);
        int doc = fingerprints.size();
        int cluster = best.isPresent() && matcher.sameStory(best.get().similarity())
                ? (int) best.get().storyId().getLeastSignificantBits() : nextPredicted++;
        index.add(keys, doc);
        long nanos = System.nanoTime() - start;
        fingerprints.add(fingerprint);
        predicted.add(cluster);
        truth.add(story);
        if (timed) {
            windowNanos += nanos;
            windowCandidates += candidates.size();
            windowPostings += postings[0];
            windowCount++;
        }
        score(doc, cluster, story, kind, best.isPresent() && matcher.sameStory(best.get().similarity()));
    }

    private void score(int doc, int cluster, int story, Kind kind, boolean joined) {
        int sameCluster = predictedSizes.getOrDefault(cluster, 0);
        int sameStory = truthSizes.getOrDefault(story, 0);
        // pairs (doc, earlier) predicted together and truly together: the earlier articles of this cluster and story
        long key = ((long) cluster << 32) | (story & 0xffffffffL);
        int both = truePositivePairsByCluster.getOrDefault(key, 0);
        predictedPairs += sameCluster;
        truePairs += sameStory;
        truePositivePairs += both;
        predictedSizes.merge(cluster, 1, Integer::sum);
        truthSizes.merge(story, 1, Integer::sum);
        truePositivePairsByCluster.merge(key, 1, Integer::sum);
        int[] counts = joinedByKind.get(kind);
        if (kind == Kind.HARD_NEGATIVE) {
            counts[0] += joined ? 1 : 0;
            counts[1]++;
        } else if (kind != Kind.ORIGINAL) {
            counts[0] += both > 0 ? 1 : 0;
            counts[1]++;
        }
    }

    private void report() {
        System.out.printf(Locale.ROOT, "| %,d | %.4f | %.4f | %s | %s | %s | %s | %s | %s | %.0f | %.1f | %.0f | %d |%n",
                fingerprints.size(), (double) truePositivePairs / Math.max(1, predictedPairs),
                (double) truePositivePairs / Math.max(1, truePairs), share(Kind.CHROME), share(Kind.EDIT),
                share(Kind.SHORTENED), share(Kind.OUTLET), share(Kind.REWRITE), share(Kind.HARD_NEGATIVE),
                windowNanos / 1000.0 / windowCount, (double) windowCandidates / windowCount,
                (double) windowPostings / windowCount, matcher.settings().bands());
        windowNanos = 0;
        windowCandidates = 0;
        windowPostings = 0;
        windowCount = 0;
    }

    private String share(Kind kind) {
        int[] counts = joinedByKind.get(kind);
        return String.format(Locale.ROOT, "%.3f", (double) counts[0] / Math.max(1, counts[1]));
    }

    /** Open addressing from band key to a chain of postings (newest first), as story_bands and its index. */
    static final class BandIndex {
        private long[] keys;
        private int[] heads;
        private int[] next = new int[1 << 20];
        private int[] docs = new int[1 << 20];
        private int postings;

        BandIndex(int capacity) {
            keys = new long[capacity];
            heads = new int[capacity];
            Arrays.fill(heads, -1);
        }

        void add(long[] bandKeys, int doc) {
            for (long key : bandKeys) {
                int slot = slot(key);
                if (heads[slot] == -1) {
                    keys[slot] = key;
                }
                if (postings == docs.length) {
                    docs = Arrays.copyOf(docs, postings * 2);
                    next = Arrays.copyOf(next, postings * 2);
                }
                docs[postings] = doc;
                next[postings] = heads[slot];
                heads[slot] = postings++;
            }
        }

        List<Candidate> candidates(long[] bandKeys, int perKey, int limit, int[] read, List<Fingerprint> fingerprints,
                                   List<Integer> clusters) {
            Map<Integer, Integer> shared = new java.util.HashMap<>();
            for (long key : bandKeys) {
                int n = 0;
                for (int p = heads[slot(key)]; p != -1 && n < perKey; p = next[p], n++) {
                    shared.merge(docs[p], 1, Integer::sum);
                    read[0]++;
                }
            }
            return shared.entrySet().stream()
                    .sorted((a, b) -> a.getValue().equals(b.getValue()) ? Integer.compare(a.getKey(), b.getKey())
                            : Integer.compare(b.getValue(), a.getValue()))
                    .limit(limit)
                    .map(e -> new Candidate(new UUID(0, e.getKey()), new UUID(0, clusters.get(e.getKey())),
                            fingerprints.get(e.getKey()), e.getValue()))
                    .toList();
        }

        private int slot(long key) {
            int mask = keys.length - 1;
            int slot = (int) (key ^ (key >>> 29)) & mask;
            while (heads[slot] != -1 && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }
    }
}
