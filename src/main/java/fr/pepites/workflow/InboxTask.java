package fr.pepites.workflow;

import java.time.Instant;

/**
 * A user task as the inbox shows it.
 *
 * @param processName the process definition's readable name
 * @param assignedToMe whether the acting user holds the task (claimed or assigned)
 */
public record InboxTask(String id, String name, String taskDefinitionKey, String processDefinitionKey,
        String processName, String processInstanceId, String businessKey, Instant created, Instant due,
        String assignee, boolean assignedToMe) {

    public boolean isOverdue(Instant now) {
        return due != null && due.isBefore(now);
    }
}
