package org.cathedra.load;

import java.util.regex.Pattern;

/**
 * Prints a real private calendar feed address of a running Cathedra, as a student obtains it: signs in over Vaadin's
 * protocol, opens "My timetable", creates the feed address if there is none yet, and reads it from the page. Used by
 * {@code scripts/security-scan.sh} to point sqlmap at the feed.
 *
 * <pre>java -cp ... org.cathedra.load.FeedAddress http://127.0.0.1:8080 student cathedra-demo-2026</pre>
 */
public final class FeedAddress {

    private static final Pattern FEED = Pattern.compile("/calendar/[A-Za-z0-9_-]+\\.ics");

    private FeedAddress() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        String login = args.length > 1 ? args[1] : "student";
        String password = args.length > 2 ? args[2] : "cathedra-demo-2026";
        var tab = new VaadinClient(base, VaadinClient.sharedHttpClient());
        tab.signIn(login, password);
        tab.navigate("timetable");
        String path = find(tab);
        if (path == null) {
            var create = tab.buttonWithText("Create a feed address").or(() -> tab.buttonWithText("Создать адрес подписки"))
                    .orElseThrow(() -> new IllegalStateException("no feed address and no button to create one"));
            tab.click(create);
            path = find(tab);
        }
        if (path == null) {
            throw new IllegalStateException("the feed address was not shown");
        }
        System.out.println(base.replaceFirst("/$", "") + path);
        System.exit(0);
    }

    private static String find(VaadinClient tab) {
        for (int field : tab.nodesTagged("vaadin-text-field")) {
            String value = tab.property(field, "value");
            if (value != null) {
                var m = FEED.matcher(value);
                if (m.find()) {
                    return m.group();
                }
            }
        }
        return null;
    }
}
