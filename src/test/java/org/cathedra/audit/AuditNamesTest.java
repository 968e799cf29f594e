package org.cathedra.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every kind of record and every action that the code can write to the audit record has a name in the audit view
 * ({@code audit.type.<entityType>} and {@code audit.action.<action>}, looked up as they are stored), in Russian and
 * in English.
 *
 * <p>The kinds and actions are read from the sources, not listed here. The JDK's Java parser reads
 * {@code src/main/java}; every {@code new AuditedChange(...)} is found and its entity type (first argument) and
 * action (third) are followed back to string literals: through {@code ?:}, {@code +}, string constants, local
 * variables, and the parameters of the methods that pass them on, by way of every call of such a method (a call
 * on a field, parameter or local variable is matched by its declared type, a call without receiver by the class it
 * is made in). Every audited kind and action is followed so today; an expression that cannot be followed fails the
 * test with its place, so that a kind or action built at run time is noticed and its names are added by hand.
 *
 * <p>The names are looked up as the application's I18NProvider looks them up: in the bundles of
 * {@code spring.messages.basename}, with the encoding and fallback of {@code application.properties}. Since a key
 * missing from a Russian bundle would still resolve from the English one, a Russian name must also be in a
 * Russian bundle.
 */
class AuditNamesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private static final Set<String> entityTypes = new TreeSet<>();
    private static final Set<String> actions = new TreeSet<>();
    private static final List<String> unfollowed = new ArrayList<>();
    private static int published;

    @BeforeAll
    static void readSources() throws IOException {
        Sources sources = new Sources();
        for (Site site : sources.creations) {
            List<? extends ExpressionTree> args = site.arguments();
            entityTypes.addAll(sources.values(args.get(0), site.scope(), new HashSet<>()));
            actions.addAll(sources.values(args.get(2), site.scope(), new HashSet<>()));
        }
        published = sources.creations.size();
        unfollowed.addAll(sources.unfollowed);
    }

    @Test
    void the_audited_kinds_and_actions_are_followed_to_literals() {
        assertThat(unfollowed).as("entity types or actions of AuditedChange that could not be followed to literals")
                .isEmpty();
        assertThat(published).as("places that create an AuditedChange").isGreaterThan(0);
        // one of each path: a constant of the directory, a journal's caller, a prefix added by the grading journal
        assertThat(entityTypes).contains("department", "enrollment", "mark");
        assertThat(actions).contains("created", "offered", "mark.entered");
    }

    @Test
    void every_audited_kind_and_action_has_a_name_in_russian_and_english() throws IOException {
        Properties application = properties("application.properties", StandardCharsets.ISO_8859_1);
        String encoding = application.getProperty("spring.messages.encoding", "UTF-8");
        String[] basenames = Arrays.stream(application.getProperty("spring.messages.basename").split(","))
                .map(String::strip).toArray(String[]::new);
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(basenames);
        messages.setDefaultEncoding(encoding);
        messages.setFallbackToSystemLocale(
                Boolean.parseBoolean(application.getProperty("spring.messages.fallback-to-system-locale", "true")));
        Set<String> russianKeys = new HashSet<>();
        for (String basename : basenames) {
            russianKeys.addAll(properties(basename + "_ru.properties", Charset.forName(encoding))
                    .stringPropertyNames());
        }

        List<String> keys = new ArrayList<>();
        entityTypes.forEach(t -> keys.add("audit.type." + t));
        actions.forEach(a -> keys.add("audit.action." + a));
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            if (messages.getMessage(key, null, null, Locale.ENGLISH) == null) {
                missing.add(key + " (en)");
            }
            if (messages.getMessage(key, null, null, RUSSIAN) == null || !russianKeys.contains(key)) {
                missing.add(key + " (ru)");
            }
        }
        assertThat(missing).as("names of audited kinds and actions missing from the bundles").isEmpty();
    }

    private static Properties properties(String resource, Charset charset) throws IOException {
        Properties p = new Properties();
        try (InputStream in = AuditNamesTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                p.load(new InputStreamReader(in, charset));
            }
        }
        return p;
    }

    /** Where an expression is: its file, class and method (null outside a method). */
    private record Scope(Unit unit, Type type, @Nullable MethodTree method) {
    }

    private record Unit(CompilationUnitTree tree, String pkg, Map<String, String> imports) {
    }

    /** A named class, interface, enum or record, by its qualified name. */
    private record Type(String name, ClassTree tree) {
    }

    private record Site(NewClassTree creation, Scope scope) {

        List<? extends ExpressionTree> arguments() {
            return creation.getArguments();
        }
    }

    private record Call(MethodInvocationTree call, Scope scope) {
    }

    /** The parsed sources, with every creation of an AuditedChange and every method call. */
    private static final class Sources {

        final List<Site> creations = new ArrayList<>();
        final List<String> unfollowed = new ArrayList<>();
        private final Map<String, Type> types = new HashMap<>();
        private final Map<String, Unit> units = new HashMap<>();
        private final List<Call> calls = new ArrayList<>();
        private final SourcePositions positions;

        Sources() throws IOException {
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            List<Path> files;
            try (Stream<Path> walk = Files.walk(SOURCES)) {
                files = walk.filter(f -> f.toString().endsWith(".java")).toList();
            }
            try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, Locale.ROOT,
                    StandardCharsets.UTF_8)) {
                JavacTask task = (JavacTask) javac.getTask(null, fileManager, d -> { }, List.of("-proc:none"), null,
                        fileManager.getJavaFileObjectsFromPaths(files));
                positions = Trees.instance(task).getSourcePositions();
                for (CompilationUnitTree tree : task.parse()) {
                    Map<String, String> imports = new HashMap<>();
                    for (ImportTree i : tree.getImports()) {
                        String name = i.getQualifiedIdentifier().toString();
                        imports.put(name.substring(name.lastIndexOf('.') + 1), name);
                    }
                    String pkg = tree.getPackageName() == null ? "" : tree.getPackageName().toString();
                    new Indexer(new Unit(tree, pkg, imports)).scan(tree, null);
                }
            }
        }

        /** The strings {@code e} can be, followed from {@code at}; {@code seen} stops cycles through parameters. */
        Set<String> values(ExpressionTree e, Scope at, Set<String> seen) {
            switch (e) {
                case LiteralTree literal when literal.getValue() instanceof String s -> {
                    return Set.of(s);
                }
                case ParenthesizedTree p -> {
                    return values(p.getExpression(), at, seen);
                }
                case ConditionalExpressionTree c -> {
                    Set<String> either = new TreeSet<>(values(c.getTrueExpression(), at, seen));
                    either.addAll(values(c.getFalseExpression(), at, seen));
                    return either;
                }
                case BinaryTree b when b.getKind() == Tree.Kind.PLUS -> {
                    Set<String> joined = new TreeSet<>();
                    Set<String> right = values(b.getRightOperand(), at, seen);
                    for (String l : values(b.getLeftOperand(), at, seen)) {
                        right.forEach(r -> joined.add(l + r));
                    }
                    return joined;
                }
                case IdentifierTree id -> {
                    return named(id.getName().toString(), e, at, seen);
                }
                case MemberSelectTree select -> {
                    Type owner = resolve(select.getExpression().toString(), at);
                    VariableTree constant = owner == null ? null : field(owner, select.getIdentifier().toString());
                    if (constant != null && constant.getInitializer() != null) {
                        return values(constant.getInitializer(), new Scope(unitOf(owner, at), owner, null), seen);
                    }
                    return unfollowed(e, at);
                }
                default -> {
                    return unfollowed(e, at);
                }
            }
        }

        /** A name: a parameter of the method it is used in, a local variable, or a constant of the class. */
        private Set<String> named(String name, ExpressionTree e, Scope at, Set<String> seen) {
            MethodTree method = at.method();
            if (method != null) {
                List<? extends VariableTree> parameters = method.getParameters();
                for (int i = 0; i < parameters.size(); i++) {
                    if (parameters.get(i).getName().contentEquals(name)) {
                        return arguments(at.type(), method, i, seen);
                    }
                }
                VariableTree local = local(method, name);
                if (local != null) {
                    return local.getInitializer() == null ? unfollowed(e, at)
                            : values(local.getInitializer(), at, seen);
                }
            }
            for (Type type = at.type(); type != null; type = enclosing(type)) {
                VariableTree constant = field(type, name);
                if (constant != null) {
                    return constant.getInitializer() == null ? unfollowed(e, at)
                            : values(constant.getInitializer(), new Scope(at.unit(), type, null), seen);
                }
            }
            return unfollowed(e, at);
        }

        /** The values of parameter {@code index} of {@code method}, over every call of it. */
        private Set<String> arguments(Type owner, MethodTree method, int index, Set<String> seen) {
            String id = owner.name() + "#" + method.getName() + "/" + method.getParameters().size() + "#" + index;
            if (!seen.add(id)) {
                return Set.of();
            }
            Set<String> found = new TreeSet<>();
            for (Call call : calls) {
                if (calls(call, owner, method)) {
                    found.addAll(values(call.call().getArguments().get(index), call.scope(), seen));
                }
            }
            seen.remove(id);
            return found;
        }

        private boolean calls(Call call, Type owner, MethodTree method) {
            MethodInvocationTree invocation = call.call();
            if (invocation.getArguments().size() != method.getParameters().size()) {
                return false;
            }
            Scope at = call.scope();
            switch (invocation.getMethodSelect()) {
                case IdentifierTree id -> {
                    return id.getName().contentEquals(method.getName()) && within(at.type(), owner);
                }
                case MemberSelectTree select when select.getIdentifier().contentEquals(method.getName()) -> {
                    ExpressionTree receiver = select.getExpression();
                    if (receiver instanceof IdentifierTree id && id.getName().contentEquals("this")) {
                        return within(at.type(), owner);
                    }
                    if (receiver instanceof IdentifierTree id) {
                        String declared = declaredType(id.getName().toString(), at);
                        if (declared == null || declared.equals("var")) {
                            Type type = declared == null ? resolve(id.getName().toString(), at) : null;
                            if (type != null) {
                                return type.name().equals(owner.name()); // a static call
                            }
                        } else {
                            Type type = resolve(declared, at);
                            return type != null && type.name().equals(owner.name());
                        }
                    }
                    // a call on some other expression of a method that passes on an audited value
                    unfollowed.add("call of " + owner.name() + "." + method.getName() + " on "
                            + where(receiver, at));
                    return false;
                }
                default -> {
                    return false;
                }
            }
        }

        /** The declared type of a variable seen from {@code at}: a parameter, a local or a field. */
        private @Nullable String declaredType(String name, Scope at) {
            MethodTree method = at.method();
            if (method != null) {
                for (VariableTree p : method.getParameters()) {
                    if (p.getName().contentEquals(name)) {
                        return typeName(p);
                    }
                }
                VariableTree local = local(method, name);
                if (local != null) {
                    return typeName(local);
                }
            }
            for (Type type = at.type(); type != null; type = enclosing(type)) {
                VariableTree field = field(type, name);
                if (field != null) {
                    return typeName(field);
                }
            }
            return null;
        }

        private static @Nullable String typeName(VariableTree variable) {
            Tree type = variable.getType();
            if (type instanceof ParameterizedTypeTree generic) {
                type = generic.getType();
            }
            return type == null ? null : type.toString();
        }

        /** A type named in the file of {@code at}: nested in its class, imported, in its package, or qualified. */
        private @Nullable Type resolve(String name, Scope at) {
            for (Type type = at.type(); type != null; type = enclosing(type)) {
                Type nested = types.get(type.name() + "." + name);
                if (nested != null) {
                    return nested;
                }
            }
            String imported = at.unit().imports().get(name);
            if (imported != null) {
                return types.get(imported);
            }
            Type local = types.get(at.unit().pkg() + "." + name);
            return local != null ? local : types.get(name);
        }

        private @Nullable Type enclosing(Type type) {
            int dot = type.name().lastIndexOf('.');
            return dot < 0 ? null : types.get(type.name().substring(0, dot));
        }

        private static boolean within(Type type, Type owner) {
            return type.name().equals(owner.name()) || type.name().startsWith(owner.name() + ".");
        }

        private Unit unitOf(Type type, Scope fallback) {
            return units.getOrDefault(type.name(), fallback.unit());
        }

        private static @Nullable VariableTree field(Type type, String name) {
            for (Tree member : type.tree().getMembers()) {
                if (member instanceof VariableTree v && v.getName().contentEquals(name)) {
                    return v;
                }
            }
            return null;
        }

        private static @Nullable VariableTree local(MethodTree method, String name) {
            if (method.getBody() == null) {
                return null;
            }
            VariableTree[] found = new VariableTree[1];
            new TreeScanner<Void, Void>() {
                @Override
                public Void visitVariable(VariableTree v, Void unused) {
                    if (found[0] == null && v.getName().contentEquals(name)) {
                        found[0] = v;
                    }
                    return super.visitVariable(v, unused);
                }
            }.scan(method.getBody(), null);
            return found[0];
        }

        private Set<String> unfollowed(ExpressionTree e, Scope at) {
            unfollowed.add(where(e, at));
            return Set.of();
        }

        private String where(Tree e, Scope at) {
            CompilationUnitTree unit = at.unit().tree();
            long line = unit.getLineMap().getLineNumber(positions.getStartPosition(unit, e));
            return "'" + e + "' at " + Path.of(unit.getSourceFile().toUri()).getFileName() + ":" + line;
        }

        /** Records the named types, the creations of AuditedChange and the calls, each with where it is. */
        private final class Indexer extends TreeScanner<Void, Void> {

            private final Unit unit;
            private final Deque<Type> classes = new ArrayDeque<>();
            private final Deque<MethodTree> methods = new ArrayDeque<>();

            Indexer(Unit unit) {
                this.unit = unit;
            }

            @Override
            public Void visitClass(ClassTree node, Void unused) {
                if (node.getSimpleName().isEmpty()) {
                    return super.visitClass(node, unused); // an anonymous class: part of where it is written
                }
                String outer = classes.isEmpty() ? (unit.pkg().isEmpty() ? "" : unit.pkg() + ".")
                        : classes.peek().name() + ".";
                Type type = new Type(outer + node.getSimpleName(), node);
                types.put(type.name(), type);
                units.put(type.name(), unit);
                classes.push(type);
                Deque<MethodTree> outerMethods = new ArrayDeque<>(methods);
                methods.clear();
                super.visitClass(node, unused);
                methods.addAll(outerMethods);
                classes.pop();
                return null;
            }

            @Override
            public Void visitMethod(MethodTree node, Void unused) {
                methods.push(node);
                super.visitMethod(node, unused);
                methods.pop();
                return null;
            }

            @Override
            public Void visitNewClass(NewClassTree node, Void unused) {
                String created = node.getIdentifier().toString();
                if (created.equals("AuditedChange") || created.endsWith(".AuditedChange")) {
                    creations.add(new Site(node, scope()));
                }
                return super.visitNewClass(node, unused);
            }

            @Override
            public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
                calls.add(new Call(node, scope()));
                return super.visitMethodInvocation(node, unused);
            }

            private Scope scope() {
                return new Scope(unit, classes.peek(), methods.peek());
            }
        }
    }
}
