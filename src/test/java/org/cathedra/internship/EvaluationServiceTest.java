package org.cathedra.internship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cathedra.directory.AccountService;
import org.cathedra.internship.Evaluation.Competency;
import org.cathedra.internship.InternshipFixture.Placed;
import org.cathedra.internship.InternshipFixture.Practice;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.NotFoundException;
import org.cathedra.testing.CathedraTest;
import org.cathedra.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The end of a placement: evaluation by the site supervisor, graded credit, certificate. */
@CathedraTest
class EvaluationServiceTest {

    @Autowired
    InternshipFixture fixture;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    LogbookService logbook;
    @Autowired
    PlacementCredits credits;
    @Autowired
    AccountService accounts;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private static Map<Competency, Integer> ratings(int score) {
        Map<Competency, Integer> ratings = new EnumMap<>(Competency.class);
        for (Competency c : Competency.values()) {
            ratings.put(c, score);
        }
        return ratings;
    }

    @Test
    void the_site_supervisor_evaluates_the_academic_supervisor_grades_and_the_trainee_gets_a_certificate()
            throws Exception {
        Practice practice = fixture.practice(2);
        Placed placed = fixture.placed(practice, "Выпускникова");
        SignIn.as(accounts, placed.trainee().username());
        long entry = logbook.record(placed.placementId(), new EntryForm(practice.startsOn().plusDays(3),
                new BigDecimal("6"), practice.karyotypeTypeId(), LogbookEntry.Participation.SUPERVISED, "CY-26-1",
                null), false);
        assertThatThrownBy(() -> evaluations.certificate(placed.placementId())).isInstanceOf(DomainException.class);

        SignIn.as(accounts, practice.academicSupervisor().username());
        assertThatThrownBy(() -> evaluations.grade(placed.placementId(), 5))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("error.internship.evaluationFirst");
        assertThatThrownBy(() -> evaluations.evaluate(placed.placementId(), ratings(4), null))
                .isInstanceOf(NotFoundException.class);

        SignIn.as(accounts, practice.siteSupervisor().username());
        logbook.sign(placed.placementId(), List.of(entry));
        Map<Competency, Integer> bad = ratings(4);
        bad.put(Competency.COMMUNICATION, 6);
        assertThatThrownBy(() -> evaluations.evaluate(placed.placementId(), bad, null))
                .isInstanceOf(DomainException.class);
        evaluations.evaluate(placed.placementId(), ratings(4), "Уверенно читает кариотипы.");
        assertThatThrownBy(() -> evaluations.grade(placed.placementId(), 5)).isInstanceOf(NotFoundException.class);

        SignIn.as(accounts, practice.academicSupervisor().username());
        assertThatThrownBy(() -> evaluations.grade(placed.placementId(), 6)).isInstanceOf(DomainException.class);
        evaluations.grade(placed.placementId(), 5);

        SignIn.as(accounts, placed.trainee().username());
        assertThat(evaluations.evaluation(placed.placementId())).get()
                .satisfies(e -> assertThat(e.ratings()).containsEntry(Competency.CLINICAL_REASONING, 4));
        assertThat(credits.of(placed.trainee().personId())).singleElement()
                .satisfies(c -> assertThat(c.grade()).isEqualTo(5));
        byte[] pdf = evaluations.certificate(placed.placementId());
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Справка о прохождении практики", "Выпускникова Ольга",
                    "Certificate of completion of practice", "Руководитель от базы практики", "Наставникова Елена",
                    "5 (отлично)", "5 (excellent)", "Graded credit");
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 70);
            Path png = Path.of("target/screenshots/internship-certificate.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(page, "png", new File(png.toString()));
        }

        Placed other = fixture.placed(practice, "Посторонняя");
        SignIn.as(accounts, other.trainee().username());
        assertThatThrownBy(() -> evaluations.certificate(placed.placementId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> credits.of(placed.trainee().personId())).isInstanceOf(NotFoundException.class);
    }
}
