package org.cathedra.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.cathedra.shared.ui.EmptyState;
import org.cathedra.testing.TestPeople;
import org.cathedra.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DashboardViewTest extends UiTest {

    @Autowired
    TestPeople people;

    private static String stat(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getChildren().findFirst()
                .map(c -> ((Span) c).getText()).orElseThrow();
    }

    @Test
    void a_student_lands_on_their_programme_and_courses() {
        signIn("student");
        UI.getCurrent().navigate("");
        assertThat(_get(H1.class).getText()).isEqualTo("Dashboard");
        assertThat(_get(Paragraph.class, spec -> spec.withId("student-programme")).getText())
                .startsWith("Residency: Genetics");
        assertThat(stat("stat-credits")).isEqualTo("120");
        String cards = _get(Div.class, spec -> spec.withId("student-courses")).getElement().getChildren()
                .map(card -> card.getProperty("innerHTML", "")).collect(java.util.stream.Collectors.joining());
        assertThat(cards).contains("<div class=\"course-card-title\">MG-101 Medical Genetics</div>", "Exam");
    }

    @Test
    void a_student_without_a_programme_sees_an_explanation_instead_of_an_empty_page() {
        signIn(people.studentWithoutProgramme());
        UI.getCurrent().navigate("");
        assertThat(_get(EmptyState.class).getElement().getTextRecursively())
                .contains("not yet assigned to a programme");
    }

    @Test
    void a_teacher_lands_on_the_courses_they_teach_in_russian() {
        signIn("teacher", Locale.forLanguageTag("ru"));
        UI.getCurrent().navigate("");
        assertThat(_get(H1.class).getText()).isEqualTo("Главная");
        assertThat(_get(Paragraph.class, spec -> spec.withId("teacher-department")).getText())
                .isEqualTo("Профессор · Кафедра медицинской генетики");
        assertThat(Integer.parseInt(stat("stat-offerings"))).isPositive();
    }

    @Test
    void an_administrator_lands_on_counts_and_shortcuts() {
        signIn("admin");
        UI.getCurrent().navigate("");
        assertThat(Integer.parseInt(stat("stat-departments"))).isGreaterThanOrEqualTo(11);
        assertThat(Integer.parseInt(stat("stat-students").replaceAll("\\D", ""))).isGreaterThanOrEqualTo(340);
        assertThat(_find(Anchor.class).stream().map(Anchor::getHref)).contains("admin/teachers", "admin/courses");
    }
}
