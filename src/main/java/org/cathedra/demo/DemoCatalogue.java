package org.cathedra.demo;

import java.util.List;
import org.cathedra.catalog.Course.AssessmentForm;
import org.cathedra.catalog.Course.Component;
import org.cathedra.catalog.Programme;

/** The fixed part of the demo: departments, programmes and courses of a medical genetics institute. */
final class DemoCatalogue {

    record Dept(String code, String ru, String en) {
    }

    record Prog(String code, Programme.Kind kind, String ru, String en, String speciality, int months, int hours,
            int students, int cohorts) {
    }

    record CourseDef(String code, String dept, String ru, String en, int hours, AssessmentForm form,
            Component component, String programme, boolean spring) {
    }

    static final List<Dept> DEPARTMENTS = List.of(
            new Dept("MG", "Кафедра медицинской генетики", "Department of Medical Genetics"),
            new Dept("OPH", "Кафедра офтальмогенетики", "Department of Ophthalmogenetics"),
            new Dept("MGB", "Кафедра молекулярной генетики и биоинформатики",
                    "Department of Molecular Genetics and Bioinformatics"),
            new Dept("BGM", "Кафедра биохимической генетики и наследственных болезней обмена",
                    "Department of Biochemical Genetics and Hereditary Metabolic Diseases"),
            new Dept("CYT", "Кафедра цитогенетики и хромосомных болезней",
                    "Department of Cytogenetics and Chromosomal Diseases"),
            new Dept("NEU", "Кафедра генетики неврологических болезней",
                    "Department of Genetics of Neurological Diseases"),
            new Dept("RSP", "Кафедра генетики болезней органов дыхания",
                    "Department of Genetics of Respiratory System Diseases"),
            new Dept("ONC", "Кафедра онкогенетики", "Department of Onco-genetics"),
            new Dept("END", "Кафедра генетики эндокринных заболеваний", "Department of Endocrine Diseases Genetics"),
            new Dept("BIO", "Кафедра биоэтики в медицинской генетике", "Department of Bioethics in Medical Genetics"),
            new Dept("CLG", "Кафедра клинической лабораторной генетики",
                    "Department of Clinical Laboratory Genetics"));

    static final List<Prog> PROGRAMMES = List.of(
            new Prog("RES-GEN", Programme.Kind.RESIDENCY, "Ординатура: Генетика", "Residency: Genetics",
                    "31.08.30 Генетика / Genetics", 24, 120 * 36, 60, 2),
            new Prog("RES-LABGEN", Programme.Kind.RESIDENCY, "Ординатура: Лабораторная генетика",
                    "Residency: Laboratory Genetics", "31.08.06 Лабораторная генетика / Laboratory Genetics", 24,
                    120 * 36, 40, 2),
            new Prog("PHD-1.5.7", Programme.Kind.PHD, "Аспирантура: 1.5.7 Генетика",
                    "PhD track: 1.5.7 Genetics", "1.5.7 Генетика / Genetics", 48, 240 * 36, 32, 4),
            new Prog("PHD-3.1.x", Programme.Kind.PHD, "Аспирантура: 3.1.26 Клиническая лабораторная диагностика",
                    "PhD track: 3.1.26 Clinical Laboratory Diagnostics",
                    "3.1.26 Клиническая лабораторная диагностика / Clinical Laboratory Diagnostics", 36, 180 * 36, 12,
                    3),
            new Prog("CPD-MG36", Programme.Kind.CPD, "ПК: Актуальные вопросы медицинской генетики",
                    "CPD: Current Issues in Medical Genetics", "Генетика / Genetics", 1, 36, 40, 2),
            new Prog("CPD-PREN72", Programme.Kind.CPD, "ПК: Пренатальная диагностика наследственных болезней",
                    "CPD: Prenatal Diagnosis of Hereditary Diseases", "Генетика / Genetics", 1, 72, 36, 2),
            new Prog("CPD-NGS144", Programme.Kind.CPD, "ПК: Клиническая интерпретация данных NGS",
                    "CPD: Clinical Interpretation of NGS Data", "Лабораторная генетика / Laboratory Genetics", 2,
                    144, 40, 2),
            new Prog("CPD-IMD72", Programme.Kind.CPD, "ПК: Наследственные болезни обмена у детей",
                    "CPD: Inherited Metabolic Diseases in Children", "Генетика / Genetics", 1, 72, 30, 2),
            new Prog("CPD-ONC36", Programme.Kind.CPD, "ПК: Онкогенетическое консультирование",
                    "CPD: Cancer Genetic Counselling", "Генетика / Genetics", 1, 36, 25, 1),
            new Prog("CPD-CYT144", Programme.Kind.CPD, "ПК: Цитогенетическая диагностика",
                    "CPD: Cytogenetic Diagnostics", "Лабораторная генетика / Laboratory Genetics", 2, 144, 25, 1));

