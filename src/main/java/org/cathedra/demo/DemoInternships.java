package org.cathedra.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cathedra.catalog.Programme;
import org.cathedra.directory.Student;
import org.cathedra.directory.Teacher;
import org.cathedra.directory.UserAccount;
import org.cathedra.internship.CaseType;
import org.cathedra.internship.LogbookEntry;
import org.cathedra.internship.LogbookEntry.Participation;
import org.cathedra.internship.Placement;
import org.cathedra.internship.PlacementMatching;
import org.cathedra.internship.PlacementOffer;
import org.cathedra.internship.PlacementPeriod;
import org.cathedra.internship.Preference;
import org.cathedra.internship.Requirement;
import org.cathedra.internship.Site;

/**
 * The demo's practice: five sites (the centre's clinic and counselling room, two laboratories, a partner hospital
 * with an external clinician, login {@code clinician}), the first-year Genetics residents' requirement, an autumn
 * clinical period already assigned by the matching (Anna Petrova at the counselling room under Irina Sokolova, with
 * logbook entries) and a spring laboratory period whose preferences are open.
 */
final class DemoInternships {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private final EntityManager em;
    private final Random random = new Random(DemoDataLoader.SEED + 7);
    private final Map<String, CaseType> types = new HashMap<>();

    private DemoInternships(EntityManager em) {
        this.em = em;
    }

    static void write(EntityManager em, String passwordHash) {
        new DemoInternships(em).load(passwordHash);
    }

