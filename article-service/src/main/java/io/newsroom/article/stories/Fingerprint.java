package io.newsroom.article.stories;

import java.nio.ByteBuffer;
import java.util.Arrays;

/** A text's MinHash signature and the number of its distinct shingles (for the containment estimate). */
public record Fingerprint(int[] signature, int shingles) {

    public boolean isEmpty() {
        return shingles == 0;
    }

    /** The signature as stored: 4 bytes per hash, big-endian. */
    public byte[] signatureBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(signature.length * Integer.BYTES);
        buffer.asIntBuffer().put(signature);
        return buffer.array();
    }

    public static Fingerprint of(byte[] signature, int shingles) {
        int[] values = new int[signature.length / Integer.BYTES];
        ByteBuffer.wrap(signature).asIntBuffer().get(values);
        return new Fingerprint(values, shingles);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fingerprint that && shingles == that.shingles && Arrays.equals(signature, that.signature);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(signature) + shingles;
    }

    @Override
    public String toString() {
        return "Fingerprint[" + shingles + " shingles]";
    }
}
