package fr.pepites.notification;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * Entry point of e-mail notifications. Each e-mail is a small process of its own ({@code bpmn/notification.bpmn}):
 * started inside the caller's transaction, sent after commit by the job executor with retries, and an incident an
 * administrator can see and retry in Cockpit if the SMTP server keeps failing. The caller's process is never
 * blocked nor rolled back by a mail problem.
 */
@Service
public class NotificationService {

    public static final String PROCESS_KEY = "notification";
    static final String VAR_TO = "to";
    static final String VAR_SUBJECT = "subject";
    static final String VAR_BODY = "body";

    private final RuntimeService runtime;

    NotificationService(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Queues one e-mail to these addresses; nothing is queued when there is nobody to write to. */
    public void send(List<String> to, String subject, String body, String businessKey) {
        if (to.isEmpty()) {
            return;
        }
        runtime.startProcessInstanceByKey(PROCESS_KEY, businessKey,
                Map.of(VAR_TO, String.join(",", to), VAR_SUBJECT, subject, VAR_BODY, body));
    }
}
