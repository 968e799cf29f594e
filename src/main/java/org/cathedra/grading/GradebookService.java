package org.cathedra.grading;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cathedra.catalog.Course;
import org.cathedra.catalog.CourseOffering;
import org.cathedra.catalog.OfferingService;
import org.cathedra.directory.CurrentUser;
import org.cathedra.directory.Student;
import org.cathedra.grading.internal.AssessmentComponent;
import org.cathedra.grading.internal.AssessmentScheme;
import org.cathedra.grading.internal.ComponentRepository;
import org.cathedra.grading.internal.FinalGrade;
import org.cathedra.grading.internal.FinalGradeRepository;
import org.cathedra.grading.internal.GradeScale;
import org.cathedra.grading.internal.Mark;
import org.cathedra.grading.internal.MarkChangeRepository;
import org.cathedra.grading.internal.MarkJournal;
import org.cathedra.grading.internal.MarkRepository;
import org.cathedra.grading.internal.Offerings;
import org.cathedra.grading.internal.ScaleRepository;
import org.cathedra.grading.internal.SchemeRepository;
import org.cathedra.grading.internal.Sheets;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.InstituteSettings;
import org.cathedra.shared.NotFoundException;
import org.cathedra.shared.Roles;
import org.cathedra.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The teacher's gradebook of one offering: its assessment scheme, the marks of its enrolled students, publishing,
 * and the examination sheet (signed by a teacher, confirmed by the office, which locks the final grades). Only the
 * offering's teachers and the office reach it; anyone else is told the offering does not exist.
 */
@Service
@PreAuthorize(Roles.IS_TEACHER_OR_ADMIN)
@Transactional(readOnly = true)
public class GradebookService {

    public static final int REASON_MAX = 500;

    private final Offerings offerings;
    private final SchemeRepository schemes;
    private final ComponentRepository components;
    private final MarkRepository marks;
    private final MarkChangeRepository changes;
    private final FinalGradeRepository finals;
    private final ScaleRepository scales;
    private final MarkJournal journal;
    private final OfferingService offeringService;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final InstituteSettings settings;

    GradebookService(Offerings offerings, SchemeRepository schemes, ComponentRepository components,
            MarkRepository marks, MarkChangeRepository changes, FinalGradeRepository finals, ScaleRepository scales,
            MarkJournal journal, OfferingService offeringService, CurrentUser currentUser, Clock clock,
            InstituteSettings settings) {
        this.offerings = offerings;
        this.schemes = schemes;
        this.components = components;
        this.marks = marks;
        this.changes = changes;
        this.finals = finals;
        this.scales = scales;
        this.journal = journal;
        this.offeringService = offeringService;
        this.currentUser = currentUser;
        this.clock = clock;
        this.settings = settings;
    }

    /** The offerings whose gradebooks the signed-in user may open: a teacher's own, or every one for the office. */
    public Page<OfferingRef> offerings(@Nullable String text, Pageable pageable, Locale locale) {
        Page<CourseOffering> page = offerings.isAdmin()
                ? offeringService.list(new OfferingService.Filter(null, null, text, false), pageable)
                : offeringService.taughtBy(currentUser.requirePersonId(), null, pageable);
        return page.map(o -> OfferingRef.of(o, locale));
    }

    /** The scheme and sheet of an offering. */
    public Gradebook.Header header(long offeringId, Locale locale) {
        CourseOffering offering = offerings.reachable(offeringId);
        var scheme = schemes.findByOfferingId(offeringId);
        if (scheme.isEmpty()) {
            return new Gradebook.Header(OfferingRef.of(offering, locale), false, RetakeRule.LAST, SheetStatus.OPEN,
                    List.of(), null, null, null, 0);
        }
        AssessmentScheme s = scheme.get();
        List<AssessmentComponent> parts = components.findBySchemeIdOrderByPosition(s.getId());
        long drafts = parts.isEmpty() ? 0 : marks.findForComponents(ids(parts)).stream().filter(Mark::isDraft).count();
        return new Gradebook.Header(OfferingRef.of(offering, locale), true, s.getRetakeRule(), s.getSheetStatus(),
                parts.stream().map(c -> info(c, locale)).toList(), s.getSignedByName(), s.getSignedAt(),
                s.getConfirmedAt(), drafts);
    }

