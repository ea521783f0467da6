package io.newsroom.e2e.load;

import java.util.Arrays;
import java.util.Collection;

/** Nearest-rank percentiles of latencies in milliseconds. */
record Percentiles(int count, double p50, double p99, double max) {

    static Percentiles of(Collection<Double> millis) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return new Percentiles(0, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Percentiles(sorted.length, rank(sorted, 0.50), rank(sorted, 0.99), sorted[sorted.length - 1]);
    }

    private static double rank(double[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    @Override
    public String toString() {
        return Arrays.toString(new double[] {p50, p99});
    }
}
