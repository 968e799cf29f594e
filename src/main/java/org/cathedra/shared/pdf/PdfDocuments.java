package org.cathedra.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Writes the institute's PDF documents (transcripts, examination sheets, certificates) with OpenPDF and the DejaVu
 * Sans fonts embedded, so Cyrillic and Latin text render the same on every reader. One A4 style for every document:
 * a title, paragraphs and ruled tables.
 */
public final class PdfDocuments {

    private static final BaseFont REGULAR = load("/fonts/DejaVuSans.ttf");
    private static final BaseFont BOLD = load("/fonts/DejaVuSans-Bold.ttf");

    private PdfDocuments() {
    }

    /** Builds a portrait A4 document and returns its bytes. */
    public static byte[] a4(String title, Consumer<Writer> content) {
        return write(PageSize.A4, title, content);
    }

    /** Builds a landscape A4 document (wide sheets) and returns its bytes. */
    public static byte[] a4Landscape(String title, Consumer<Writer> content) {
        return write(PageSize.A4.rotate(), title, content);
    }

    private static byte[] write(Rectangle size, String title, Consumer<Writer> content) {
        var out = new ByteArrayOutputStream();
        var document = new Document(size, 50, 50, 50, 50);
        PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.addCreator("Cathedra");
        document.open();
        content.accept(new Writer(document));
        document.close();
        return out.toByteArray();
    }

    public static Font font(float size, boolean bold) {
        return new Font(bold ? BOLD : REGULAR, size);
    }

    private static BaseFont load(String resource) {
        try (InputStream in = PdfDocuments.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + resource);
            }
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document being written, with the house style's building blocks. */
    public static final class Writer {
        private final Document document;

        private Writer(Document document) {
            this.document = document;
        }

        public Writer title(String text) {
            var p = new Paragraph(text, font(16, true));
            p.setAlignment(Element.ALIGN_CENTER);
            p.setSpacingAfter(6);
            document.add(p);
            return this;
        }

        public Writer subtitle(String text) {
            var p = new Paragraph(text, font(11, false));
            p.setAlignment(Element.ALIGN_CENTER);
            p.setSpacingAfter(12);
            document.add(p);
            return this;
        }

        public Writer heading(String text) {
            var p = new Paragraph(text, font(12, true));
            p.setSpacingBefore(10);
            p.setSpacingAfter(4);
            document.add(p);
            return this;
        }

        public Writer paragraph(String text) {
            var p = new Paragraph(text, font(10, false));
            p.setSpacingAfter(4);
            document.add(p);
            return this;
        }

        /** A label and its value on one line, the label in bold. */
        public Writer field(String label, String value) {
            var p = new Paragraph("", font(10, false));
            p.add(new Phrase(label + ": ", font(10, true)));
            p.add(new Phrase(value, font(10, false)));
            p.setSpacingAfter(2);
            document.add(p);
            return this;
        }

        /**
         * A ruled table: a bold header row and the rows below, column widths relative to each other. Columns
         * whose index is in {@code rightAligned} (numbers) are aligned right.
         */
        public Writer table(float[] widths, String[] header, Iterable<String[]> rows, int... rightAligned) {
            var table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            table.setSpacingBefore(6);
            table.setSpacingAfter(6);
            for (int i = 0; i < header.length; i++) {
                table.addCell(cell(header[i], true, isIn(i, rightAligned)));
            }
            for (String[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    table.addCell(cell(row[i], false, isIn(i, rightAligned)));
                }
            }
            document.add(table);
            return this;
        }

        /** Signature lines: a role and a line to sign on, one per row. */
        public Writer signatures(String... roles) {
            var table = new PdfPTable(new float[] {2, 3});
            table.setWidthPercentage(80);
            table.setSpacingBefore(24);
            for (String role : roles) {
                var label = new PdfPCell(new Phrase(role, font(10, false)));
                label.setBorder(Rectangle.NO_BORDER);
                label.setPaddingTop(14);
                var line = new PdfPCell(new Phrase(" ", font(10, false)));
                line.setBorder(Rectangle.BOTTOM);
                line.setPaddingTop(14);
                table.addCell(label);
                table.addCell(line);
            }
            document.add(table);
            return this;
        }

        /** The underlying OpenPDF document, for what the building blocks do not cover. */
        public Document document() {
            return document;
        }

        private static boolean isIn(int index, int[] set) {
            for (int i : set) {
                if (i == index) {
                    return true;
                }
            }
            return false;
        }

        private static PdfPCell cell(String text, boolean header, boolean right) {
            var cell = new PdfPCell(new Phrase(text == null ? "" : text, font(9, header)));
            cell.setPadding(4);
            if (header) {
                cell.setGrayFill(0.9f);
            }
            if (right) {
                cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            }
            return cell;
        }
    }
}
