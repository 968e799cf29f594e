package org.cathedra.scheduling.timetabling;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Reads the ITC-2007 track 3 instance format ("Name:", "Courses:", ..., the COURSES, ROOMS, CURRICULA and
 * UNAVAILABILITY_CONSTRAINTS sections, "END.") and writes solutions in the competition's output format: one line
 * "course room day period" per lecture.
 */
public final class ItcFormat {

    private ItcFormat() {
    }

    /** Parses an instance; a malformed file is refused with the line that broke the rules. */
    public static ItcInstance parse(Reader source) {
        try (BufferedReader in = new BufferedReader(source)) {
            Map<String, String> header = new HashMap<>();
            List<ItcInstance.Course> courses = new ArrayList<>();
            List<ItcInstance.Room> rooms = new ArrayList<>();
            List<ItcInstance.Curriculum> curricula = new ArrayList<>();
            List<ItcInstance.Unavailability> unavailable = new ArrayList<>();
            String section = "";
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                String text = line.strip();
                if (text.isEmpty()) {
                    continue;
                }
                if (text.equals("END.")) {
                    break;
                }
                if (text.endsWith(":") && !text.contains(" ")) {
                    section = text.substring(0, text.length() - 1);
                    continue;
                }
                String[] f = text.split("\\s+");
                try {
                    switch (section) {
                        case "" -> header.put(f[0].replace(":", ""), f[f.length - 1]);
                        case "COURSES" -> courses.add(new ItcInstance.Course(f[0], f[1], Integer.parseInt(f[2]),
                                Integer.parseInt(f[3]), Integer.parseInt(f[4])));
                        case "ROOMS" -> rooms.add(new ItcInstance.Room(f[0], Integer.parseInt(f[1])));
                        case "CURRICULA" -> {
                            int size = Integer.parseInt(f[1]);
                            if (f.length != size + 2) {
                                throw new IllegalArgumentException("curriculum lists " + (f.length - 2)
                                        + " courses but declares " + size);
                            }
                            curricula.add(new ItcInstance.Curriculum(f[0],
                                    new LinkedHashSet<>(Arrays.asList(f).subList(2, f.length))));
                        }
                        case "UNAVAILABILITY_CONSTRAINTS" -> unavailable.add(new ItcInstance.Unavailability(f[0],
                                Integer.parseInt(f[1]), Integer.parseInt(f[2])));
                        default -> throw new IllegalArgumentException("unknown section " + section);
                    }
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("line " + number + ": " + text + " (" + e.getMessage() + ")",
                            e);
                }
            }
            ItcInstance instance = new ItcInstance(header.getOrDefault("Name", "unnamed"),
                    Integer.parseInt(require(header, "Days")), Integer.parseInt(require(header, "Periods_per_day")),
                    courses, rooms, curricula, unavailable);
            check(instance, header);
            return instance;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String require(Map<String, String> header, String key) {
        String value = header.get(key);
        if (value == null) {
            throw new IllegalArgumentException("missing header " + key + ":");
        }
        return value;
    }

    private static void check(ItcInstance instance, Map<String, String> header) {
        expect("Courses", header, instance.courses().size());
        expect("Rooms", header, instance.rooms().size());
        expect("Curricula", header, instance.curricula().size());
        expect("Constraints", header, instance.unavailabilities().size());
        var known = instance.coursesById().keySet();
        for (var c : instance.curricula()) {
            for (String id : c.courseIds()) {
                if (!known.contains(id)) {
                    throw new IllegalArgumentException("curriculum " + c.id() + " names unknown course " + id);
                }
            }
        }
    }

    private static void expect(String key, Map<String, String> header, int actual) {
        if (header.containsKey(key) && Integer.parseInt(header.get(key)) != actual) {
            throw new IllegalArgumentException(key + ": declares " + header.get(key) + " but lists " + actual);
        }
    }

    /** Writes a solution, one lecture a line, as the competition's validator reads it. */
    public static void write(List<ItcAssignment> solution, Writer out) {
        try {
            for (ItcAssignment a : solution) {
                out.write(a.courseId() + " " + a.roomId() + " " + a.day() + " " + a.period() + "\n");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a solution in the competition's output format back (blank lines skipped); a line that is not
     * "course room day period" is refused with its number.
     */
    public static List<ItcAssignment> readSolution(Reader source) {
        List<ItcAssignment> solution = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(source)) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.trim().split("\\s+");
                try {
                    if (f.length != 4) {
                        throw new NumberFormatException();
                    }
                    solution.add(new ItcAssignment(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3])));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("solution line " + number + " is not 'course room day period': "
                            + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return solution;
    }
}