    /** The scales a component may use. */
    public List<Gradebook.ScaleChoice> scales(Locale locale) {
        return scales.findAll().stream()
                .map(s -> new Gradebook.ScaleChoice(s.getCode(), s.name(locale), s.toScale().kind())).toList();
    }

    /**
     * Sets the scheme of an offering: its retake rule and components in order. The components may be replaced only
     * while no mark has been entered; the sheet must be open.
     */
    @Transactional
    public void defineScheme(long offeringId, RetakeRule rule, List<Gradebook.ComponentDraft> drafts) {
        offerings.reachable(offeringId);
        if (drafts.isEmpty()) {
            throw new DomainException("grading.error.noComponents");
        }
        AssessmentScheme scheme = schemes.findByOfferingId(offeringId)
                .orElseGet(() -> schemes.save(new AssessmentScheme(offeringId, rule)));
        scheme.changeRule(rule);
        List<AssessmentComponent> existing = components.findBySchemeIdOrderByPosition(scheme.getId());
        if (!existing.isEmpty() && !marks.findForComponents(ids(existing)).isEmpty()) {
            throw new DomainException("grading.error.schemeHasMarks");
        }
        components.deleteAll(existing);
        components.flush();
        int position = 0;
        for (Gradebook.ComponentDraft d : drafts) {
            GradeScale scale = scales.findByCode(d.scaleCode())
                    .orElseThrow(() -> new NotFoundException("grading.record.scale", d.scaleCode()));
            components.save(new AssessmentComponent(scheme.getId(), position++, d.kind(), d.name(), d.weight(), scale,
                    d.mustPass()));
        }
        journal.other("assessment_scheme", scheme.getId(), "scheme.defined", null,
                "rule=" + rule + ", " + drafts.size() + " components", null);
    }

    /** Enrolled students in the offering, for paging the rows. */
    public long countRows(long offeringId) {
        offerings.reachable(offeringId);
        return offerings.countEnrolled(offeringId);
    }

    /** A page of the gradebook: students by name, with their cells and the final grade from the current entries. */
    public List<Gradebook.Row> rows(long offeringId, int offset, int limit, Locale locale) {
        CourseOffering offering = offerings.reachable(offeringId);
        AssessmentScheme scheme = scheme(offeringId);
        List<AssessmentComponent> parts = components.findBySchemeIdOrderByPosition(scheme.getId());
        List<Student> students = offerings.enrolled(offeringId, offset, limit);
        if (students.isEmpty() || parts.isEmpty()) {
            return List.of();
        }
        var byStudent = Sheets.byStudent(marks.findFor(ids(parts), students.stream().map(Student::getId).toList()));
        boolean passFail = passFail(offering);
        List<Gradebook.Row> rows = new ArrayList<>(students.size());
        for (Student s : students) {
            Map<Long, List<Mark>> mine = byStudent.getOrDefault(s.getId(), Map.of());
            Map<Long, Gradebook.Cell> cells = new java.util.HashMap<>();
            for (AssessmentComponent c : parts) {
                cells.put(c.getId(), Sheets.cell(c, mine.getOrDefault(c.getId(), List.of()), locale));
            }
            rows.add(new Gradebook.Row(s.getId(), s.getFullName(), s.getCohort(), cells,
                    Sheets.compute(parts, mine, scheme.getRetakeRule(), passFail, Sheets.View.CURRENT)));
        }
        return rows;
    }

