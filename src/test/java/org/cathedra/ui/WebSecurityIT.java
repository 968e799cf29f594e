package org.cathedra.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.cathedra.directory.AccountService;
import org.cathedra.directory.DirectoryTestData;
import org.cathedra.directory.Student;
import org.cathedra.directory.StudentForm;
import org.cathedra.directory.StudentService;
import org.cathedra.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The HTTP side of security on the running server: headers, cookies, redirects, a new session at sign-in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "e2e"})
class WebSecurityIT {

    @LocalServerPort
    int port;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Optional<HttpCookie> session() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .findFirst();
    }

    @Test
    void pages_carry_the_security_headers_and_an_http_only_session_cookie() throws Exception {
        HttpResponse<String> login = get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'", "form-action 'self'"));
        assertThat(login.headers().firstValue("Permissions-Policy")).hasValueSatisfying(p -> assertThat(p)
                .contains("camera=()"));
        assertThat(login.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        String setCookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertThat(setCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Autowired
    ServletWebServerApplicationContext server;

    @Test
    void an_idle_session_ends_after_thirty_minutes_and_heartbeats_do_not_keep_it_alive() {
        var tomcat = (TomcatWebServer) server.getWebServer();
        var context = (org.apache.catalina.Context) tomcat.getTomcat().getHost().findChildren()[0];
        assertThat(context.getSessionTimeout()).isEqualTo(30);
        assertThat(server.getEnvironment().getProperty("vaadin.closeIdleSessions", Boolean.class)).isTrue();
    }

    @Test
    void an_administration_page_sends_anonymous_visitors_to_the_login() throws Exception {
        HttpResponse<String> response = get("/admin/teachers");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void signing_in_gives_a_new_session_id_and_a_wrong_password_does_not() throws Exception {
        get("/login");
        String before = session().orElseThrow().getValue();

        HttpResponse<String> wrong = post("/login", "username=student&password=" + enc("not-the-password"));
        assertThat(wrong.statusCode()).isEqualTo(302);
        assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("error"));

        get("/login");
        String anonymous = session().orElseThrow().getValue();
        HttpResponse<String> right = post("/login", "username=student&password=" + enc("cathedra-demo-2026"));
        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(right.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(session().orElseThrow().getValue()).isNotEqualTo(anonymous).isNotEqualTo(before);
    }

    @Test
    void a_named_node_marks_its_session_ids_and_keeps_the_mark_across_sign_in_for_the_sticky_proxy() throws Exception {
        get("/login");
        assertThat(session().orElseThrow().getValue()).endsWith(".e2e");
        post("/login", "username=student&password=" + enc("cathedra-demo-2026"));
        assertThat(session().orElseThrow().getValue()).endsWith(".e2e");
    }

    @Autowired
    StudentService students;
    @Autowired
    AccountService accounts;

    @Test
    void a_deactivated_person_cannot_sign_in_and_their_open_session_ends_at_the_next_request() throws Exception {
        SignIn.as(accounts, "admin");
        String name = DirectoryTestData.unique("Leaver");
        StudentForm form = DirectoryTestData.student(name, Student.LearnerKind.RESIDENT);
        form.setProgrammeId(students.programmeChoices(java.util.Locale.ENGLISH).stream()
                .filter(p -> p.learnerKind() == Student.LearnerKind.RESIDENT).findFirst().orElseThrow().id());
        form.setCreateLogin(true);
        form.setUsername(name);
        form.setPassword("a-long-initial-secret");
        long id;
        try {
            id = students.save(form);
        } finally {
            SignIn.out();
        }
        get("/login");
        HttpResponse<String> in = post("/login", "username=" + enc(name) + "&password=" + enc("a-long-initial-secret"));
        // signed in (no further request yet: the session's first request reads the account, later ones every 30 s)
        assertThat(in.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));

        SignIn.as(accounts, "admin");
        try {
            students.deactivate(id, students.edit(id).getVersion());
        } finally {
            SignIn.out();
        }

        HttpResponse<String> next = get("/profile");
        assertThat(next.statusCode()).as("the open session no longer lets them in").isEqualTo(302);
        assertThat(next.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

        get("/login");
        HttpResponse<String> again = post("/login", "username=" + enc(name) + "&password=" + enc("a-long-initial-secret"));
        assertThat(again.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("error"));
        assertThat(get("/profile").statusCode()).isEqualTo(302);
    }

    private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
