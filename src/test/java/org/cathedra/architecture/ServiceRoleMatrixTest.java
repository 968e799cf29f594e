package org.cathedra.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.cathedra.testing.CathedraTest;
import org.cathedra.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The role matrix of the service layer, checked on the running application: every public method of every Cathedra
 * service is guarded by {@code @PreAuthorize} (or listed below as open by design, with the reason), and every role
 * the guard leaves out - and nobody signed in - is refused by the service itself, whatever the user interface shows.
 * Calls that must be refused are made for real through the Spring proxies, with empty arguments: a refusal happens
 * before the method body runs, so nothing is changed.
 */
@CathedraTest
class ServiceRoleMatrixTest {

    /** Public service methods without a guard, and why that is right. */
    private static final Map<String, String> OPEN_BY_DESIGN = Map.of(
            "AccountService.loadUserByUsername", "called by the sign-in itself, before anyone is signed in",
            "AccountService.recordFailedLogin", "called by the sign-in listener for failed attempts (lockout)",
            "AccountService.recordSuccessfulLogin", "called by the sign-in listener after a successful sign-in");

    /** Service methods guarded by permitAll(): open to anyone, and why that is right. */
    private static final Map<String, String> PUBLIC_BY_DESIGN = Map.of(
            "CalendarFeedService.feed", "the random token in the feed address is the credential; calendar"
                    + " applications cannot sign in, and an unknown or revoked token finds nothing");

    private static final Pattern ROLE = Pattern.compile("'(STUDENT|TEACHER|ADMIN)'");
    private static final List<String> WHO = List.of("anonymous", "student", "teacher", "admin");

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private List<Object> services() {
        List<Object> services = new ArrayList<>();
        for (String name : context.getBeanNamesForAnnotation(Service.class)) {
            Object bean = context.getBean(name);
            if (AopUtils.getTargetClass(bean).getPackageName().startsWith("org.cathedra")) {
                services.add(bean);
            }
        }
        return services;
    }

    private static List<Method> publicMethods(Class<?> type) {
        List<Method> methods = new ArrayList<>();
        for (Method m : type.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()
                    && !Modifier.isStatic(m.getModifiers())) {
                methods.add(m);
            }
        }
        return methods;
    }

    private static PreAuthorize guard(Method m) {
        PreAuthorize onMethod = m.getAnnotation(PreAuthorize.class);
        return onMethod != null ? onMethod : m.getDeclaringClass().getAnnotation(PreAuthorize.class);
    }

    @Test
    void every_public_service_method_is_guarded_or_open_by_a_stated_design() {
        List<Object> services = services();
        assertThat(services).as("the services found").hasSizeGreaterThanOrEqualTo(10);
        List<String> unguarded = new ArrayList<>();
        for (Object bean : services) {
            Class<?> type = AopUtils.getTargetClass(bean);
            for (Method m : publicMethods(type)) {
                String key = type.getSimpleName() + "." + m.getName();
                if (guard(m) == null && !OPEN_BY_DESIGN.containsKey(key)) {
                    unguarded.add(key);
                }
            }
        }
        assertThat(unguarded).as("public service methods without @PreAuthorize").isEmpty();
    }

    @Test
    void every_role_a_guard_leaves_out_is_refused_by_the_service_itself() throws Exception {
        Map<String, Set<String>> refusedBy = new TreeMap<>();
        int refusals = 0;
        for (Object bean : services()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            for (Method m : publicMethods(type)) {
                PreAuthorize guard = guard(m);
                if (guard == null) {
                    continue;
                }
                Set<String> allowed = allowedRoles(type.getSimpleName() + "." + m.getName(), guard.value());
                Method proxied = bean.getClass().getMethod(m.getName(), m.getParameterTypes());
                for (String who : WHO) {
                    if (allowed.contains(who)) {
                        continue;
                    }
                    if (who.equals("anonymous")) {
                        SecurityContextHolder.clearContext();
                    } else {
                        SignIn.as(context.getBean(org.cathedra.directory.AccountService.class), who);
                    }
                    Throwable thrown = invoke(bean, proxied);
                    if (!(thrown instanceof AccessDeniedException
                            || thrown instanceof AuthenticationCredentialsNotFoundException)) {
                        fail("%s.%s must refuse %s but %s", type.getSimpleName(), m.getName(), who,
                                thrown == null ? "it ran" : "it threw " + thrown);
                    }
                    refusedBy.computeIfAbsent(who, w -> new LinkedHashSet<>()).add(type.getSimpleName() + "." + m.getName());
                    refusals++;
                    SignIn.out();
                }
            }
        }
        assertThat(refusedBy.get("anonymous")).as("nobody signed in is refused everywhere").isNotEmpty();
        assertThat(refusedBy.get("student")).as("administration is refused to students")
                .contains("AccountService.disable", "DepartmentService.edit");
        assertThat(refusals).isGreaterThan(100);
    }

    /** The users a guard lets through: the roles it names, for guards that are a role check (possibly "and" more). */
    private static Set<String> allowedRoles(String method, String expression) {
        if (expression.strip().equals("permitAll()")) {
            if (!PUBLIC_BY_DESIGN.containsKey(method)) {
                fail("%s is open to anyone (permitAll()) without a stated reason in this test", method);
            }
            return Set.copyOf(WHO);
        }
        if (expression.contains(" or ") || expression.contains("||")) {
            fail("%s: the guard '%s' is not a plain role check; state its matrix in this test", method, expression);
        }
        Set<String> allowed = new LinkedHashSet<>();
        if (expression.contains("isAuthenticated()")) {
            allowed.addAll(List.of("student", "teacher", "admin"));
        }
        var m = ROLE.matcher(expression);
        while (m.find()) {
            allowed.add(m.group(1).toLowerCase());
        }
        if (allowed.isEmpty()) {
            fail("%s: the guard '%s' names no role; state its matrix in this test", method, expression);
        }
        return allowed;
    }

    private static Throwable invoke(Object bean, Method method) {
        Object[] args = new Object[method.getParameterCount()];
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
            args[i] = empty(types[i]);
        }
        try {
            method.invoke(bean, args);
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (IllegalAccessException e) {
            return e;
        }
    }

    private static Object empty(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0d;
        }
        if (type == float.class) {
            return 0f;
        }
        if (type == short.class) {
            return (short) 0;
        }
        if (type == byte.class) {
            return (byte) 0;
        }
        return 0;
    }
}