    static final List<CourseDef> COURSES = List.of(
            new CourseDef("MG-101", "MG", "Медицинская генетика", "Medical Genetics", 216, AssessmentForm.EXAM,
                    Component.DISCIPLINE, "RES-GEN", false),
            new CourseDef("MG-102", "MG", "Генетическое консультирование", "Genetic Counselling", 108,
                    AssessmentForm.GRADED_CREDIT, Component.DISCIPLINE, "RES-GEN", true),
            new CourseDef("MG-201", "MG", "Клиническая практика", "Clinical Practice", 69 * 36,
                    AssessmentForm.GRADED_CREDIT, Component.PRACTICE, "RES-GEN", true),
            new CourseDef("MG-301", "MG", "Государственная итоговая аттестация", "Final State Certification", 108,
                    AssessmentForm.EXAM, Component.FINAL_CERTIFICATION, "RES-GEN", true),
            new CourseDef("OPH-101", "OPH", "Наследственные заболевания глаз", "Hereditary Eye Diseases", 72,
                    AssessmentForm.PASS_FAIL, Component.DISCIPLINE, "RES-GEN", true),
            new CourseDef("MGB-101", "MGB", "Молекулярная диагностика", "Molecular Diagnostics", 144,
                    AssessmentForm.EXAM, Component.DISCIPLINE, "RES-LABGEN", false),
            new CourseDef("MGB-102", "MGB", "Биоинформатика в генетике", "Bioinformatics in Genetics", 108,
                    AssessmentForm.GRADED_CREDIT, Component.DISCIPLINE, "RES-LABGEN", true),
            new CourseDef("MGB-103", "MGB", "Интерпретация вариантов секвенирования",
                    "Sequencing Variant Interpretation", 72, AssessmentForm.GRADED_CREDIT, Component.DISCIPLINE,
                    "RES-GEN", false),
            new CourseDef("BGM-101", "BGM", "Наследственные болезни обмена", "Inherited Metabolic Diseases", 108,
                    AssessmentForm.EXAM, Component.DISCIPLINE, "RES-GEN", false),
            new CourseDef("CYT-101", "CYT", "Цитогенетика", "Cytogenetics", 144, AssessmentForm.EXAM,
                    Component.DISCIPLINE, "RES-LABGEN", false),
            new CourseDef("CYT-102", "CYT", "Хромосомный микроматричный анализ", "Chromosomal Microarray Analysis",
                    72, AssessmentForm.GRADED_CREDIT, Component.DISCIPLINE, "RES-LABGEN", true),
            new CourseDef("NEU-101", "NEU", "Генетика нервных болезней", "Genetics of Neurological Diseases", 108,
                    AssessmentForm.EXAM, Component.DISCIPLINE, "RES-GEN", true),
            new CourseDef("RSP-101", "RSP", "Муковисцидоз и наследственные болезни лёгких",
                    "Cystic Fibrosis and Hereditary Lung Diseases", 72, AssessmentForm.PASS_FAIL,
                    Component.DISCIPLINE, "RES-GEN", true),
            new CourseDef("ONC-101", "ONC", "Онкогенетика", "Onco-genetics", 108, AssessmentForm.EXAM,
                    Component.DISCIPLINE, "RES-GEN", false),
            new CourseDef("END-101", "END", "Генетика эндокринных заболеваний", "Genetics of Endocrine Diseases", 72,
                    AssessmentForm.PASS_FAIL, Component.DISCIPLINE, "RES-GEN", false),
            new CourseDef("BIO-101", "BIO", "Биоэтика в медицинской генетике", "Bioethics in Medical Genetics", 36,
                    AssessmentForm.PASS_FAIL, Component.DISCIPLINE, "RES-GEN", false),
            new CourseDef("CLG-101", "CLG", "Лабораторная генетика", "Laboratory Genetics", 216, AssessmentForm.EXAM,
                    Component.DISCIPLINE, "RES-LABGEN", false),
            new CourseDef("CLG-102", "CLG", "Контроль качества в генетической лаборатории",
                    "Quality Control in the Genetic Laboratory", 72, AssessmentForm.GRADED_CREDIT,
                    Component.DISCIPLINE, "RES-LABGEN", true),
            new CourseDef("CLG-201", "CLG", "Лабораторная практика", "Laboratory Practice", 69 * 36,
                    AssessmentForm.GRADED_CREDIT, Component.PRACTICE, "RES-LABGEN", true),
            new CourseDef("PHD-101", "BIO", "История и философия науки", "History and Philosophy of Science", 144,
                    AssessmentForm.EXAM, Component.DISCIPLINE, "PHD-1.5.7", false),
            new CourseDef("PHD-102", "BIO", "Иностранный язык (кандидатский экзамен)",
                    "Foreign Language (candidate exam)", 144, AssessmentForm.EXAM, Component.DISCIPLINE, "PHD-1.5.7",
                    true),
            new CourseDef("PHD-103", "MG", "Генетика (кандидатский экзамен)", "Genetics (candidate exam)", 108,
                    AssessmentForm.EXAM, Component.DISCIPLINE, "PHD-1.5.7", true),
            new CourseDef("PHD-104", "MGB", "Методология научного исследования в генетике",
                    "Research Methodology in Genetics", 72, AssessmentForm.PASS_FAIL, Component.DISCIPLINE,
                    "PHD-1.5.7", false),
            new CourseDef("CPD-MG36", "MG", "Актуальные вопросы медицинской генетики",
                    "Current Issues in Medical Genetics", 36, AssessmentForm.PASS_FAIL, Component.DISCIPLINE,
                    "CPD-MG36", false),
            new CourseDef("CPD-PREN72", "CYT", "Пренатальная диагностика наследственных болезней",
                    "Prenatal Diagnosis of Hereditary Diseases", 72, AssessmentForm.PASS_FAIL, Component.DISCIPLINE,
                    "CPD-PREN72", false),
            new CourseDef("CPD-NGS144", "MGB", "Клиническая интерпретация данных NGS",
                    "Clinical Interpretation of NGS Data", 144, AssessmentForm.GRADED_CREDIT, Component.DISCIPLINE,
                    "CPD-NGS144", false),
            new CourseDef("CPD-IMD72", "BGM", "Наследственные болезни обмена у детей",
                    "Inherited Metabolic Diseases in Children", 72, AssessmentForm.PASS_FAIL, Component.DISCIPLINE,
                    "CPD-IMD72", false),
            new CourseDef("CPD-ONC36", "ONC", "Онкогенетическое консультирование", "Cancer Genetic Counselling", 36,
                    AssessmentForm.PASS_FAIL, Component.DISCIPLINE, "CPD-ONC36", false),
            new CourseDef("CPD-CYT144", "CYT", "Цитогенетическая диагностика", "Cytogenetic Diagnostics", 144,
                    AssessmentForm.GRADED_CREDIT, Component.DISCIPLINE, "CPD-CYT144", false));

    private DemoCatalogue() {
    }
}
