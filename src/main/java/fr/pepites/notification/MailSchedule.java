package fr.pepites.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends the outbox's due e-mails every few seconds ({@code pepites.mail.dispatch.interval}, 5 s by default).
 * Switched off with {@code pepites.mail.dispatch.enabled=false}: the tests and the benchmark dispatch by hand.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "pepites.mail.dispatch.enabled", havingValue = "true", matchIfMissing = true)
class MailSchedule {

    private final NotificationService notifications;

    MailSchedule(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Scheduled(fixedDelayString = "${pepites.mail.dispatch.interval:PT5S}", initialDelayString = "PT10S")
    void dispatch() {
        notifications.dispatchDue();
    }
}
