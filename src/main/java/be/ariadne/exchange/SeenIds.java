package be.ariadne.exchange;

/**
 * The external ids already met in a file, to report duplicates without keeping the ids
 * themselves: a 64-bit hash and the first line of each, in open-addressing arrays (12 bytes per
 * slot, at least two slots per id: about 24 MB for a million rows, 36 MB while growing; a
 * million-row file reads in a 64 MB heap). Two different ids share a hash with a probability of
 * about n²/2⁶⁵ (3·10⁻⁸ for a million rows).
 */
final class SeenIds {

    private long[] hashes = new long[1024];
    private int[] lines = new int[1024];
    private int size;

    /** Records the id on the line; returns the line it was first seen on, or -1 if new. */
    long addOrFirstLine(String id, long line) {
        long hash = hash(id);
        int mask = hashes.length - 1;
        int slot = (int) (hash ^ (hash >>> 32)) & mask;
        while (hashes[slot] != 0) {
            if (hashes[slot] == hash) {
                return lines[slot];
            }
            slot = (slot + 1) & mask;
        }
        hashes[slot] = hash;
        lines[slot] = (int) Math.min(line, Integer.MAX_VALUE);
        if (++size * 2 > hashes.length) {
            grow();
        }
        return -1;
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldLines = lines;
        hashes = new long[oldHashes.length * 2];
        lines = new int[oldLines.length * 2];
        int mask = hashes.length - 1;
        for (int i = 0; i < oldHashes.length; i++) {
            long hash = oldHashes[i];
            if (hash != 0) {
                int slot = (int) (hash ^ (hash >>> 32)) & mask;
                while (hashes[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                hashes[slot] = hash;
                lines[slot] = oldLines[i];
            }
        }
    }

    /** FNV-1a over the characters, then the MurmurHash3 finaliser; never 0 (0 marks a free slot). */
    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