    /** One student's row, after a save. */
    public Gradebook.Row row(long offeringId, long studentId, Locale locale) {
        offerings.enrolledStudent(offeringId, studentId);
        CourseOffering offering = offerings.reachable(offeringId);
        AssessmentScheme scheme = scheme(offeringId);
        List<AssessmentComponent> parts = components.findBySchemeIdOrderByPosition(scheme.getId());
        Student s = offerings.enrolledStudent(offeringId, studentId);
        Map<Long, List<Mark>> mine = Sheets.byStudent(marks.findFor(ids(parts), List.of(studentId)))
                .getOrDefault(studentId, Map.of());
        Map<Long, Gradebook.Cell> cells = new java.util.HashMap<>();
        for (AssessmentComponent c : parts) {
            cells.put(c.getId(), Sheets.cell(c, mine.getOrDefault(c.getId(), List.of()), locale));
        }
        return new Gradebook.Row(s.getId(), s.getFullName(), s.getCohort(), cells,
                Sheets.compute(parts, mine, scheme.getRetakeRule(), passFail(offering), Sheets.View.CURRENT));
    }

    /**
     * Saves what was typed into a cell (the latest attempt), if the cell is still as the caller saw it
     * ({@code markId}, {@code version}); otherwise refuses with the current value. While the sheet is open any of
     * the offering's teachers may enter marks; a signed sheet takes no changes; after the sheet is locked only the
     * office may change a mark, with a reason, and the final grade follows.
     */
    @Transactional
    public Gradebook.Cell save(long offeringId, long componentId, long studentId, @Nullable Long markId, long version,
            @Nullable String typed, @Nullable String reason, Locale locale) {
        CourseOffering offering = offerings.reachable(offeringId);
        AssessmentScheme scheme = scheme(offeringId);
        AssessmentComponent component = component(scheme, componentId);
        offerings.enrolledStudent(offeringId, studentId);
        String why = checkWritable(scheme, reason);
        Scale scale = component.getScale().toScale();
        Scale.Entry entry = scale.parse(typed);
        List<Mark> attempts = marks.findByComponentIdAndStudentIdOrderByAttempt(componentId, studentId);
        Mark current = attempts.isEmpty() ? null : attempts.getLast();
        boolean same = current == null ? markId == null
                : current.getId().equals(markId) && current.getVersion() == version;
        if (!same) {
            throw new StaleMarkException(Sheets.cell(component, attempts, locale));
        }
        if (current == null && entry.isEmpty()) {
            return Sheets.cell(component, attempts, locale);
        }
        Mark mark = current != null ? current : new Mark(componentId, studentId, 1, clock.instant());
        String before = current == null ? null : text(scale, mark.entry());
        if (current != null && text(scale, entry).equals(before == null ? "" : before)) {
            return Sheets.cell(component, attempts, locale);
        }
        mark.enter(entry, journal.actor(), clock.instant());
        if (scheme.getSheetStatus() == SheetStatus.LOCKED) {
            mark.publish(clock.instant());
        }
        mark = marks.saveAndFlush(mark);
        String after = text(scale, entry);
        journal.mark(mark, current == null ? "entered" : entry.isEmpty() ? "cleared" : "changed", before,
                after.isEmpty() ? null : after, why);
        if (scheme.getSheetStatus() == SheetStatus.LOCKED) {
            refreshFinal(offering, scheme, studentId, why);
        }
        List<Mark> now = new ArrayList<>(attempts);
        if (current == null) {
            now.add(mark);
        } else {
            now.set(now.size() - 1, mark);
        }
        return Sheets.cell(component, now, locale);
    }

