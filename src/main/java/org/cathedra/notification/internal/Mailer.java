package org.cathedra.notification.internal;

import java.util.Locale;
import org.cathedra.shared.NotificationRequested;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a notification as a plain-text e-mail in the recipient's language. Without {@code spring.mail.host} Spring
 * Boot makes no mail sender and nothing is sent. A mail server that refuses is logged, not retried: the in-app
 * message is already stored, and retrying the whole delivery would store it twice.
 */
@Component
class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final MessageSource messages;
    private final String from;

    Mailer(ObjectProvider<JavaMailSender> sender, MessageSource messages,
            @Value("${cathedra.mail.from:noreply@cathedra.local}") String from) {
        this.sender = sender;
        this.messages = messages;
        this.from = from;
    }

    void send(String to, Locale language, NotificationRequested request) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return;
        }
        Object[] arguments = request.arguments().stream().map(a -> translated(a, language)).toArray();
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(messages.getMessage(request.subjectKey(), arguments, request.subjectKey(), language));
        message.setText(messages.getMessage(request.bodyKey(), arguments, request.bodyKey(), language));
        try {
            mail.send(message);
        } catch (MailException e) {
            log.warn("E-mail '{}' to person {} not sent: {}", request.subjectKey(), request.recipientPersonId(),
                    e.getMessage());
        }
    }

    /** Arguments that are message keys are translated too, as the in-app view does. */
    private String translated(String argument, Locale language) {
        boolean key = argument.indexOf('.') > 0 && !argument.contains(" ");
        return key ? messages.getMessage(argument, null, argument, language) : argument;
    }
}
