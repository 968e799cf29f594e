package org.cathedra.internship;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the name warning catches and what it leaves alone. */
class NameGuardTest {

    @Test
    void full_names_initials_and_patronymics_are_caught() {
        assertThat(NameGuard.looksLikeName("Пациентка Иванова Мария пришла с мужем")).isTrue();
        assertThat(NameGuard.looksLikeName("seen with John Smith today")).isTrue();
        assertThat(NameGuard.looksLikeName("консультация: Петров И.И.")).isTrue();
        assertThat(NameGuard.looksLikeName("беседа с отцом, Сергеевич по отчеству")).isTrue();
        assertThat(NameGuard.looksLikeName("говорила Анна Сергеевна")).isTrue();
    }

    @Test
    void clinical_text_and_codes_pass() {
        assertThat(NameGuard.looksLikeName("Кариотип 47,XY,+21; разобрали протокол описания.")).isFalse();
        assertThat(NameGuard.looksLikeName("Pedigree in three generations, autosomal dominant.")).isFalse();
        assertThat(NameGuard.looksLikeName("Вариант в гене BRCA2, класс 3 по ACMG.")).isFalse();
        assertThat(NameGuard.looksLikeName(null)).isFalse();
        assertThat(NameGuard.looksLikeName("  ")).isFalse();
    }
}