    /** Opens a new attempt (a retake) in a cell whose latest attempt has a mark; earlier attempts are kept. */
    @Transactional
    public Gradebook.Cell retake(long offeringId, long componentId, long studentId, Locale locale) {
        offerings.reachable(offeringId);
        AssessmentScheme scheme = scheme(offeringId);
        AssessmentComponent component = component(scheme, componentId);
        offerings.enrolledStudent(offeringId, studentId);
        if (scheme.getSheetStatus() != SheetStatus.OPEN) {
            throw new DomainException("grading.error.sheetStatus", "grading.sheet." + scheme.getSheetStatus().name());
        }
        List<Mark> attempts = new ArrayList<>(marks.findByComponentIdAndStudentIdOrderByAttempt(componentId,
                studentId));
        if (attempts.isEmpty() || attempts.getLast().entry().isEmpty()) {
            throw new DomainException("grading.error.retakeNeedsMark");
        }
        Mark mark = marks.saveAndFlush(new Mark(componentId, studentId, attempts.getLast().getAttempt() + 1,
                clock.instant()));
        journal.mark(mark, "retake", null, null, null);
        attempts.add(mark);
        return Sheets.cell(component, attempts, locale);
    }

    /** Every change of every attempt of one cell, oldest first. */
    public List<Gradebook.HistoryLine> history(long offeringId, long componentId, long studentId) {
        offerings.reachable(offeringId);
        component(scheme(offeringId), componentId);
        offerings.enrolledStudent(offeringId, studentId);
        Map<Long, Integer> attemptOf = new java.util.HashMap<>();
        marks.findByComponentIdAndStudentIdOrderByAttempt(componentId, studentId)
                .forEach(m -> attemptOf.put(m.getId(), m.getAttempt()));
        return changes.findByMarkIdInOrderByAtAscIdAsc(attemptOf.keySet()).stream()
                .map(c -> new Gradebook.HistoryLine(c.getAt(), c.getActor(), c.getAction(),
                        attemptOf.get(c.getMarkId()), c.getBefore(), c.getAfter(), c.getReason())).toList();
    }

    /** Publishes every draft of the offering: students see them from now on. Returns how many were published. */
    @Transactional
    public int publish(long offeringId) {
        offerings.reachable(offeringId);
        AssessmentScheme scheme = scheme(offeringId);
        scheme.require(SheetStatus.OPEN);
        List<AssessmentComponent> parts = components.findBySchemeIdOrderByPosition(scheme.getId());
        if (parts.isEmpty()) {
            return 0;
        }
        Map<Long, AssessmentComponent> byId = Sheets.byId(parts);
        int published = 0;
        for (Mark m : marks.findForComponents(ids(parts))) {
            if (m.publish(clock.instant())) {
                published++;
                journal.mark(m, "published", null, text(byId.get(m.getComponentId()).getScale().toScale(),
                        m.entry()), null);
            }
        }
        return published;
    }

    /** A teacher of the offering signs the examination sheet: drafts are published and marks frozen. */
    @PreAuthorize("hasRole('" + Roles.TEACHER + "')")
    @Transactional
    public void sign(long offeringId) {
        publish(offeringId);
        AssessmentScheme scheme = scheme(offeringId);
        var user = currentUser.require();
        scheme.sign(user.username(), user.displayName(), clock.instant());
        schemes.saveAndFlush(scheme);
        journal.other("assessment_scheme", scheme.getId(), "sheet.signed", "OPEN", "SIGNED", null);
    }

