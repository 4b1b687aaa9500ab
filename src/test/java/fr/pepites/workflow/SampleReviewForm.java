package fr.pepites.workflow;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import fr.pepites.workflow.ui.TaskFormProvider;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** The form a feature would register: here, for the test-only sample process. */
@org.springframework.stereotype.Component
class SampleReviewForm implements TaskFormProvider {

    static final String TASK = "user_task_sample_review";

    private final WorkflowService workflow;

    SampleReviewForm(WorkflowService workflow) {
        this.workflow = workflow;
    }

    @Override
    public Set<String> taskDefinitionKeys() {
        return Set.of(TASK);
    }

    @Override
    public Component createForm(InboxTask task, Consumer<String> onCompleted) {
        Button approve = new Button("Valider", e -> {
            workflow.complete(task.id(), Map.of("approved", true));
            onCompleted.accept("EXEMPLE validé.");
        });
        approve.setId("sample-approve");
        return approve;
    }
}
