package org.cathedra.internship;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.cathedra.shared.pdf.PdfDocuments;
import org.jspecify.annotations.Nullable;

/** The completion certificate of a placement: the Russian text, then the English one, on one A4 page. */
final class Certificate {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String[] GRADE_RU = {"", "", "неудовлетворительно", "удовлетворительно", "хорошо", "отлично"};
    private static final String[] GRADE_EN = {"", "", "fail", "satisfactory", "good", "excellent"};

    private Certificate() {
    }

    static byte[] write(LogbookService.PlacementSummary ru, LogbookService.PlacementSummary en, int grade,
            @Nullable Instant gradedAt) {
        String issued = gradedAt == null ? "" : DATE.format(gradedAt.atZone(ZoneId.of("Europe/Moscow")));
        return PdfDocuments.a4("Справка о прохождении практики / Certificate of completion of practice", w -> {
            w.title("Справка о прохождении практики");
            w.subtitle(ru.period());
            w.field("Обучающийся", ru.trainee());
            w.field("База практики", ru.site() + ", " + ru.address());
            w.field("Сроки", DATE.format(ru.startsOn()) + " – " + DATE.format(ru.endsOn()));
            w.field("Руководитель от базы практики", ru.siteSupervisor());
            if (ru.academicSupervisor() != null) {
                w.field("Руководитель от кафедры", ru.academicSupervisor());
            }
            w.table(new float[] {5, 2, 2}, new String[] {"Требование", "Выполнено", "Требуется"}, rows(ru, "Часы"),
                    1, 2);
            w.field("Зачёт с оценкой", grade + " (" + GRADE_RU[grade] + ")");
            w.field("Дата", issued);
            w.paragraph(" ");
            w.paragraph(" ");
            w.title("Certificate of completion of practice");
            w.subtitle(en.period());
            w.field("Trainee", en.trainee());
            w.field("Placement site", en.site() + ", " + en.address());
            w.field("Dates", DATE.format(en.startsOn()) + " – " + DATE.format(en.endsOn()));
            w.field("Site supervisor", en.siteSupervisor());
            if (en.academicSupervisor() != null) {
                w.field("Academic supervisor", en.academicSupervisor());
            }
            w.table(new float[] {5, 2, 2}, new String[] {"Requirement", "Completed", "Required"}, rows(en, "Hours"),
                    1, 2);
            w.field("Graded credit", grade + " (" + GRADE_EN[grade] + ")");
            w.field("Date", issued);
            w.signatures("Руководитель практики / Supervisor", "Учебный отдел / Academic office");
        });
    }

    private static List<String[]> rows(LogbookService.PlacementSummary s, String hoursLabel) {
        List<String[]> rows = new ArrayList<>();
        Progress p = s.progress();
        rows.add(new String[] {hoursLabel, plain(p.hours().signed()), plain(p.hours().required())});
        for (Progress.Measure m : p.counts()) {
            rows.add(new String[] {m.label(), plain(m.signed()), plain(m.required())});
        }
        return rows;
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }
}
