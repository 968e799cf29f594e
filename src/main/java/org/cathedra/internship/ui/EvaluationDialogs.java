package org.cathedra.internship.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cathedra.internship.Evaluation;
import org.cathedra.internship.Evaluation.Competency;
import org.cathedra.internship.EvaluationService;
import org.cathedra.internship.LogbookService.PlacementSummary;
import org.cathedra.internship.Placement;
import org.cathedra.shared.ui.FormDialog;
import org.cathedra.shared.ui.Rows;
import org.jspecify.annotations.Nullable;

/** The site supervisor's evaluation form and the academic supervisor's graded credit. */
final class EvaluationDialogs {

    private EvaluationDialogs() {
    }

    static void evaluate(@Nullable PlacementSummary placement, EvaluationService service, Runnable afterwards) {
        if (placement == null) {
            return;
        }
        UI ui = UI.getCurrent();
        var existing = service.evaluation(placement.placementId());
        Map<Competency, Select<Integer>> fields = new EnumMap<>(Competency.class);
        List<Integer> scale = List.of(1, 2, 3, 4, 5);
        TextArea comments = new TextArea(ui.getTranslation("internship.evaluation.comments"));
        comments.setMaxLength(Evaluation.COMMENTS_MAX);
        FormDialog dialog = new FormDialog(ui.getTranslation("internship.trainees.evaluateTitle",
                placement.trainee()), () -> {
            Map<Competency, Integer> ratings = new EnumMap<>(Competency.class);
            fields.forEach((c, f) -> {
                if (f.getValue() != null) {
                    ratings.put(c, f.getValue());
                }
            });
            return Rows.save(() -> service.evaluate(placement.placementId(), ratings, comments.getValue()), afterwards);
        });
        dialog.addClassName("evaluation-dialog");
        for (Competency c : Competency.values()) {
            Select<Integer> select = new Select<>();
            select.setLabel(ui.getTranslation("internship.competency." + c.name()));
            select.setItems(scale);
            select.setItemLabelGenerator(n -> ui.getTranslation("internship.scale." + n));
            select.setRequiredIndicatorVisible(true);
            existing.ifPresent(e -> select.setValue(e.ratings().get(c)));
            fields.put(c, select);
            dialog.addFields(select);
        }
        existing.ifPresent(e -> comments.setValue(e.comments() == null ? "" : e.comments()));
        dialog.addFields(comments).wide(comments);
        dialog.open();
    }

    static void grade(@Nullable PlacementSummary placement, EvaluationService service, Runnable afterwards) {
        if (placement == null) {
            return;
        }
        UI ui = UI.getCurrent();
        Select<Integer> grade = new Select<>();
        grade.setLabel(ui.getTranslation("internship.grade"));
        grade.setItems(List.of(5, 4, 3, 2));
        grade.setItemLabelGenerator(n -> ui.getTranslation("internship.grade." + n));
        grade.setRequiredIndicatorVisible(true);
        grade.addClassName("grade-select");
        grade.setValue(placement.creditGrade());
        FormDialog dialog = new FormDialog(ui.getTranslation("internship.trainees.gradeTitle", placement.trainee()),
                () -> Rows.save(() -> service.grade(placement.placementId(),
                        grade.getValue() == null ? 0 : grade.getValue()), afterwards));
        dialog.addFields(grade);
        dialog.open();
    }

    static final int PASSING = Placement.PASSING_GRADE;
}
