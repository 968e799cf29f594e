package org.cathedra.testing;

import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/** The application's routes, error views and layouts, found the way Vaadin's Spring integration finds them. */
public final class AppRoutes {

    private static final String BASE = "org.cathedra";
    private static final Set<Class<? extends Component>> ROUTES = new HashSet<>();
    private static final Set<Class<? extends HasErrorParameter<?>>> ERRORS = new HashSet<>();
    private static final List<Class<?>> LAYOUTS;

    static {
        ROUTES.addAll(AppRoutes.<Component>scan(new AnnotationTypeFilter(Route.class)));
        ERRORS.addAll(AppRoutes.<HasErrorParameter<?>>scan(new AssignableTypeFilter(HasErrorParameter.class)));
        LAYOUTS = AppRoutes.<Object>scan(new AnnotationTypeFilter(Layout.class)).stream().<Class<?>>map(c -> c)
                .toList();
    }

    private AppRoutes() {
    }

    /** Karibu's route set for the whole application. */
    public static Routes routes() {
        return new Routes(new HashSet<>(ROUTES), new HashSet<>(ERRORS), true);
    }

    /** Every {@code @Route} class. */
    public static Set<Class<? extends Component>> routeClasses() {
        return Set.copyOf(ROUTES);
    }

    /** Registers the {@code @Layout} classes, which Karibu's route registration leaves out. */
    @SuppressWarnings("unchecked")
    public static void registerLayouts(VaadinContext context) {
        ApplicationRouteRegistry registry = ApplicationRouteRegistry.getInstance(context);
        LAYOUTS.forEach(layout -> registry.setLayout(
                (Class<? extends com.vaadin.flow.router.RouterLayout>) layout));
    }

    @SuppressWarnings("unchecked")
    private static <T> List<Class<? extends T>> scan(org.springframework.core.type.filter.TypeFilter filter) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isConcrete();
            }
        };
        scanner.addIncludeFilter(filter);
        return scanner.findCandidateComponents(BASE).stream().map(BeanDefinition::getBeanClassName)
                .<Class<? extends T>>map(name -> (Class<? extends T>) ClassUtils.resolveClassName(name,
                        AppRoutes.class.getClassLoader()))
                .toList();
    }
}
