package fr.pepites.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Sends the e-mail of a notification process; an exception leaves the job to be retried. */
@Component("notificationMailer")
class NotificationMailer implements JavaDelegate {

    private final JavaMailSender mail;
    private final String from;

    NotificationMailer(JavaMailSender mail, @Value("${pepites.mail.from}") String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(((String) execution.getVariable(NotificationService.VAR_TO)).split(","));
        message.setSubject((String) execution.getVariable(NotificationService.VAR_SUBJECT));
        message.setText((String) execution.getVariable(NotificationService.VAR_BODY));
        mail.send(message);
    }
}
