package org.cathedra.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfDocumentsTest {

    @Test
    void cyrillic_and_latin_text_comes_back_out_of_the_document_with_the_fonts_embedded() throws IOException {
        byte[] pdf = PdfDocuments.a4("Выписка", w -> w.title("Выписка из зачётной книжки")
                .subtitle("Transcript of records")
                .field("Обучающийся", "Петрова Анна Сергеевна")
                .table(new float[] {4, 1}, new String[] {"Дисциплина", "Оценка"},
                        List.<String[]>of(new String[] {"Медицинская генетика", "5"},
                                new String[] {"Clinical cytogenetics", "4"}), 1)
                .signatures("Преподаватель"));

        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Выписка из зачётной книжки", "Transcript of records",
                    "Петрова Анна Сергеевна", "Медицинская генетика", "Clinical cytogenetics", "Преподаватель");
            var fonts = doc.getPage(0).getResources().getFontNames();
            assertThat(fonts).isNotEmpty();
            for (var name : fonts) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
            }
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Выписка");
        }
    }
}
