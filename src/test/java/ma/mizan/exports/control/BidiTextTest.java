package ma.mizan.exports.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BidiTextTest {

    @Test
    void aParagraphWithMoreArabicThanLatinLettersIsRightToLeft() {
        assertThat(BidiText.mainlyRightToLeft("شركة الأطلس للتأمين (SA)")).isTrue();
        assertThat(BidiText.mainlyRightToLeft("Company name: شركة الأطلس للتأمين, Casablanca, Maroc")).isFalse();
        assertThat(BidiText.mainlyRightToLeft("2026-12-02")).isFalse();
    }

    @Test
    void latinTextInALeftToRightLineIsLeftAlone() {
        String line = "Évaluation (Article 6(3)) — sha256 ab12";
        assertThat(BidiText.visual(line, false)).isSameAs(line);
    }

    @Test
    void anArabicWordIsShapedIntoJoinedFormsAndReversed() {
        // سلم: seen (initial U+FEB3), lam (medial U+FEE0), meem (final U+FEE2); drawn left to right as meem, lam, seen
        assertThat(BidiText.visual("سلم", true)).isEqualTo("\uFEE2\uFEE0\uFEB3");
    }

    @Test
    void inALeftToRightLineOnlyTheArabicRunIsReversedAndMirroredBracketsStayCorrect() {
        assertThat(BidiText.visual("Nom : سلم (SA)", false)).isEqualTo("Nom : \uFEE2\uFEE0\uFEB3 (SA)");
        // in a right-to-left line the Latin run keeps its order and the brackets are mirrored
        assertThat(BidiText.visual("سلم (SA)", true)).isEqualTo("(SA) \uFEE2\uFEE0\uFEB3");
    }

    @Test
    void lamAlefBecomesOneLigature() {
        // لا is written as the single ligature U+FEFB
        assertThat(BidiText.visual("لا", true)).isEqualTo("\uFEFB");
    }
}
