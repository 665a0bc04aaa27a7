package be.ariadne.exchange;

/** Small text helpers shared by the record, the reader and the writer. */
final class Texts {

    private static final int SHOWN_CODE_POINTS = 40;

    private Texts() {
    }

    /** Surrounding white space removed; blank becomes {@code null} (an absent value). */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /**
     * A value as shown in a problem: between apostrophes, control characters escaped, cut after
     * 40 characters so that a long note or a name is not copied whole into logs.
     */
    static String shown(String value) {
        StringBuilder out = new StringBuilder(Math.min(value.length(), SHOWN_CODE_POINTS) + 4).append('\'');
        int shown = 0;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (shown == SHOWN_CODE_POINTS) {
                out.append('…');
                break;
            }
            if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (cp == '\t') {
                out.append("\\t");
            } else if (Character.isISOControl(cp)) {
                out.append("\\u").append(String.format("%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
            shown++;
            i += Character.charCount(cp);
        }
        return out.append('\'').toString();
    }

    /** Index of the first control character (other than tab and line breaks when allowed), or -1. */
    static int firstControlCharacter(String value, boolean lineBreaksAllowed) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
                if (lineBreaksAllowed && (c == '\n' || c == '\r' || c == '\t')) {
                    continue;
                }
                return i;
            }
        }
        return -1;
    }
}
