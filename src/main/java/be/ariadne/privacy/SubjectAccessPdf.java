package be.ariadne.privacy;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

/**
 * The subject access export as a readable PDF: the same content as the JSON, section by section,
 * each value beside its name, lists as numbered entries. Standard PDF fonts (Latin scripts).
 */
final class SubjectAccessPdf {
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font H1 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font H2 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font NAME = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 9);

    private SubjectAccessPdf() {
    }

    static byte[] render(Map<String, Object> export, Map<String, String> headings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(headings.getOrDefault("title", "Subject access"));
            doc.addCreator("Ariadne");
            doc.open();
            doc.add(new Paragraph(headings.getOrDefault("title", "Subject access"), TITLE));
            for (Map.Entry<String, Object> section : export.entrySet()) {
                Paragraph h = new Paragraph(headings.getOrDefault(section.getKey(), section.getKey()), H1);
                h.setSpacingBefore(12);
                h.setSpacingAfter(4);
                doc.add(h);
                block(doc, section.getValue(), 0);
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot write the PDF: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static void block(Document doc, Object value, int depth) throws DocumentException {
        if (value instanceof Map<?, ?> map) {
            PdfPTable table = new PdfPTable(new float[] {1, 2.4f});
            table.setWidthPercentage(100);
            List<Map.Entry<?, ?>> nested = new java.util.ArrayList<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                Object v = e.getValue();
                if (v instanceof Map<?, ?> || (v instanceof List<?> l && !l.isEmpty() && !(l.get(0) instanceof String || l.get(0) instanceof Number))) {
                    nested.add(e);
                    continue;
                }
                table.addCell(cell(String.valueOf(e.getKey()), NAME));
                table.addCell(cell(text(v), BODY));
            }
            if (table.size() > 0) doc.add(table);
            for (Map.Entry<?, ?> e : nested) {
                Paragraph h = new Paragraph(String.valueOf(e.getKey()), H2);
                h.setSpacingBefore(6);
                doc.add(h);
                block(doc, e.getValue(), depth + 1);
            }
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                doc.add(new Paragraph("—", BODY));
                return;
            }
            int i = 0;
            for (Object item : list) {
                i++;
                if (item instanceof Map<?, ?>) {
                    Paragraph p = new Paragraph("#" + i, H2);
                    p.setSpacingBefore(4);
                    doc.add(p);
                    block(doc, item, depth + 1);
                } else {
                    doc.add(new Paragraph(text(item), BODY));
                }
            }
        } else {
            doc.add(new Paragraph(text(value), BODY));
        }
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setPadding(3);
        c.setVerticalAlignment(Element.ALIGN_TOP);
        return c;
    }

    private static String text(Object v) {
        if (v == null) return "—";
        if (v instanceof List<?> l) return l.isEmpty() ? "—" : String.join(", ", l.stream().map(SubjectAccessPdf::text).toList());
        return v.toString();
    }
}
