package org.trawl.nlp.maxent;

import java.util.Arrays;

/**
 * A {@link FeatureSink} that keeps a 64-bit hash of each feature (FNV-1a over its UTF-16 characters,
 * then a final mix) instead of the feature itself. {@link #of(CharSequence)} hashes a whole string the
 * same way, so a model's predicates and a token's features meet in {@link HashedMaxent}'s table.
 */
public final class FeatureHasher implements FeatureSink {

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private long[] hashes = new long[64];
    private int count;
    private long h = OFFSET;

    /** The hash of a whole feature string. */
    public static long of(CharSequence feature) {
        return finish(mix(OFFSET, feature));
    }

    /** The FNV-1a state after {@code text}'s characters. */
    private static long mix(long h, CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * PRIME;
        }
        return h;
    }

    /** Murmur3's 64-bit finaliser: spreads every bit of the FNV state over the low bits a table uses. */
    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    @Override
    public FeatureSink part(String text) {
        h = mix(h, text);
        return this;
    }

    @Override
    public FeatureSink part(char c) {
        h = (h ^ c) * PRIME;
        return this;
    }

    @Override
    public void end() {
        if (count == hashes.length) {
            hashes = Arrays.copyOf(hashes, count * 2);
        }
        hashes[count++] = finish(h);
        h = OFFSET;
    }

    /** Forgets the features of the previous token. */
    public void clear() {
        count = 0;
        h = OFFSET;
    }

    public long[] hashes() {
        return hashes;
    }

    public int count() {
        return count;
    }
}
