package org.cathedra.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab speaking Vaadin Flow's own client-server protocol, as the real client does: the form sign-in, the
 * bootstrap ({@code ?v-r=init}) that hands out the UI id, the CSRF token ({@code Vaadin-Security-Key}) and the first
 * sync id, then UIDL requests ({@code ?v-r=uidl}) that carry the token, the last sync id and the client id the server
 * expects next. It keeps just enough of the state tree (element tags, texts, grid rows with their component nodes)
 * to find what a person would click. Nothing of Vaadin's checks is disabled.
 */
final class VaadinClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An answer of the application that tells the user something went wrong, by its words in either language. */
    private record Told(String what, List<String> phrases) {
    }

    private static final List<Told> TOLD = List.of(
            // while the database does not answer (a notification or the 503 page)
            new Told("temporarily unavailable", List.of("temporarily unavailable", "временно недоступен")),
            // while the database's disk is full: nothing saved, try again later
            new Told("the database's disk is full", List.of("run out of disk space", "закончилось место")),
            // an unexpected failure, with a reference to the server's log
            new Told("something went wrong", List.of("Something went wrong", "Что-то пошло не так")),
            // a concurrent edit refused: the driver gives its users rows of their own, so this one is unexpected
            new Told("someone else has changed the record", List.of("Someone else changed this mark",
                    "Someone else has changed", "изменил другой пользователь", "изменил кто-то другой")));

    private final HttpClient http;
    private final String base;
    private int uiId;
    private String csrf = "";
    private int syncId;
    private int clientId;
    private int promise;
    private final Map<Integer, String> tags = new HashMap<>();
    private final Map<Integer, String> texts = new HashMap<>();
    private final Map<Integer, List<Integer>> children = new HashMap<>();
    /** grid node -> the rows the server sent for it (each row's JSON as sent). */
    private final Map<Integer, List<JsonNode>> gridRows = new HashMap<>();
    private final Map<Integer, Boolean> disabled = new HashMap<>();
    /** A few properties of elements the journeys read: a field's value, whether it is invalid, its message. */
    private final Map<Integer, Map<String, String>> properties = new HashMap<>();
    private static final java.util.Set<String> KEPT = java.util.Set.of("value", "invalid", "errorMessage",
            "accessibleName");
    /** The element the server last asked the browser to focus (an editor's field, for example). */
    private int focused = -1;
    private long bytesReceived;

    /** Cookies of this tab (the session cookie): one HTTP client serves every tab, so each keeps its own. */
    private final Map<String, String> cookies = new java.util.concurrent.ConcurrentHashMap<>();

    VaadinClient(String base, HttpClient http) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.http = http;
    }

    /** The HTTP client the tabs share: no redirects followed (the driver checks them), no cookie store. */
    static HttpClient sharedHttpClient() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The node that holds this tab's session, from the session id's suffix ("" when the node is not named). */
    String node() {
        String id = cookies.getOrDefault("JSESSIONID", "");
        int dot = id.lastIndexOf('.');
        return dot < 0 ? "" : id.substring(dot + 1);
    }

    long bytesReceived() {
        return bytesReceived;
    }

    /** Signs in through the login form and opens the application: the bootstrap page and the first UIDL. */
    void signIn(String username, String password) throws IOException, InterruptedException {
        expect(get("/login"), 200, "login page");
        var login = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(username) + "&password=" + enc(password)))
                .build());
        expect(login, 302, "sign-in");
        String location = login.headers().firstValue("Location").orElse("");
        if (location.contains("error")) {
            throw new LoadFailure("sign-in refused for " + username);
        }
        expect(get("/"), 200, "application page");
        bootstrap("");
    }

    private void bootstrap(String location) throws IOException, InterruptedException {
        var init = get("/?v-r=init&location=" + enc(location) + "&query=");
        expect(init, 200, "bootstrap");
        JsonNode config = JSON.readTree(init.body()).path("appConfig");
        uiId = config.path("v-uiId").asInt();
        JsonNode uidl = config.path("uidl");
        csrf = uidl.path("Vaadin-Security-Key").asString();
        if (csrf.isEmpty()) {
            throw new LoadFailure("bootstrap without a security key");
        }
        apply(uidl);
    }

    /** Navigates the open UI to a route, as a click in the side navigation does. */
    JsonNode navigate(String route) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route).put("query", "").put("appShellTitle", "").put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        return rpc(event(1, "ui-navigate", data));
    }

    /** Navigates the open UI to a route with a query string ({@code offering=12}). */
    JsonNode navigate(String route, String query) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route).put("query", query).put("appShellTitle", "").put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        return rpc(event(1, "ui-navigate", data));
    }

    /** A click on a grid's cell, as the grid's connector reports it: the row's key and the column's internal id. */
    JsonNode itemClick(int grid, String itemKey, String columnId) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode();
        data.put("event.detail.itemKey", itemKey).put("event.detail.internalColumnId", columnId)
                .put("event.detail.screenX", 0).put("event.detail.screenY", 0).put("event.detail.clientX", 0)
                .put("event.detail.clientY", 0).put("event.detail.detail", 1).put("event.detail.button", 0)
                .put("event.detail.ctrlKey", false).put("event.detail.shiftKey", false)
                .put("event.detail.altKey", false).put("event.detail.metaKey", false);
        return rpc(event(grid, "item-click", data));
    }

    /**
     * A key pressed in a field whose listener filters on it: the browser evaluates each listener's filter and sends
     * it as a key of the event data with its result, with the data the listeners ask for ({@code element.value}).
     */
    JsonNode keyDown(int node, String filter, String value) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode();
        data.put(filter, true).put("element.value", value).put("event.shiftKey", false);
        return rpc(event(node, "keydown", data));
    }

    /** A property the server set on an element (only {@link #KEPT} ones are kept), or null. */
    String property(int node, String name) {
        return properties.getOrDefault(node, Map.of()).get(name);
    }

    /** The element the server last focused, or -1. */
    int focused() {
        return focused;
    }

    /** A click on an element node (a button). */
    JsonNode click(int node) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode();
        data.put("event.shiftKey", false).put("event.metaKey", false).put("event.detail", 1)
                .put("event.ctrlKey", false).put("event.altKey", false).put("event.button", 0);
        return rpc(event(node, "click", data));
    }

    /** Asks a lazy grid for a range of rows, as it does when scrolled. */
    JsonNode gridRange(int grid, int start, int length) throws IOException, InterruptedException {
        ObjectNode call = JSON.createObjectNode();
        call.put("type", "publishedEventHandler").put("node", grid).put("templateEventMethodName", "setViewportRange");
        call.putArray("templateEventMethodArgs").add(start).add(length);
        call.put("promise", promise++);
        return rpc(call);
    }

    /** The heartbeat a browser sends every few minutes. */
    void heartbeat() throws IOException, InterruptedException {
        var response = send(HttpRequest.newBuilder(uri("/?v-r=heartbeat&v-uiId=" + uiId))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        expect(response, 200, "heartbeat");
    }

    void signOut() throws IOException, InterruptedException {
        get("/logout");
    }

    List<Integer> nodesTagged(String tag) {
        return tags.entrySet().stream().filter(e -> e.getValue().equals(tag)).map(Map.Entry::getKey).sorted().toList();
    }

    /** The grids (and lazy lists) the server sent rows for. */
    List<Integer> grids() {
        return List.copyOf(gridRows.keySet());
    }

    List<JsonNode> rows(int grid) {
        return gridRows.getOrDefault(grid, List.of());
    }

    /** The component nodes the rows of every grid point at (for example the button of each row), enabled ones only. */
    List<Integer> enabledRowComponents() {
        List<Integer> nodes = new ArrayList<>();
        for (List<JsonNode> rows : gridRows.values()) {
            for (JsonNode row : rows) {
                for (var property : row.properties()) {
                    if (property.getKey().endsWith("_nodeid") && property.getValue().isInt()) {
                        int node = property.getValue().asInt();
                        if (!disabled.getOrDefault(node, false) && "vaadin-button".equals(tags.get(node))) {
                            nodes.add(node);
                        }
                    }
                }
            }
        }
        return nodes;
    }

    /** The enabled buttons of the grid rows the filter accepts (for example the row of one course). */
    List<Integer> rowButtons(java.util.function.Predicate<JsonNode> row) {
        List<Integer> nodes = new ArrayList<>();
        for (List<JsonNode> rows : gridRows.values()) {
            for (JsonNode r : rows) {
                if (!row.test(r)) {
                    continue;
                }
                for (var property : r.properties()) {
                    if (property.getKey().endsWith("_nodeid") && property.getValue().isInt()) {
                        int node = property.getValue().asInt();
                        if (!disabled.getOrDefault(node, false) && "vaadin-button".equals(tags.get(node))) {
                            nodes.add(node);
                        }
                    }
                }
            }
        }
        return nodes;
    }

    Optional<Integer> buttonWithText(String text) {
        return nodesTagged("vaadin-button").stream().filter(n -> text.equals(textOf(n).strip())).findFirst();
    }

    String textOf(int node) {
        var out = new StringBuilder(texts.getOrDefault(node, ""));
        for (int child : children.getOrDefault(node, List.of())) {
            out.append(textOf(child));
        }
        return out.toString();
    }

    private ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "event").put("node", node).put("event", name);
        event.set("data", data);
        return event;
    }

    private JsonNode rpc(ObjectNode call) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode();
        body.put("csrfToken", csrf);
        body.putArray("rpc").add(call);
        body.put("syncId", syncId).put("clientId", clientId);
        var response = send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
        expect(response, 200, "UIDL");
        String text = response.body();
        if (text.startsWith("for(;;);")) {
            text = text.substring(8);
        }
        for (Told told : TOLD) {
            if (told.phrases().stream().anyMatch(text::contains)) {
                apply(arrayOrObject(JSON.readTree(text)));
                throw new LoadFailure("told: " + told.what(), true);
            }
        }
        JsonNode json = JSON.readTree(text);
        if (json.isArray()) {
            json = json.get(0);
        }
        if (json.has("meta") && json.path("meta").has("appError")) {
            throw new LoadFailure("server error: " + json.path("meta").path("appError"));
        }
        if (json.path("meta").path("sessionExpired").asBoolean(false)) {
            throw new LoadFailure("session expired");
        }
        apply(json);
        return json;
    }

    private static JsonNode arrayOrObject(JsonNode json) {
        return json.isArray() ? json.get(0) : json;
    }

    private void apply(JsonNode uidl) {
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt();
        }
        for (JsonNode change : uidl.path("changes")) {
            int node = change.path("node").asInt();
            String type = change.path("type").asString();
            String key = change.path("key").asString("");
            if ("put".equals(type) && "tag".equals(key)) {
                tags.put(node, change.path("value").asString());
            } else if ("put".equals(type) && "text".equals(key)) {
                texts.put(node, change.path("value").asString());
            } else if ("put".equals(type) && KEPT.contains(key)) {
                properties.computeIfAbsent(node, n -> new HashMap<>()).put(key, change.path("value").asString(""));
            } else if ("put".equals(type) && "disabled".equals(key)) {
                disabled.put(node, change.path("value").asBoolean(false));
            } else if ("splice".equals(type) && change.path("feat").asInt() == 2) {
                List<Integer> list = children.computeIfAbsent(node, n -> new ArrayList<>());
                int index = change.path("index").asInt();
                int remove = change.path("remove").asInt(0);
                for (int i = 0; i < remove && index < list.size(); i++) {
                    list.remove(index);
                }
                int at = Math.min(index, list.size());
                for (JsonNode added : change.path("addNodes")) {
                    list.add(at++, added.asInt());
                }
            } else if ("clear".equals(type) && change.path("feat").asInt() == 2) {
                children.remove(node);
            } else if ("detach".equals(type)) {
                tags.remove(node);
                texts.remove(node);
                children.remove(node);
                gridRows.remove(node);
                properties.remove(node);
            }
        }
        for (JsonNode call : uidl.path("execute")) {
            readExecute(call);
        }
    }

    /** Grid rows arrive as {@code $connector.set(start, items)}; disabled states as {@code this.disabled = $0}. */
    private void readExecute(JsonNode call) {
        if (!(call instanceof ArrayNode array) || array.isEmpty()) {
            return;
        }
        String script = array.get(array.size() - 1).asString("");
        if (script.contains("$connector.set(") && array.size() >= 4 && array.get(2).isArray()) {
            int grid = array.get(0).path("@v-node").asInt();
            List<JsonNode> rows = gridRows.computeIfAbsent(grid, g -> new ArrayList<>());
            if (array.get(1).asInt() == 0) {
                rows.clear();
            }
            array.get(2).forEach(rows::add);
        } else if (script.contains("$connector.updateFlatData(") && array.size() >= 3 && array.get(1).isArray()) {
            // rows changed in place (a saved mark): replace them by key
            List<JsonNode> rows = gridRows.computeIfAbsent(array.get(0).path("@v-node").asInt(), g -> new ArrayList<>());
            for (JsonNode updated : array.get(1)) {
                String key = updated.path("key").asString("");
                boolean replaced = false;
                for (int i = 0; i < rows.size() && !replaced; i++) {
                    if (key.equals(rows.get(i).path("key").asString(null))) {
                        rows.set(i, updated);
                        replaced = true;
                    }
                }
            }
        } else if (script.contains(".focus()")) {
            for (JsonNode argument : array) {
                if (argument.has("@v-node")) {
                    focused = argument.path("@v-node").asInt();
                    break;
                }
            }
        } else if (script.contains("this.disabled = $0") && array.size() >= 3) {
            disabled.put(array.get(1).path("@v-node").asInt(), array.get(0).asBoolean(false));
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpRequest withCookies = request;
        if (!cookies.isEmpty()) {
            var builder = HttpRequest.newBuilder(request, (name, value) -> true);
            builder.header("Cookie", String.join("; ", cookies.entrySet().stream()
                    .map(c -> c.getKey() + "=" + c.getValue()).toList()));
            withCookies = builder.build();
        }
        var response = http.send(withCookies, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        bytesReceived += response.body().length();
        return response;
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new LoadFailure(what + " answered HTTP " + response.statusCode());
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A failure a user would have seen: an HTTP error, a server error in the UIDL, an expired session. */
    static final class LoadFailure extends RuntimeException {
        /** The tab is still usable: a person would read the message and try again later. */
        final boolean recoverable;

        LoadFailure(String message) {
            this(message, false);
        }

        LoadFailure(String message, boolean recoverable) {
            super(message);
            this.recoverable = recoverable;
        }
    }
}