    private void load(String hash) {
        caseType("PEDIGREE", "Анализ родословной", "Pedigree analysis");
        caseType("KARYOTYPE", "Анализ кариотипа", "Karyotype read");
        caseType("CMA", "Интерпретация хромосомного микроматричного анализа", "Chromosomal microarray interpretation");
        caseType("NGS", "Интерпретация вариантов секвенирования", "Sequencing variant interpretation");
        caseType("COUNSELLING", "Медико-генетическое консультирование", "Genetic counselling session");

        Teacher sokolova = em.createQuery("select t from Teacher t where t.id = "
                + "(select a.person.id from UserAccount a where a.username = 'teacher')", Teacher.class).getSingleResult();
        List<Teacher> mg = staff("MG");
        Teacher clinician = new Teacher(sokolova.getDepartment(), Teacher.Position.ASSISTANT,
                Teacher.AcademicDegree.CANDIDATE);
        clinician.describe("Воронцов", "Дмитрий", "Олегович", "clinician@cathedra.example");
        clinician.assign(sokolova.getDepartment(), Teacher.Position.ASSISTANT, Teacher.AcademicDegree.CANDIDATE,
                true);
        em.persist(clinician);
        em.persist(new UserAccount("clinician", hash, UserAccount.Role.TEACHER, clinician));

        Site clinic = site("MG-CLINIC", Site.Kind.CLINICAL_DEPARTMENT, "Консультативно-диагностическое отделение",
                "Consultation and Diagnostics Department", "Москва, ул. Москворечье, 1, корпус 2", mg.get(0));
        Site room = site("GC-ROOM", Site.Kind.COUNSELLING_ROOM, "Кабинет медико-генетического консультирования",
                "Genetic Counselling Room", "Москва, ул. Москворечье, 1, каб. 214", sokolova);
        Site cyto = site("CYT-LAB", Site.Kind.CYTOGENETIC_LAB, "Лаборатория цитогенетики",
                "Cytogenetics Laboratory", "Москва, ул. Москворечье, 1, корпус 3", staff("CYT").get(1));
        Site molecular = site("MOL-LAB", Site.Kind.MOLECULAR_LAB, "Лаборатория молекулярной генетики (NGS)",
                "Molecular Genetics Laboratory (NGS)", "Москва, ул. Москворечье, 1, корпус 3",
                staff("MGB").get(1));
        Site hospital = site("PH-CHILD", Site.Kind.PARTNER_HOSPITAL,
                "Детская городская клиническая больница (база-партнёр)", "City Children's Hospital (partner)",
                "Москва, Ленинский проспект, 117", clinician);

        Programme genetics = em.createQuery("select p from Programme p where p.code = 'RES-GEN'", Programme.class)
                .getSingleResult();
        Requirement requirement = new Requirement("PR-GEN-1", "Производственная практика, 1-й год",
                "Clinical practice, year 1", genetics.getId(), "RES-GEN-2026", 144);
        em.persist(requirement);
        requirement.requireCount(types.get("PEDIGREE").getId(), 10);
        requirement.requireCount(types.get("KARYOTYPE").getId(), 5);
        requirement.requireCount(types.get("NGS").getId(), 5);
        requirement.requireCount(types.get("COUNSELLING").getId(), 8);

        PlacementPeriod autumn = new PlacementPeriod(requirement.getId(), "Клиническая практика, осень 2026",
                LocalDate.of(2026, 11, 2), LocalDate.of(2027, 2, 26));
        autumn.setPreferencesOpen(false);
        em.persist(autumn);
        List<PlacementOffer> offers = List.of(offer(autumn, room, sokolova, 8), offer(autumn, clinic, mg.get(0), 8),
                offer(autumn, cyto, staff("CYT").get(1), 6), offer(autumn, molecular, staff("MGB").get(1), 6),
                offer(autumn, hospital, clinician, 4));
        List<Student> residents = em.createQuery(
                "select s from Student s where s.cohort = 'RES-GEN-2026' order by s.id", Student.class)
                .getResultList();
        Student anna = residents.getFirst();
        Map<Long, Long> supervisorOf = new HashMap<>();
        offers.forEach(o -> supervisorOf.put(o.getId(), o.getSupervisorId()));

        List<PlacementMatching.Applicant> applicants = new ArrayList<>();
        for (Student s : residents) {
            List<Long> ranked = s == anna ? List.of(offers.get(0).getId(), offers.get(1).getId())
                    : shuffled(offers).subList(0, 3).stream().map(PlacementOffer::getId).toList();
            for (int i = 0; i < ranked.size(); i++) {
                em.persist(new Preference(autumn.getId(), s.getId(), ranked.get(i), i + 1));
            }
            if (s != anna) {
                applicants.add(new PlacementMatching.Applicant(s.getId(), s.getStartYear(), ranked));
            }
        }
        // Anna's first choice was granted by hand (the office kept the demo's trainee with the demo's teacher)
        Placement annas = new Placement(autumn.getId(), offers.get(0).getId(), anna.getId(),
                Placement.AssignedBy.MANUAL, 1);
        annas.setAcademicSupervisorId(sokolova.getId());
        em.persist(annas);
        List<PlacementMatching.Offer> free = offers.stream().map(o -> new PlacementMatching.Offer(o.getId(),
                o.getSlots() - (o == offers.get(0) ? 1 : 0))).toList();
        for (PlacementMatching.Assignment a : PlacementMatching.assign(autumn.getId(), free, applicants)
                .assignments()) {
            Placement p = new Placement(autumn.getId(), a.offerId(), a.studentId(), Placement.AssignedBy.MATCHING,
                    a.rank());
            p.setAcademicSupervisorId(supervisorOf.get(a.offerId()).equals(sokolova.getId()) ? sokolova.getId()
                    : mg.get(0).getId());
            em.persist(p);
        }
        logbook(annas, sokolova);

        PlacementPeriod spring = new PlacementPeriod(requirement.getId(), "Лабораторная практика, весна 2027",
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 30));
        em.persist(spring);
        List<PlacementOffer> labs = List.of(offer(spring, cyto, staff("CYT").get(1), 15),
                offer(spring, molecular, staff("MGB").get(1), 15));
        for (Student s : residents.subList(1, residents.size())) {
            List<PlacementOffer> ranked = shuffled(labs);
            for (int i = 0; i < ranked.size(); i++) {
                em.persist(new Preference(spring.getId(), s.getId(), ranked.get(i).getId(), i + 1));
            }
        }
        em.flush();
    }

    private void logbook(Placement placement, Teacher supervisor) {
        Object[][] rows = {
            {LocalDate.of(2026, 11, 2), "6", "COUNSELLING", Participation.OBSERVED, "GC-26-0141",
                "Первичная консультация семьи с подозрением на муковисцидоз; разобрала сбор анамнеза."},
            {LocalDate.of(2026, 11, 3), "4", "PEDIGREE", Participation.ASSISTED, "GC-26-0142",
                "Родословная в трёх поколениях, аутосомно-доминантный тип наследования."},
            {LocalDate.of(2026, 11, 5), "6", "PEDIGREE", Participation.SUPERVISED, "GC-26-0150",
                "Самостоятельно построила родословную, обсудили расчёт риска."},
            {LocalDate.of(2026, 11, 9), "5", "KARYOTYPE", Participation.ASSISTED, "CY-26-0871",
                "Кариотип 47,XY,+21; разобрали протокол описания."},
            {LocalDate.of(2026, 11, 12), "6", "COUNSELLING", Participation.SUPERVISED, "GC-26-0163",
                "Консультирование по результатам пренатального скрининга."},
            {LocalDate.of(2026, 11, 16), "4", "NGS", Participation.OBSERVED, "MG-26-0390",
                "Интерпретация варианта неопределённого значения в гене BRCA2."},
            {LocalDate.of(2026, 11, 19), "6", "PEDIGREE", Participation.SUPERVISED, "GC-26-0177",
                "Родословная семьи с Х-сцепленным заболеванием."},
            {LocalDate.of(2026, 11, 23), "5", "COUNSELLING", Participation.SUPERVISED, "GC-26-0181",
                "Повторная консультация, обсуждение результатов панели."},
        };
        for (int i = 0; i < rows.length; i++) {
            Object[] r = rows[i];
            LogbookEntry entry = new LogbookEntry(placement.getId());
            entry.record((LocalDate) r[0], new BigDecimal((String) r[1]), types.get((String) r[2]).getId(),
                    (Participation) r[3], (String) r[4], (String) r[5]);
            if (i < 6) {
                entry.sign(supervisor.getId(), ((LocalDate) r[0]).plusDays(1).atTime(17, 0).atZone(MOSCOW).toInstant());
            }
            em.persist(entry);
        }
    }

    private void caseType(String code, String ru, String en) {
        CaseType type = new CaseType(code, ru, en);
        em.persist(type);
        types.put(code, type);
    }

    private Site site(String code, Site.Kind kind, String ru, String en, String address, Teacher supervisor) {
        Site site = new Site(code, kind, ru, en, address);
        site.addSupervisor(supervisor.getId());
        em.persist(site);
        return site;
    }

    private PlacementOffer offer(PlacementPeriod period, Site site, Teacher supervisor, int slots) {
        PlacementOffer offer = new PlacementOffer(period.getId(), site, supervisor.getId(), slots);
        em.persist(offer);
        return offer;
    }

    private List<Teacher> staff(String departmentCode) {
        return em.createQuery("select t from Teacher t where t.department.code = :code and t.external = false "
                + "order by t.id", Teacher.class).setParameter("code", departmentCode).getResultList();
    }

    private <T> List<T> shuffled(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.shuffle(copy, random);
        return copy;
    }
}
