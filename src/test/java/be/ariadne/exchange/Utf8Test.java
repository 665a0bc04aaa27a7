package be.ariadne.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Utf8Test {

    private static byte[] hex(String text) {
        String[] parts = text.trim().split(" ");
        byte[] bytes = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            bytes[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return bytes;
    }

    @ParameterizedTest
    @CsvSource({
        "41 42 43, -1",                 // ASCII
        "C3 A9, -1",                    // é
        "E2 82 AC, -1",                 // €
        "F0 9F 98 80, -1",              // an emoji, outside the BMP
        "F4 8F BF BF, -1",              // U+10FFFF, the last code point
        "41 C3, 1",                     // cut short
        "C3 28, 0",                     // a lead byte without its continuation
        "80, 0",                        // a lone continuation byte
        "C0 80, 0",                     // overlong NUL
        "E0 80 80, 0",                  // overlong
        "ED A0 80, 0",                  // a surrogate
        "F4 90 80 80, 0",               // above U+10FFFF
        "F8 88 80 80 80, 0",            // five-byte form
        "41 42 FF, 2"})
    void findsTheFirstMalformedByte(String bytes, int expected) {
        byte[] data = hex(bytes);
        assertThat(Utf8.firstMalformed(data, 0, data.length)).isEqualTo(expected);
    }
}
