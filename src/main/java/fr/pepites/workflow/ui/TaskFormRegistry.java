package fr.pepites.workflow.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Finds the form that handles a task definition key; two forms for one key is a start-up error. */
@Component
public class TaskFormRegistry {

    private final Map<String, TaskFormProvider> providers = new HashMap<>();

    TaskFormRegistry(List<TaskFormProvider> all) {
        for (TaskFormProvider provider : all) {
            for (String key : provider.taskDefinitionKeys()) {
                TaskFormProvider previous = providers.putIfAbsent(key, provider);
                if (previous != null) {
                    throw new IllegalStateException("Two task forms for " + key + ": "
                            + previous.getClass().getName() + " and " + provider.getClass().getName());
                }
            }
        }
    }

    public Optional<TaskFormProvider> find(String taskDefinitionKey) {
        return Optional.ofNullable(providers.get(taskDefinitionKey));
    }
}
