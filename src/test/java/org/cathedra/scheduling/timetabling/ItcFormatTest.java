package org.cathedra.scheduling.timetabling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItcFormatTest {

    @Test
    void an_instance_is_read_with_every_section() {
        ItcInstance tiny = Tiny.instance();
        assertThat(tiny.name()).isEqualTo("Tiny");
        assertThat(tiny.periods()).isEqualTo(6);
        assertThat(tiny.courses()).extracting(ItcInstance.Course::id).containsExactly("a", "b", "c");
        assertThat(tiny.coursesById().get("a")).isEqualTo(new ItcInstance.Course("a", "t1", 2, 2, 30));
        assertThat(tiny.curricula().getFirst().courseIds()).containsExactlyInAnyOrder("a", "b");
        assertThat(tiny.unavailabilities()).containsExactly(new ItcInstance.Unavailability("c", 1, 2));
        assertThat(tiny.lectureCount()).isEqualTo(4);
    }

    @Test
    void the_competition_instances_match_their_declared_sizes() {
        for (String name : List.of("comp01", "comp05", "comp07")) {
            var in = getClass().getResourceAsStream("/itc2007/" + name + ".ctt");
            ItcInstance instance = ItcFormat.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            assertThat(instance.courses()).as(name).isNotEmpty();
            assertThat(instance.rooms()).as(name).isNotEmpty();
        }
    }

    @Test
    void a_file_that_contradicts_its_header_is_refused_with_the_reason() {
        String wrong = Tiny.TEXT.replace("Courses: 3", "Courses: 4");
        assertThatThrownBy(() -> ItcFormat.parse(new StringReader(wrong)))
                .hasMessageContaining("Courses: declares 4 but lists 3");
        String broken = Tiny.TEXT.replace("a t1 2 2 30", "a t1 two 2 30");
        assertThatThrownBy(() -> ItcFormat.parse(new StringReader(broken))).hasMessageContaining("line 10");
        String unknown = Tiny.TEXT.replace("q1 2 a b", "q1 2 a z");
        assertThatThrownBy(() -> ItcFormat.parse(new StringReader(unknown))).hasMessageContaining("unknown course z");
    }

    @Test
    void solutions_are_written_one_lecture_a_line() {
        StringWriter out = new StringWriter();
        ItcFormat.write(List.of(new ItcAssignment("a", "R1", 0, 1), new ItcAssignment("b", "R2", 1, 2)), out);
        assertThat(out.toString()).isEqualTo("a R1 0 1\nb R2 1 2\n");
    }

    @Test
    void a_written_solution_reads_back_the_same_and_a_bad_line_is_refused() {
        List<ItcAssignment> solution = List.of(new ItcAssignment("a", "R1", 0, 1), new ItcAssignment("c", "R1", 1, 0));
        StringWriter out = new StringWriter();
        ItcFormat.write(solution, out);
        assertThat(ItcFormat.readSolution(new StringReader(out.toString()))).isEqualTo(solution);
        assertThatThrownBy(() -> ItcFormat.readSolution(new StringReader("a R1 0 1\nb R2 x 2\n")))
                .hasMessageContaining("line 2");
    }
}
