package fr.pepites.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code bpmn/notification.bpmn}: the e-mail leaves after commit, and a failing server becomes an incident. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/notification.bpmn")
class NotificationProcessTest {

    /** Injected by the extension; named explicitly, as the application's engine may run in the same JVM. */
    ProcessEngine engine;

    @BeforeEach
    void useThisEngine() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void resetMocks() {
        Mocks.reset();
    }

    @Test
    void theMailIsSentAsynchronouslyAfterTheCallerCommitted() {
        List<Object> sent = new ArrayList<>();
        Mocks.register("notificationMailer", (JavaDelegate) execution -> sent.add(execution.getVariable("to")));
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt("service_task_send_mail");
        assertThat(sent).isEmpty();

        execute(job(pi));
        assertThat(sent).containsExactly("a@exemple.fr");
        assertThat(pi).isEnded();
    }

    @Test
    void aServerThatKeepsFailingBecomesAnIncidentAfterFiveTries() {
        List<Object> attempts = new ArrayList<>();
        Mocks.register("notificationMailer", (JavaDelegate) execution -> {
            attempts.add(execution.getVariable("to"));
            throw new IllegalStateException("SMTP indisponible");
        });
        ProcessInstance pi = start();
        Job job = job(pi);
        while (managementService().createJobQuery().jobId(job.getId()).singleResult().getRetries() > 0
                && attempts.size() < 10) {
            try {
                managementService().executeJob(job.getId());
            } catch (RuntimeException expected) {
                // the SMTP server is down
            }
        }
        assertThat(attempts).hasSize(5);
        assertThat(runtimeService().createIncidentQuery().processInstanceId(pi.getId()).count()).isEqualTo(1);
        assertThat(pi).isWaitingAt("service_task_send_mail");
    }

    private static ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(NotificationService.PROCESS_KEY, "ORI-1",
                Map.of("to", "a@exemple.fr", "subject", "Sujet", "body", "Texte"));
    }
}