    /** The office confirms a signed sheet: the final grades are written and locked. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public void confirm(long offeringId) {
        CourseOffering offering = offerings.reachable(offeringId);
        AssessmentScheme scheme = scheme(offeringId);
        scheme.confirm(currentUser.require().username(), clock.instant());
        schemes.saveAndFlush(scheme);
        List<AssessmentComponent> parts = components.findBySchemeIdOrderByPosition(scheme.getId());
        List<Student> students = offerings.enrolled(offeringId, 0, Integer.MAX_VALUE);
        var byStudent = Sheets.byStudent(parts.isEmpty() || students.isEmpty() ? List.of()
                : marks.findFor(ids(parts), students.stream().map(Student::getId).toList()));
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        for (Student s : students) {
            Computation c = Sheets.compute(parts, byStudent.getOrDefault(s.getId(), Map.of()),
                    scheme.getRetakeRule(), passFail(offering), Sheets.View.PUBLISHED);
            FinalGrade grade = finals.save(new FinalGrade(scheme.getId(), s.getId(), c.grade(), c.passed(), today,
                    scheme.getSignedByName() == null ? "" : scheme.getSignedByName()));
            journal.other("final_grade", grade.getId(), "final.locked", null,
                    grade.describe() + ", student " + s.getId() + ", offering " + offeringId, null);
        }
        journal.other("assessment_scheme", scheme.getId(), "sheet.confirmed", "SIGNED", "LOCKED", null);
    }

    /** The office returns a signed sheet to the teachers, with a reason. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public void reopen(long offeringId, String reason) {
        String why = Text.required(reason, "grading.reason", REASON_MAX);
        offerings.reachable(offeringId);
        AssessmentScheme scheme = scheme(offeringId);
        scheme.reopen();
        schemes.saveAndFlush(scheme);
        journal.other("assessment_scheme", scheme.getId(), "sheet.reopened", "SIGNED", "OPEN", why);
    }

    private void refreshFinal(CourseOffering offering, AssessmentScheme scheme, long studentId, String why) {
        List<AssessmentComponent> parts = components.findBySchemeIdOrderByPosition(scheme.getId());
        Computation c = Sheets.compute(parts, Sheets.byStudent(marks.findFor(ids(parts), List.of(studentId)))
                .getOrDefault(studentId, Map.of()), scheme.getRetakeRule(), passFail(offering), Sheets.View.PUBLISHED);
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        FinalGrade grade = finals.findBySchemeIdAndStudentId(scheme.getId(), studentId)
                .orElseGet(() -> new FinalGrade(scheme.getId(), studentId, null, false, today,
                        scheme.getSignedByName() == null ? "" : scheme.getSignedByName()));
        String before = grade.isNew() ? null : grade.describe();
        grade.set(c.grade(), c.passed(), today);
        grade = finals.saveAndFlush(grade);
        if (!grade.describe().equals(before)) {
            journal.other("final_grade", grade.getId(), "final.changed", before, grade.describe(), why);
        }
    }

    private @Nullable String checkWritable(AssessmentScheme scheme, @Nullable String reason) {
        return switch (scheme.getSheetStatus()) {
            case OPEN -> reason == null || reason.isBlank() ? null : Text.required(reason, "grading.reason",
                    REASON_MAX);
            case SIGNED -> throw new DomainException("grading.error.sheetSigned");
            case LOCKED -> {
                if (!offerings.isAdmin()) {
                    throw new DomainException("grading.error.locked");
                }
                if (reason == null || reason.isBlank()) {
                    throw new DomainException("grading.error.reasonRequired");
                }
                yield Text.required(reason, "grading.reason", REASON_MAX);
            }
        };
    }

    private AssessmentScheme scheme(long offeringId) {
        return schemes.findByOfferingId(offeringId)
                .orElseThrow(() -> new DomainException("grading.error.noScheme"));
    }

    private AssessmentComponent component(AssessmentScheme scheme, long componentId) {
        return components.findById(componentId).filter(c -> c.getSchemeId() == scheme.getId())
                .orElseThrow(() -> new NotFoundException("grading.record.component", componentId));
    }

    static boolean passFail(CourseOffering offering) {
        return offering.getCourse().getAssessmentForm() == Course.AssessmentForm.PASS_FAIL;
    }

    static ComponentInfo info(AssessmentComponent c, Locale locale) {
        return new ComponentInfo(c.getId(), c.getPosition(), c.getKind(), c.getName(), c.getWeight(),
                c.getScale().toScale(), c.getScale().name(locale), c.isMustPass());
    }

    private static String text(Scale scale, Scale.Entry entry) {
        return scale.format(entry, Locale.ROOT);
    }

    private static List<Long> ids(List<AssessmentComponent> parts) {
        return parts.stream().map(AssessmentComponent::getId).toList();
    }
}
