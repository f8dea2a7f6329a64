package org.constable.investigation.application;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.util.List;
import org.constable.investigation.application.CaseFileType.Style;
import org.constable.investigation.domain.CaseFileContent;
import org.constable.investigation.domain.CaseFilePackageKind;
import org.constable.investigation.domain.DisclosureSchedule;

/**
 * The case file as a PDF a person reads (ADR 0085): A4, the parts in the order a prosecutor reads
 * them, each headed with the name of its national form, the page number and the package's marking
 * on every page. Only what the package carries is drawn: the kind decides, not the renderer.
 */
final class CaseFilePdf {

    /** What the first page says about the file. */
    record Cover(String reference, String title, int version, String submitted, String exported, String recipient) {}

    private static final Style TITLE = Style.TITLE;
    private static final Style HEADING = Style.HEADING;
    private static final Style BOLD = Style.BOLD;
    private static final Style TEXT = Style.TEXT;
    private static final Style MONO = Style.MONO;

    private CaseFilePdf() {}

    static void write(Cover cover, CaseFilePackageKind kind, CaseFileContent c, OutputStream out) {
        Document doc = new Document(PageSize.A4, 50, 50, 50, 60);
        PdfWriter.getInstance(doc, out).setCloseStream(false);
        doc.addTitle("Case file " + cover.reference() + " version " + cover.version());
        doc.addCreator("Constable");
        String marking = kind == CaseFilePackageKind.SENSITIVE_SCHEDULE
                ? "OFFICIAL-SENSITIVE: sensitive schedule, for the prosecutor only, never for the defence"
                : "OFFICIAL-SENSITIVE: prosecution file";
        HeaderFooter footer = new HeaderFooter(
                CaseFileType.phrase(
                        marking + "  |  " + cover.reference() + " v" + cover.version() + "  |  page ", TEXT),
                true);
        footer.setAlignment(Element.ALIGN_CENTER);
        doc.setFooter(footer);
        doc.open();
        doc.add(para("Case file " + cover.reference() + ", version " + cover.version(), TITLE));
        doc.add(para(cover.title(), TEXT));
        doc.add(para(kind.label(), BOLD));
        doc.add(para(
                "Submitted " + cover.submitted() + ". Exported " + cover.exported() + " to " + cover.recipient() + ".",
                TEXT));
        if (kind == CaseFilePackageKind.PROSECUTION_FILE) {
            prosecution(doc, c);
        }
        schedule(
                doc,
                kind == CaseFilePackageKind.SENSITIVE_SCHEDULE
                        ? DisclosureSchedule.SENSITIVE
                        : DisclosureSchedule.NON_SENSITIVE,
                c.unused());
        doc.close();
    }

    private static void prosecution(Document doc, CaseFileContent c) {
        heading(doc, "Defendants");
        PdfPTable d = table(new float[] {1, 5, 3, 6}, "No.", "Name", "Date of birth", "Address");
        for (int i = 0; i < c.defendants().size(); i++) {
            var x = c.defendants().get(i);
            row(
                    d,
                    Integer.toString(i + 1),
                    x.name(),
                    x.dateOfBirth() == null ? "not known" : x.dateOfBirth().toString(),
                    x.address() == null ? "not known" : x.address());
        }
        doc.add(d);
        heading(doc, "Charges");
        for (int i = 0; i < c.charges().size(); i++) {
            var ch = c.charges().get(i);
            String who = ch.defendant() <= c.defendants().size()
                    ? c.defendants().get(ch.defendant() - 1).name()
                    : "?";
            doc.add(para("Charge " + (i + 1) + " against " + who, BOLD));
            doc.add(para("Statement of offence: " + ch.statementOfOffence() + ". " + ch.legislation() + ".", TEXT));
            doc.add(para("Particulars: " + ch.particulars(), TEXT));
        }
        heading(doc, "Case summary (MG5)");
        doc.add(para(c.summary(), TEXT));
        heading(doc, "Witness list (MG9)");
        PdfPTable w = table(new float[] {1, 6, 6}, "No.", "Name", "Who they are");
        for (int i = 0; i < c.witnesses().size(); i++) {
            row(
                    w,
                    Integer.toString(i + 1),
                    c.witnesses().get(i).name(),
                    c.witnesses().get(i).role());
        }
        doc.add(w);
        for (int i = 0; i < c.witnesses().size(); i++) {
            var x = c.witnesses().get(i);
            heading(doc, "Witness statement (MG11) " + (i + 1) + ": " + x.name());
            for (String part : x.statement().split("\\R\\R+")) {
                doc.add(para(part, TEXT));
            }
        }
        heading(doc, "Evidence list (MG12), with the SHA-256 of each media item");
        PdfPTable e = table(new float[] {2, 7, 2}, "Exhibit", "Description", "Seal");
        for (var x : c.evidence()) {
            row(e, x.reference(), x.description(), x.seal());
            for (var m : x.media()) {
                PdfPCell cell = new PdfPCell();
                cell.setColspan(3);
                cell.addElement(para(m.fileName() + " (" + m.mediaType() + ", " + m.size() + " bytes)", TEXT));
                cell.addElement(para("SHA-256 " + m.sha256(), MONO));
                e.addCell(cell);
            }
        }
        doc.add(e);
    }

    private static void schedule(Document doc, DisclosureSchedule which, List<CaseFileContent.UnusedMaterial> items) {
        heading(doc, "Schedule of " + which.label());
        PdfPTable t = table(new float[] {1, 7, 5}, "No.", "Description", "Relevance decision");
        int n = 0;
        for (var u : items) {
            if (u.schedule() != which) {
                continue;
            }
            n++;
            row(
                    t,
                    Integer.toString(n),
                    u.description(),
                    u.decision().label() + (u.reason().isBlank() ? "" : ". " + u.reason()));
        }
        doc.add(t);
        if (n == 0) {
            doc.add(para("Nothing is listed on this schedule.", TEXT));
        }
    }

    private static void heading(Document doc, String text) {
        Element e = para(text, HEADING);
        if (e instanceof Paragraph p) {
            p.setSpacingBefore(14);
            p.setSpacingAfter(6);
        } else if (e instanceof PdfPTable t) {
            t.setSpacingBefore(14);
            t.setSpacingAfter(6);
        }
        doc.add(e);
    }

    private static Element para(String text, Style style) {
        return CaseFileType.paragraph(text, style);
    }

    private static PdfPTable table(float[] widths, String... headings) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        for (String h : headings) {
            t.addCell(CaseFileType.cell(h, BOLD));
        }
        return t;
    }

    private static void row(PdfPTable t, String... cells) {
        for (String c : cells) {
            t.addCell(CaseFileType.cell(c, TEXT));
        }
    }
}
