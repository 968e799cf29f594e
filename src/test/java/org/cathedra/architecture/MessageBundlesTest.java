package org.cathedra.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Both languages are complete: every English bundle has a Russian twin with the same keys and no empty texts, and
 * every key that the code asks for exists.
 */
class MessageBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern KEY_USE = Pattern.compile(
            "(?:getTranslation|DomainException|NotFoundException|ask)\\(\\s*\"([a-zA-Z][\\w.]*\\w)\"(?!\\s*\\+)");

    @Test
    void every_bundle_has_the_same_keys_in_russian_and_english() throws IOException {
        for (Path english : englishBundles()) {
            Path russian = english.resolveSibling("messages_ru.properties");
            assertThat(russian).as("Russian twin of %s", english).exists();
            Properties en = load(english);
            Properties ru = load(russian);
            assertThat(new TreeSet<>(ru.stringPropertyNames())).as("keys of %s", russian)
                    .isEqualTo(new TreeSet<>(en.stringPropertyNames()));
            for (String key : en.stringPropertyNames()) {
                assertThat(en.getProperty(key)).as("%s in %s", key, english).isNotBlank();
                assertThat(ru.getProperty(key)).as("%s in %s", key, russian).isNotBlank();
            }
        }
    }

    @Test
    void every_key_the_code_uses_is_translated() throws IOException {
        Properties all = new Properties();
        for (Path english : englishBundles()) {
            all.putAll(load(english));
        }
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_USE.matcher(Files.readString(file));
                while (m.find()) {
                    if (!all.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).as("message keys used in code but missing from the bundles").isEmpty();
    }

    private static List<Path> englishBundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(f -> f.getFileName().toString().equals("messages.properties")).toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file);
                Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }
}
