package org.cathedra.shared;

import java.util.Arrays;

/**
 * A rule of the institute was broken. Carries a message-bundle key and its arguments so that the view can show
 * the reason in the user's language; the exception message is the key, for logs.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
