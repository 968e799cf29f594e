package org.cathedra.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The directory's texts: both languages have every key, and every key the code names exists. */
class DirectoryMessagesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/cathedra/directory");
    /** Literal keys handed to a translation or a domain error, e.g. getTranslation("teacher.title"). */
    private static final Pattern KEY = Pattern.compile(
            "(?:getTranslation|\\bt|DomainException|NotFoundException|asRequired|on)\\(\"([a-z][A-Za-z]*(?:\\.[A-Za-z_]+)+)\"");
    private static final Pattern ARGUMENT_KEY = Pattern.compile(
            "\"((?:department|person|teacher|student|account|directory)\\.[A-Za-z_.]*[A-Za-z_])\"");

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DirectoryMessagesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Properties all(String suffix) throws IOException {
        Properties all = bundle("/messages" + suffix + ".properties");
        all.putAll(bundle("/i18n/directory/messages" + suffix + ".properties"));
        return all;
    }

    @Test
    void english_and_russian_have_the_same_keys_and_no_blank_text() throws IOException {
        Properties en = bundle("/i18n/directory/messages.properties");
        Properties ru = bundle("/i18n/directory/messages_ru.properties");
        assertThat(new TreeSet<>(ru.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        for (Properties p : new Properties[] {en, ru}) {
            assertThat(p.stringPropertyNames()).allSatisfy(key -> assertThat(p.getProperty(key)).isNotBlank());
        }
    }

    @Test
    void every_key_the_directory_names_is_translated_in_both_languages() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern pattern : new Pattern[] {KEY, ARGUMENT_KEY}) {
                    Matcher m = pattern.matcher(source);
                    while (m.find()) {
                        named.add(m.group(1));
                    }
                }
            }
        }
        for (Teacher.Position p : Teacher.Position.values()) {
            named.add("teacher.position." + p);
        }
        for (Teacher.AcademicDegree d : Teacher.AcademicDegree.values()) {
            named.add("teacher.degree." + d);
        }
        for (Student.LearnerKind k : Student.LearnerKind.values()) {
            named.add("student.kind." + k);
        }
        for (UserAccount.Role r : UserAccount.Role.values()) {
            named.add("role." + r);
        }
        assertThat(named).as("the scan finds the keys").contains("department.title", "error.email.taken",
                "person.lastName", "teacher.entity");
        Properties en = all("");
        Properties ru = all("_ru");
        assertThat(named).allSatisfy(key -> {
            assertThat(en.getProperty(key)).as("English " + key).isNotBlank();
            assertThat(ru.getProperty(key)).as("Russian " + key).isNotBlank();
        });
    }
}
