package fr.pepites.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.junit.jupiter.api.Test;

/**
 * The convention of {@code bpmn/README.md} that the <i>E-mails</i> page relies on ({@link NotificationService} lists
 * the processes' asynchronous continuations as e-mails): in every BPMN file, the asynchronous steps are e-mail steps,
 * service tasks with the retry cycle {@value NotificationService#RETRY_CYCLE}, and nothing else is asynchronous.
 */
class BpmnEmailStepsTest {

    @Test
    void everyAsynchronousStepOfTheProcessesIsAnEmailStepWithTheRetryCycle() throws IOException {
        List<String> emailSteps = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                for (FlowNode node : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(FlowNode.class)) {
                    // An event-based gateway cannot be asynchronous (the model API refuses to say it is not).
                    if (node instanceof EventBasedGateway
                            || !node.isCamundaAsyncBefore() && !node.isCamundaAsyncAfter()) {
                        continue;
                    }
                    assertThat(node).as(node.getId()).isInstanceOf(ServiceTask.class);
                    assertThat(node.isCamundaAsyncAfter()).as(node.getId()).isFalse();
                    assertThat(node.getExtensionElements().getElementsQuery()
                            .filterByType(CamundaFailedJobRetryTimeCycle.class).singleResult().getTextContent())
                            .as(node.getId()).isEqualTo(NotificationService.RETRY_CYCLE);
                    emailSteps.add(node.getId());
                }
            }
        }
        assertThat(emailSteps).containsExactlyInAnyOrder("service_task_mail_siae", "service_task_mail_accepted",
                "service_task_mail_refused", "service_task_mail_postponed", "service_task_mail_expired",
                "service_task_remind_siae_10_days", "service_task_remind_siae_20_days",
                "service_task_remind_siae_review", "service_task_alert_director", "service_task_mail_cep",
                "service_task_remind_director", "service_task_alert_coordination", "service_task_notify_tiers_lieu",
                "service_task_notify_scheduled", "service_task_remind_siae_evaluation",
                "service_task_remind_host_evaluation", "service_task_notify_cancellation",
                "service_task_mail_badge", "service_task_remind_registrants", "service_task_remind_survey",
                "service_task_mail_session_cancelled", "service_task_mail_notice");
    }
}
