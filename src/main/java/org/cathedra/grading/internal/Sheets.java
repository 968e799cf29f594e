package org.cathedra.grading.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cathedra.grading.Computation;
import org.cathedra.grading.FinalGradeCalculator;
import org.cathedra.grading.Gradebook;
import org.cathedra.grading.RetakeRule;
import org.cathedra.grading.Scale;

/** Turns stored marks into gradebook cells and computations, for the teacher (current entries) or the student. */
public final class Sheets {

    private Sheets() {
    }

    /** Which entries count: the teacher's current ones, or the published ones students see. */
    public enum View { CURRENT, PUBLISHED }

    /** The marks of many students at once, grouped by student, then component, attempts in order. */
    public static Map<Long, Map<Long, List<Mark>>> byStudent(List<Mark> marks) {
        Map<Long, Map<Long, List<Mark>>> out = new HashMap<>();
        for (Mark m : marks) {
            out.computeIfAbsent(m.getStudentId(), k -> new HashMap<>())
                    .computeIfAbsent(m.getComponentId(), k -> new ArrayList<>()).add(m);
        }
        out.values().forEach(byComponent -> byComponent.values()
                .forEach(list -> list.sort(Comparator.comparingInt(Mark::getAttempt))));
        return out;
    }

    public static Computation compute(List<AssessmentComponent> components, Map<Long, List<Mark>> marks,
            RetakeRule rule, boolean passFail, View view) {
        Map<Long, List<FinalGradeCalculator.Attempt>> attempts = new HashMap<>();
        marks.forEach((componentId, list) -> attempts.put(componentId, list.stream().map(m -> {
            Scale.Entry e = view == View.CURRENT ? m.entry() : m.publishedEntry();
            return e == null ? new FinalGradeCalculator.Attempt(m.getAttempt(), null, false)
                    : new FinalGradeCalculator.Attempt(m.getAttempt(), e.value(), e.excused());
        }).toList()));
        return FinalGradeCalculator.compute(components.stream().map(AssessmentComponent::toPart).toList(), attempts,
                rule, passFail);
    }

    /** The cell of the latest attempt, as the gradebook shows it. */
    public static Gradebook.Cell cell(AssessmentComponent component, List<Mark> attempts, Locale locale) {
        if (attempts.isEmpty()) {
            return new Gradebook.Cell(component.getId(), null, 0, 1, "", false, 0);
        }
        Mark last = attempts.getLast();
        return new Gradebook.Cell(component.getId(), last.getId(), last.getVersion(), last.getAttempt(),
                component.getScale().toScale().format(last.entry(), locale), last.isDraft(), attempts.size());
    }

    public static Map<Long, AssessmentComponent> byId(List<AssessmentComponent> components) {
        return components.stream().collect(Collectors.toMap(AssessmentComponent::getId, Function.identity()));
    }
}
