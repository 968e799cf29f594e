package org.cathedra.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalog's texts: the same keys in English and Russian, and every key the catalog's code names exists. */
class CatalogMessagesTest {

    private static final Pattern KEY_LITERAL = Pattern.compile("\"((?:[a-z][A-Za-z]*\\.)+[A-Za-z][A-Za-z]*)\"");

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CatalogMessagesTest.class.getResourceAsStream("/" + name);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void english_and_russian_have_the_same_keys() throws IOException {
        assertThat(bundle("i18n/catalog/messages_ru.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("i18n/catalog/messages.properties").stringPropertyNames());
    }

    @Test
    void every_key_the_catalog_names_is_translated() throws IOException {
        Set<String> known = new TreeSet<>();
        for (String name : new String[] {"messages.properties", "messages_ru.properties",
                "i18n/catalog/messages.properties", "i18n/catalog/messages_ru.properties"}) {
            known.addAll(bundle(name).stringPropertyNames());
        }
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/cathedra/catalog"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (Enum<?>[] values : new Enum<?>[][] {Programme.Kind.values(), Course.AssessmentForm.values(),
                Course.Component.values(), Term.Part.values()}) {
            String prefix = switch (values[0]) {
                case Programme.Kind k -> "programme.kind.";
                case Course.AssessmentForm f -> "course.assessmentForm.";
                case Course.Component c -> "course.component.";
                default -> "term.part.";
            };
            for (Enum<?> value : values) {
                used.add(prefix + value.name());
            }
        }
        // entity paths used as sort properties look like keys, but are not
        used.removeAll(Set.of("department.code"));
        assertThat(used).hasSizeGreaterThan(80);
        assertThat(known).containsAll(used);
    }
}
