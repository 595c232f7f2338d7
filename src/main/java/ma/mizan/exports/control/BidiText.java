package ma.mizan.exports.control;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;
import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;

/**
 * Turns one line of logical text (the order it is typed and stored in) into the glyph order a PDF shows from left
 * to right. PDFBox places glyphs as given: it neither joins Arabic letters nor reverses right-to-left runs, so
 * without this an Arabic company name prints as isolated letters in reverse.
 *
 * <p>Shaping comes first, on logical text, because a letter's form depends on its logical neighbours; ordering
 * comes second, per wrapped line, because the Unicode bidirectional algorithm reorders within a line and a
 * paragraph wrapped after reordering would read its lines in the wrong order.
 */
final class BidiText {

    private static final ArabicShaping SHAPER = new ArabicShaping(
            ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK);

    private BidiText() {
    }

    /**
     * Whether the text is mainly right-to-left: it has more right-to-left letters (Arabic, Hebrew) than left-to-right
     * ones. Such a paragraph takes a right-to-left base direction and is right-aligned.
     */
    static boolean mainlyRightToLeft(String text) {
        int rtl = 0;
        int ltr = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int direction = UCharacter.getDirection(cp);
            if (direction == UCharacterDirection.RIGHT_TO_LEFT || direction == UCharacterDirection.RIGHT_TO_LEFT_ARABIC) {
                rtl++;
            } else if (direction == UCharacterDirection.LEFT_TO_RIGHT) {
                ltr++;
            }
            i += Character.charCount(cp);
        }
        return rtl > ltr;
    }

    /** Whether the text needs shaping or reordering at all; most lines do not, and skip the work. */
    static boolean needsBidi(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Hebrew starts at U+0590, Arabic presentation forms at U+FB1D; then the explicit direction controls
            if (c >= '\u0590' && c < '\u0900' || c >= '\uFB1D' && c <= '\uFEFF'
                    || c == '\u200E' || c == '\u200F' || c >= '\u202A' && c <= '\u202E'
                    || c >= '\u2066' && c <= '\u2069') {
                return true;
            }
        }
        return false;
    }

    /** The line shaped and in visual order, for a paragraph of the given base direction. */
    static String visual(String logicalLine, boolean rightToLeftBase) {
        if (!needsBidi(logicalLine) && !rightToLeftBase) {
            return logicalLine;
        }
        String shaped;
        try {
            shaped = SHAPER.shape(logicalLine);
        } catch (ArabicShapingException e) {
            // shaping only fails on options we do not use; an unshaped line is still legible, so keep going
            shaped = logicalLine;
        }
        shaped = restoreMarks(shaped);
        Bidi bidi = new Bidi();
        bidi.setPara(shaped, rightToLeftBase ? Bidi.RTL : Bidi.LTR, null);
        // Reversed right-to-left runs put a combining mark just before its base letter. That is what the font wants:
        // DejaVu's Arabic marks have no advance and are drawn over the glyph that follows them (checked by rendering
        // يقيّم at 900 dpi; KEEP_BASE_COMBINING put the shadda on the wrong letter).
        return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
    }

    /**
     * Puts the combining vowel marks (fatha, shadda, ...) back after shaping. The shaper turns them into presentation
     * forms, the medial ones with a built-in tatweel, which draws a visible stretch inside the word and comes back from
     * text extraction as an extra U+0640. The marks need no shaping: drawn as combining marks they sit on the letter.
     */
    static String restoreMarks(String shaped) {
        StringBuilder sb = null;
        for (int i = 0; i < shaped.length(); i++) {
            char c = shaped.charAt(i);
            char mark = c >= '\uFE70' && c <= '\uFE7F' ? markOf(c) : 0;
            if (mark != 0 && sb == null) {
                sb = new StringBuilder(shaped.length()).append(shaped, 0, i);
            }
            if (sb != null) {
                sb.append(mark != 0 ? mark : c);
            }
        }
        return sb == null ? shaped : sb.toString();
    }

    /** U+FE70..U+FE7F pair isolated and medial forms of U+064B..U+0652; U+FE73 and U+FE75 are not marks. */
    private static char markOf(char form) {
        return switch (form) {
            case '\uFE70', '\uFE71' -> '\u064B';
            case '\uFE72' -> '\u064C';
            case '\uFE74' -> '\u064D';
            case '\uFE76', '\uFE77' -> '\u064E';
            case '\uFE78', '\uFE79' -> '\u064F';
            case '\uFE7A', '\uFE7B' -> '\u0650';
            case '\uFE7C', '\uFE7D' -> '\u0651';
            case '\uFE7E', '\uFE7F' -> '\u0652';
            default -> 0;
        };
    }
}
