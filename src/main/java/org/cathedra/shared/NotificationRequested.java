package org.cathedra.shared;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Asks the notification module to tell a person something: an in-app message, and an e-mail when mail is
 * configured. The text is a message key with arguments, rendered in the recipient's language when delivered.
 * Publish it inside the transaction of the change; it is delivered only after that transaction commits.
 *
 * @param recipientPersonId the person to tell
 * @param subjectKey        message key of the subject line
 * @param bodyKey           message key of the text
 * @param arguments         arguments of both texts (plain strings; message keys among them are translated)
 * @param link              route inside Cathedra the message points to, or null
 */
public record NotificationRequested(long recipientPersonId, String subjectKey, String bodyKey,
        List<String> arguments, @Nullable String link) {

    public NotificationRequested {
        arguments = List.copyOf(arguments);
    }
}
