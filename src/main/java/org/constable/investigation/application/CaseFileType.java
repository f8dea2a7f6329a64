package org.constable.investigation.application;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The type the case file PDF is set in (ADR 0110): DejaVu Sans, embedded and subset, for Latin with
 * every European accent, Greek, Cyrillic, Arabic and Urdu, Hebrew; then Adobe's standard Chinese
 * font (STSong-Light, named, not embedded, as PDF readers carry it) for Chinese characters. A
 * character neither covers is drawn by neither: no '?' stands in for a name. Text with a
 * right-to-left script is set in a cell that orders and joins the letters as they are read.
 */
final class CaseFileType {

    /** One face in four sizes and weights, as the file uses them. */
    enum Style {
        TITLE(Face.BOLD, 18),
        HEADING(Face.BOLD, 13),
        BOLD(Face.BOLD, 10),
        TEXT(Face.REGULAR, 10),
        MONO(Face.MONO, 8);

        private final Face face;
        private final float size;

        Style(Face face, float size) {
            this.face = face;
            this.size = size;
        }
    }

    private enum Face {
        REGULAR("DejaVuSans.ttf"),
        BOLD("DejaVuSans-Bold.ttf"),
        MONO("DejaVuSansMono.ttf");

        private final BaseFont font;

        Face(String file) {
            this.font = embedded(file);
        }
    }

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final BaseFont CHINESE = chinese();

    private CaseFileType() {}

    /** The text as a phrase whose every run is in a font that has its characters. */
    static Phrase phrase(String text, Style style) {
        FontSelector s = new FontSelector();
        s.addFont(new Font(style.face.font, style.size));
        s.addFont(new Font(CHINESE, style.size));
        Phrase p = s.process(text);
        p.setLeading(style.size * 1.5f);
        return p;
    }

    /**
     * A paragraph of the file. Left-to-right text is a plain paragraph; text with a right-to-left
     * script is a full-width borderless cell in bidirectional order, so Arabic and Urdu read as
     * written and their letters join.
     */
    static Element paragraph(String text, Style style) {
        if (!rightToLeft(text)) {
            return new Paragraph(phrase(text, style));
        }
        PdfPTable t = new PdfPTable(1);
        t.setWidthPercentage(100);
        PdfPCell c = cell(text, style);
        c.setBorder(PdfPCell.NO_BORDER);
        c.setPadding(0);
        t.addCell(c);
        return t;
    }

    /** A table cell; right-to-left text in it is ordered and joined as it is read. */
    static PdfPCell cell(String text, Style style) {
        PdfPCell c = new PdfPCell(phrase(text, style));
        if (rightToLeft(text)) {
            c.setRunDirection(startsRightToLeft(text) ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
        }
        return c;
    }

    static boolean rightToLeft(String text) {
        return text.codePoints().anyMatch(CaseFileType::isRightToLeft);
    }

    private static boolean startsRightToLeft(String text) {
        return text.codePoints().filter(cp -> Character.isLetter(cp)).findFirst().stream()
                .anyMatch(CaseFileType::isRightToLeft);
    }

    private static boolean isRightToLeft(int cp) {
        byte d = Character.getDirectionality(cp);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    private static BaseFont embedded(String file) {
        try (InputStream in = CaseFileType.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException("the font " + file + " is not on the class path");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BaseFont chinese() {
        try {
            return BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
