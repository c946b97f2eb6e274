package org.trawl.index;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * MinHash sketches of an article's text, for finding near-duplicates (the same wire story syndicated with
 * small edits): the text's five-word shingles, each hashed {@value #HASHES} ways, keep the smallest value
 * of each way. The share of equal values between two sketches estimates the Jaccard similarity of the two
 * shingle sets. Sketches are split into {@value #BANDS} bands of {@value #ROWS} values (locality-sensitive
 * hashing): two texts of similarity 0.9 share a band with probability above 0.9999, two of 0.3 about 0.12.
 */
public final class MinHash {

    public static final int HASHES = 64;
    public static final int BANDS = 16;
    public static final int ROWS = HASHES / BANDS;
    static final int SHINGLE_WORDS = 5;
    /** Texts with fewer words are not compared: too short to tell a copy from a common phrasing. */
    static final int MIN_WORDS = 50;
    /** Estimated similarity at and above which an article is a near-duplicate of an earlier one. */
    public static final double NEAR_DUPLICATE = 0.85;

    private static final long[] SEEDS = new long[HASHES];

    static {
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            s = mix(s + 0x9E3779B97F4A7C15L);
            SEEDS[i] = s;
        }
    }

    private MinHash() {
    }

    /** The sketch of a text, or null when it has too few words to compare. */
    public static long[] signature(String text) {
        long[] words = wordHashes(text);
        if (words.length < MIN_WORDS) {
            return null;
        }
        long[] min = new long[HASHES];
        Arrays.fill(min, Long.MAX_VALUE);
        for (int i = 0; i + SHINGLE_WORDS <= words.length; i++) {
            long shingle = 0;
            for (int j = 0; j < SHINGLE_WORDS; j++) {
                shingle = shingle * 0x100000001B3L + words[i + j];
            }
            for (int k = 0; k < HASHES; k++) {
                long v = mix(shingle ^ SEEDS[k]);
                if (v < min[k]) {
                    min[k] = v;
                }
            }
        }
        return min;
    }

    /** Estimated Jaccard similarity of the two texts' shingles: the share of equal sketch values. */
    public static double similarity(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    /** The band keys of a sketch: texts sharing one are candidates to compare. */
    public static List<String> bands(long[] signature) {
        List<String> out = new ArrayList<>(BANDS);
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h * 31 + signature[b * ROWS + r]);
            }
            out.add(String.format(Locale.ROOT, "%d:%016x", b, h));
        }
        return out;
    }

    public static byte[] toBytes(long[] signature) {
        ByteBuffer buf = ByteBuffer.allocate(HASHES * Long.BYTES);
        for (long v : signature) {
            buf.putLong(v);
        }
        return buf.array();
    }

    public static long[] fromBytes(byte[] bytes, int offset, int length) {
        if (length != HASHES * Long.BYTES) {
            return null;
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes, offset, length);
        long[] out = new long[HASHES];
        for (int i = 0; i < HASHES; i++) {
            out[i] = buf.getLong();
        }
        return out;
    }

    /** FNV-1a hashes of the text's words: runs of letters and digits, case folded. */
    private static long[] wordHashes(String text) {
        long[] out = new long[64];
        int n = 0;
        long h = 0;
        boolean inWord = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    h = 0xcbf29ce484222325L;
                    inWord = true;
                }
                h = (h ^ Character.toLowerCase(c)) * 0x100000001b3L;
            } else if (inWord) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = h;
                inWord = false;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The SplitMix64 finaliser: a well-mixed 64-bit value. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
