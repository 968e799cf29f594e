package org.cathedra.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cathedra.directory.internal.DepartmentRepository;
import org.cathedra.shared.DomainException;
import org.cathedra.testing.CathedraTest;
import org.cathedra.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Random and boundary text thrown at the services on the real database: very long text, control characters,
 * bidirectional overrides, right-to-left scripts, emoji, broken surrogates, SQL and script payloads. Each call either
 * stores exactly what was given (trimmed) or is refused with a domain message that leaves the data as it was; never
 * a database error or any other failure.
 */
@CathedraTest
class HostileInputTest {

    private static final List<String> PAYLOADS = List.of(
            "", " ", "\t", "x".repeat(10_000), "я".repeat(201), "a\u0000b", "bell\u0007", "line\r\nbreak",
            "\u202Eevil\u202C", "\u2066isolated\u2069", "مرحبا بالعالم", "שלום", "Генетика 🧬🧪 👩‍⚕️",
            "e\u0301\u0301\u0301", "broken \uD83E", "\uDD2C reversed", "' OR '1'='1", "'; DROP TABLE department; --",
            "\" or \"\"=\"", "\\", "%s%n%x", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
            "${jndi:ldap://127.0.0.1/x}", "{{7*7}}", "NULL", "null", "\uFEFFbom", "\u00A0nbsp\u00A0",
            "\uFFFF\uFFFE", "Ω≈ç√∫˜µ≤≥÷", "𝕮𝖆𝖙𝖍𝖊𝖉𝖗𝖆");

    @Autowired
    DepartmentService departments;
    @Autowired
    AccountService accounts;
    @Autowired
    DepartmentRepository repository;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void signInAsAdministrator() {
        SignIn.as(accounts, "admin");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private static List<String> inputs(long seed, int randomOnes) {
        List<String> inputs = new ArrayList<>(PAYLOADS);
        var random = new Random(seed);
        for (int i = 0; i < randomOnes; i++) {
            var text = new StringBuilder();
            int length = random.nextInt(random.nextBoolean() ? 12 : 300);
            for (int j = 0; j < length; j++) {
                int kind = random.nextInt(10);
                text.append(switch (kind) {
                    case 0 -> (char) random.nextInt(0x20);                       // control
                    case 1 -> (char) (0xD800 + random.nextInt(0x800));           // lone surrogate half
                    case 2 -> new String(Character.toChars(0x1F300 + random.nextInt(0x300))); // emoji
                    case 3 -> (char) (0x0590 + random.nextInt(0x200));           // Hebrew, Arabic
                    case 4 -> "'\";-<>&%$#{}()\\".charAt(random.nextInt(15));
                    default -> (char) (0x20 + random.nextInt(0x500));            // Latin, Cyrillic, ...
                });
            }
            inputs.add(text.toString());
        }
        return inputs;
    }

    @Test
    void department_names_and_codes_are_stored_exactly_or_refused_without_a_trace() {
        long id = departments.save(form("FUZZ", "Кафедра для проверки", "Test department"));
        int stored = 0;
        int refused = 0;
        for (String input : inputs(2026, 150)) {
            for (int field = 0; field < 3; field++) {
                DepartmentForm edit = departments.edit(id);
                var before = List.of(edit.getCode(), edit.getNameRu(), edit.getNameEn(), edit.getVersion());
                long rows = repository.count();
                long audit = jdbc.queryForObject("select count(*) from audit_record", Long.class);
                switch (field) {
                    case 0 -> edit.setCode(input);
                    case 1 -> edit.setNameRu(input);
                    default -> edit.setNameEn(input);
                }
                try {
                    departments.save(edit);
                    DepartmentForm after = departments.edit(id);
                    String expected = field == 0 ? Department.normalizeCode(input) : input.strip();
                    String actual = field == 0 ? after.getCode() : field == 1 ? after.getNameRu() : after.getNameEn();
                    assertThat(actual).as("field %d stored as given: %s", field, printable(input)).isEqualTo(expected);
                    stored++;
                } catch (DomainException e) {
                    DepartmentForm after = departments.edit(id);
                    assertThat(List.of(after.getCode(), after.getNameRu(), after.getNameEn(), after.getVersion()))
                            .as("refused %s: nothing changed", printable(input)).isEqualTo(before);
                    assertThat(repository.count()).isEqualTo(rows);
                    assertThat(jdbc.queryForObject("select count(*) from audit_record", Long.class)).isEqualTo(audit);
                    refused++;
                } catch (RuntimeException e) {
                    fail("field %d with %s failed with %s", field, printable(input), e);
                }
            }
        }
        assertThat(stored).as("some hostile-looking text is legitimate and kept").isGreaterThan(10);
        assertThat(refused).as("and some is refused").isGreaterThan(10);
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables"
                + " where table_schema = database() and table_name = 'department'", Long.class)).isEqualTo(1L);
    }

    @Test
    void account_names_and_passwords_take_only_what_sign_in_can_use() {
        long rows = jdbc.queryForObject("select count(*) from user_account", Long.class);
        int created = 0;
        for (String input : inputs(7, 60)) {
            try {
                accounts.createAccount(input, "a-long-enough-secret-" + created, UserAccount.Role.STUDENT, null);
                created++;
                assertThat(input.strip()).matches("[A-Za-z0-9._-]{3,60}");
            } catch (DomainException e) {
                assertThat(jdbc.queryForObject("select count(*) from user_account", Long.class))
                        .isEqualTo(rows + created);
            } catch (RuntimeException e) {
                fail("user name %s failed with %s", printable(input), e);
            }
            try {
                accounts.createAccount("fuzz.pw" + Math.abs(input.hashCode()) + "x" + created, input,
                        UserAccount.Role.STUDENT, null);
                created++;
            } catch (DomainException e) {
                assertThat(jdbc.queryForObject("select count(*) from user_account", Long.class))
                        .isEqualTo(rows + created);
            } catch (RuntimeException e) {
                fail("password %s failed with %s", printable(input), e);
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from user_account", Long.class)).isEqualTo(rows + created);
    }

    private static DepartmentForm form(String code, String ru, String en) {
        var form = new DepartmentForm();
        form.setCode(code);
        form.setNameRu(ru);
        form.setNameEn(en);
        return form;
    }

    private static String printable(String s) {
        var out = new StringBuilder("\"");
        s.codePoints().limit(40).forEach(c -> out.append(c < 0x20 || (c >= 0xD800 && c <= 0xDFFF) || c > 0xFFFF
                ? String.format("\\u%04X", c) : Character.toString(c)));
        return out.append(s.length() > 40 ? "…\" (" + s.length() + " chars)" : "\"").toString();
    }
}
