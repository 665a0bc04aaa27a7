package be.ariadne.exchange;

import java.nio.charset.StandardCharsets;

/** Strict UTF-8 checking and decoding of a byte range (the JDK's decoder replaces silently). */
final class Utf8 {

    private Utf8() {
    }

    /**
     * Offset of the first byte of the first ill-formed sequence in {@code bytes[from, to)}, or -1
     * when the range is well-formed UTF-8 (Unicode table 3-7: no overlong forms, no surrogates,
     * nothing above U+10FFFF).
     */
    static int firstMalformed(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length;
            int secondLow = 0x80;
            int secondHigh = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                length = 2;
            } else if (b >= 0xE0 && b <= 0xEF) {
                length = 3;
                if (b == 0xE0) {
                    secondLow = 0xA0;
                } else if (b == 0xED) {
                    secondHigh = 0x9F;
                }
            } else if (b >= 0xF0 && b <= 0xF4) {
                length = 4;
                if (b == 0xF0) {
                    secondLow = 0x90;
                } else if (b == 0xF4) {
                    secondHigh = 0x8F;
                }
            } else {
                return i;
            }
            if (i + length > to) {
                return i;
            }
            int second = bytes[i + 1] & 0xFF;
            if (second < secondLow || second > secondHigh) {
                return i;
            }
            for (int k = 2; k < length; k++) {
                int next = bytes[i + k] & 0xFF;
                if (next < 0x80 || next > 0xBF) {
                    return i;
                }
            }
            i += length;
        }
        return -1;
    }

    /** Decodes a well-formed range; the caller checked it with {@link #firstMalformed}. */
    static String decode(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] < 0) {
                return new String(bytes, from, to - from, StandardCharsets.UTF_8);
            }
        }
        // ASCII only: the Latin-1 decoder is a plain copy.
        return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    }
}
