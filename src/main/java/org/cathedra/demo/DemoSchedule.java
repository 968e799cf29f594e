package org.cathedra.demo;

import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cathedra.catalog.CourseOffering;
import org.cathedra.catalog.CurriculumEntry;
import org.cathedra.catalog.Term;
import org.cathedra.directory.Teacher;
import org.cathedra.scheduling.PeriodGrid;
import org.cathedra.scheduling.Room;
import org.cathedra.scheduling.RoomFeature;
import org.cathedra.scheduling.SessionDraft;
import org.cathedra.scheduling.SessionKind;
import org.cathedra.scheduling.TeacherUnavailability;
import org.cathedra.scheduling.TimetableSeries;
import org.cathedra.scheduling.TimetableSession;

/**
 * The demo rooms and the published weekly timetable of the autumn term 2026: each offering of the term meets once a
 * week for two academic hours (a practical in the laboratory its department needs), placed greedily so that no
 * teacher, group or room is in two places at once. The cohort of the course's year of study attends.
 */
final class DemoSchedule {

    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 9, 7);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 25);
    private static final int[] START_PERIODS = {1, 3, 5, 7};

    private final EntityManager em;
    private final PeriodGrid grid = PeriodGrid.standard();
    private final List<Room> rooms = new ArrayList<>();
    private final Set<String> taken = new HashSet<>();

    DemoSchedule(EntityManager em) {
        this.em = em;
    }

    void write() {
        room("A-101", "Большая лекционная аудитория", 80, RoomFeature.LECTURE_HALL, RoomFeature.ONLINE);
        room("A-102", "Малая лекционная аудитория", 40, RoomFeature.LECTURE_HALL);
        room("S-201", "Семинарская 201", 25, RoomFeature.SEMINAR_ROOM);
        room("S-202", "Семинарская 202", 25, RoomFeature.SEMINAR_ROOM);
        room("L-301", "Цитогенетическая лаборатория", 12, RoomFeature.CYTOGENETICS_LAB, RoomFeature.MICROSCOPY);
        room("L-302", "Молекулярная лаборатория", 10, RoomFeature.MOLECULAR_LAB);
        room("M-303", "Микроскопический класс", 14, RoomFeature.MICROSCOPY);
        room("SIM-1", "Симуляционный класс", 12, RoomFeature.SIMULATION);
        room("WEB", "Онлайн-аудитория", 300, RoomFeature.ONLINE);
        em.flush();

        Map<Long, String> cohortOfCourse = new HashMap<>();
        for (CurriculumEntry entry : em.createQuery("select c from CurriculumEntry c join fetch c.programme",
                CurriculumEntry.class).getResultList()) {
            cohortOfCourse.put(entry.getCourse().getId(),
                    entry.getProgramme().getCode() + "-" + (2027 - entry.getYearOfStudy()));
        }
        Map<String, Long> cohortSizes = new HashMap<>();
        for (Object[] row : em.createQuery("select s.cohort, count(s) from Student s group by s.cohort",
                Object[].class).getResultList()) {
            cohortSizes.put((String) row[0], (Long) row[1]);
        }
        List<CourseOffering> autumn = em.createQuery("""
                select o from CourseOffering o join fetch o.course c join fetch o.term t
                where t.academicYear = 2026 and t.part = :part order by c.code, o.section
                """, CourseOffering.class).setParameter("part", Term.Part.AUTUMN).getResultList();
        for (CourseOffering offering : autumn) {
            String cohort = cohortOfCourse.get(offering.getCourse().getId());
            if (cohort == null || !cohortSizes.containsKey(cohort)) {
                continue;
            }
            place(offering, cohort, cohortSizes.get(cohort));
        }
        Teacher sokolova = em.createQuery(
                "select t from Teacher t where t.id = (select a.person.id from UserAccount a where a.username = 'teacher')",
                Teacher.class).getSingleResult();
        // a weekend congress: the office sees the clash if it tries to place a session of hers then
        em.persist(new TeacherUnavailability(sokolova.getId(), LocalDateTime.of(2026, 10, 17, 0, 0),
                LocalDateTime.of(2026, 10, 19, 0, 0), "Конгресс медицинских генетиков"));
    }

    private void room(String code, String name, int capacity, RoomFeature... features) {
        Room room = new Room(code, name, capacity, EnumSet.copyOf(List.of(features)));
        em.persist(room);
        rooms.add(room);
    }

    private void place(CourseOffering offering, String cohort, long size) {
        String dept = offering.getCourse().getDepartment().getCode();
        RoomFeature needs = switch (dept) {
            case "CYT" -> RoomFeature.CYTOGENETICS_LAB;
            case "MGB", "CLG" -> size <= 10 ? RoomFeature.MOLECULAR_LAB : null;
            default -> null;
        };
        SessionKind kind = needs == null ? SessionKind.LECTURE : SessionKind.PRACTICAL;
        List<Long> teachers = offering.getTeachers().stream().map(Teacher::getId).sorted().toList();
        List<Room> candidates = rooms.stream().filter(r -> r.getCapacity() >= size)
                .filter(r -> needs == null ? !r.has(RoomFeature.ONLINE) || r.has(RoomFeature.LECTURE_HALL)
                        : r.has(needs))
                .sorted(Comparator.comparingInt(Room::getCapacity)).toList();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            for (int period : START_PERIODS) {
                String slot = day + "/" + period;
                if (taken.contains("group " + cohort + slot)
                        || teachers.stream().anyMatch(t -> taken.contains("teacher " + t + slot))) {
                    continue;
                }
                for (Room room : candidates) {
                    if (taken.contains("room " + room.getId() + slot)) {
                        continue;
                    }
                    taken.add("group " + cohort + slot);
                    teachers.forEach(t -> taken.add("teacher " + t + slot));
                    taken.add("room " + room.getId() + slot);
                    weekly(offering, kind, day, period, room, Set.copyOf(teachers), cohort, needs);
                    return;
                }
            }
        }
    }

    private void weekly(CourseOffering offering, SessionKind kind, DayOfWeek day, int period, Room room,
            Set<Long> teachers, String cohort, RoomFeature needs) {
        LocalDate first = FIRST_MONDAY.with(day);
        TimetableSeries series = new TimetableSeries(offering.getId(), first, LAST_DAY);
        em.persist(series);
        LocalTime[] span = grid.span(period, 2);
        Instant written = LocalDate.of(2026, 8, 25).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
        SessionDraft draft = new SessionDraft(offering.getId(), kind, first, period, 2, null, null, room.getId(),
                needs, teachers, Set.of(cohort), false, LAST_DAY, true, null);
        for (LocalDate date = first; !date.isAfter(LAST_DAY); date = date.plusWeeks(1)) {
            em.persist(new TimetableSession(offering.getId(), series.getId(), draft, date, span, written));
        }
    }
}
