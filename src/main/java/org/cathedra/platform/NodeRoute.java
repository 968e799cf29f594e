package org.cathedra.platform;

import org.apache.catalina.Context;
import org.apache.catalina.Engine;
import org.apache.catalina.Lifecycle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * With several application nodes behind one reverse proxy, each node is named ({@code CATHEDRA_NODE}, for example
 * {@code node1}) and Tomcat appends that name to every session id it issues ({@code 3F2A….node1}). The proxy reads
 * the suffix from the session cookie and sends the browser back to the node that holds its UI (sticky sessions:
 * see docker/nginx-cluster.conf). A new session id at sign-in keeps the suffix, so signing in never moves a user.
 */
@Component
class NodeRoute implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final String node;

    NodeRoute(@Value("${cathedra.node:}") String node) {
        if (!node.isEmpty() && !node.matches("[A-Za-z0-9_-]{1,32}")) {
            throw new IllegalArgumentException("cathedra.node (CATHEDRA_NODE) must be letters, digits, '-' or '_'"
                    + " (at most 32), not '" + node + "'");
        }
        this.node = node;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (node.isEmpty()) {
            return;
        }
        factory.addContextLifecycleListeners(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())
                    && event.getLifecycle() instanceof Context context
                    && context.getParent().getParent() instanceof Engine engine) {
                engine.setJvmRoute(node);
            }
        });
    }
}
