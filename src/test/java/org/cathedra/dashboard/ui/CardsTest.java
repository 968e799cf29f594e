package org.cathedra.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CardsTest {

    @Test
    void the_text_of_a_static_card_line_is_escaped_never_markup() {
        assertThat(Cards.line("course-card-title", "<script>alert(1)</script> & <img src=x onerror=y>"))
                .isEqualTo("<div class=\"course-card-title\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; "
                        + "&lt;img src=x onerror=y&gt;</div>");
        assertThat(Cards.line("x", "Медицинская генетика")).isEqualTo("<div class=\"x\">Медицинская генетика</div>");
    }
}
