package fr.pepites.workflow.ui;

import com.vaadin.flow.component.Component;
import fr.pepites.workflow.InboxTask;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A feature's Vaadin form for some of its user tasks. Each feature declares one Spring bean per form; the inbox
 * finds it through {@link TaskFormRegistry} by the task definition key of the BPMN user task.
 */
public interface TaskFormProvider {

    /** The BPMN user task ids this form handles, e.g. {@code user_task_answer_referral}. */
    Set<String> taskDefinitionKeys();

    /**
     * The form for one task. It completes the task through its own feature's service (one transaction for the
     * domain rows and the engine) and then gives {@code onCompleted} the message saying what happened to the file
     * ("ORI-9 acceptée : le parcours PAR-5 est ouvert, le conseiller est prévenu."); the inbox shows it and refreshes.
     */
    Component createForm(InboxTask task, Consumer<String> onCompleted);
}
