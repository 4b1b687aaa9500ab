package fr.pepites.workflow;

import fr.pepites.common.InvalidInputException;
import fr.pepites.common.SearchText;
import fr.pepites.common.StaleEdit;
import fr.pepites.security.CurrentUser;
import fr.pepites.security.CurrentUserProvider;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.query.NativeQuery;
import org.camunda.bpm.engine.runtime.NativeProcessInstanceQuery;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entry point of the shared task inbox: the Camunda user tasks held by the acting user, or offered to their role
 * and organisation (see {@link WorkflowGroups}). Features complete their own tasks through their own service,
 * in the same transaction as their domain rows, after checking with {@link #requireVisibleTask(String)}.
 */
@Service
@Transactional(readOnly = true)
public class WorkflowService {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final CurrentUserProvider currentUser;
    private final JdbcTemplate jdbc;
    private final List<FilesOfPersons> filesOfPersons;
    private final Map<String, String> processNames = new ConcurrentHashMap<>();

    WorkflowService(TaskService tasks, RuntimeService runtime, RepositoryService repository,
            CurrentUserProvider currentUser, JdbcTemplate jdbc, List<FilesOfPersons> filesOfPersons) {
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.filesOfPersons = filesOfPersons;
        this.runtime = runtime;
        this.repository = repository;
        this.currentUser = currentUser;
    }

    public List<InboxTask> inbox(InboxFilter filter, int offset, int limit) {
        CurrentUser user = currentUser.require();
        TaskQuery query = visibleTasks(user, filter);
        switch (filter.sort()) {
            case DUE_DATE -> {
                return toInboxTasks(datedFirst(user, filter, offset, limit), user);
            }
            case NEWEST -> query.orderByTaskCreateTime().desc();
            case OLDEST -> query.orderByTaskCreateTime().asc();
        }
        return toInboxTasks(query.listPage(offset, limit), user);
    }

    /**
     * The earliest due date first and the tasks without one after all others, oldest first: the engine puts missing
     * due dates first on H2 and last on PostgreSQL, so the two kinds are asked for apart and the page joins them.
     */
    private List<Task> datedFirst(CurrentUser user, InboxFilter filter, int offset, int limit) {
        TaskQuery dated = visibleTasks(user, filter).dueAfter(new java.util.Date(0))
                .orderByDueDate().asc().orderByTaskCreateTime().asc();
        long datedCount = dated.count();
        List<Task> page = new ArrayList<>();
        if (offset < datedCount) {
            page.addAll(dated.listPage(offset, limit));
        }
        int left = limit - page.size();
        if (left > 0) {
            page.addAll(visibleTasks(user, filter).withoutDueDate().orderByTaskCreateTime().asc()
                    .listPage((int) Math.max(0, offset - datedCount), left));
        }
        return page;
    }

    public long countInbox(InboxFilter filter) {
        return visibleTasks(currentUser.require(), filter).count();
    }

    /** The task, if the acting user may see it; otherwise an access error. */
    public InboxTask requireVisibleTask(String taskId) {
        CurrentUser user = currentUser.require();
        // Checked on every user action: one indexed look-up of the engine's task table, with the file's business
        // key, in the action's transaction; the engine's task queries cost more to build than the action's domain
        // work. The rule is the inbox's: active, and held by the user or offered unclaimed to one of their groups.
        List<String> groups = WorkflowGroups.groupsOf(user);
        List<Object> parameters = new ArrayList<>();
        parameters.add(taskId);
        parameters.add(WorkflowGroups.userId(user.accountId()));
        parameters.addAll(groups);
        List<InboxTask> found = jdbc.query("SELECT T.ID_, T.NAME_, T.TASK_DEF_KEY_, T.PROC_DEF_ID_, T.PROC_INST_ID_,"
                + " E.BUSINESS_KEY_, T.CREATE_TIME_, T.DUE_DATE_, T.ASSIGNEE_ FROM ACT_RU_TASK T"
                + " LEFT JOIN ACT_RU_EXECUTION E ON E.ID_ = T.PROC_INST_ID_"
                + " WHERE T.ID_ = ? AND T.SUSPENSION_STATE_ = 1 AND (T.ASSIGNEE_ = ? OR (T.ASSIGNEE_ IS NULL AND EXISTS"
                + " (SELECT 1 FROM ACT_RU_IDENTITYLINK I WHERE I.TASK_ID_ = T.ID_ AND I.TYPE_ = 'candidate'"
                + " AND I.GROUP_ID_ IN (" + String.join(", ", Collections.nCopies(groups.size(), "?")) + "))))",
                (rs, row) -> toInboxTask(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7), rs.getTimestamp(8), rs.getString(9),
                        user), parameters.toArray());
        if (found.isEmpty()) {
            throw new AccessDeniedException("Cette tâche n'existe plus ou ne vous est pas destinée.");
        }
        return found.get(0);
    }

    /**
     * The task, if the acting user may see it and it is one of these steps of the process of this file (its business
     * key, e.g. "ORI-12"): what a feature checks before acting on its file through a task form.
     */
    public InboxTask requireTaskAt(String taskId, String businessKey, Collection<String> taskDefinitionKeys) {
        InboxTask task = requireVisibleTask(taskId);
        if (!businessKey.equals(task.businessKey())
                || !taskDefinitionKeys.contains(task.taskDefinitionKey())) {
            throw InvalidInputException.of("", "Cette action ne correspond pas à l'étape du dossier : "
                    + "rechargez la page.");
        }
        return task;
    }

    /** The open task of this process instance at this step, if the acting user may see it. */
    public Optional<InboxTask> findVisibleTask(String processInstanceId, String taskDefinitionKey) {
        CurrentUser user = currentUser.require();
        Task task = visibleTasks(user, InboxFilter.all()).processInstanceId(processInstanceId)
                .taskDefinitionKey(taskDefinitionKey).singleResult();
        return task == null ? Optional.empty() : Optional.of(toInboxTasks(List.of(task), user).get(0));
    }

    /** Takes an offered task: it leaves the colleagues' inboxes. */
    @Transactional
    public void claim(String taskId) {
        InboxTask task = requireVisibleTask(taskId);
        if (task.assignee() != null) {
            throw InvalidInputException.of("", "Cette tâche est déjà prise en charge.");
        }
        tasks.claim(taskId, WorkflowGroups.userId(currentUser.require().accountId()));
    }

    /** Gives a held task back to the groups it was offered to. */
    @Transactional
    public void unclaim(String taskId) {
        InboxTask task = requireVisibleTask(taskId);
        if (!task.assignedToMe()) {
            throw InvalidInputException.of("", "Vous ne détenez pas cette tâche.");
        }
        tasks.setAssignee(taskId, null);
    }

    /**
     * Completes a task the acting user holds, or may take. Who completed it is the business of the feature's own
     * history (e.g. a referral's timeline), written in the same transaction.
     */
    @Transactional
    public void complete(String taskId, Map<String, Object> variables) {
        complete(requireVisibleTask(taskId), variables);
    }

    /**
     * The same, for a task the caller has just obtained from {@link #requireVisibleTask(String)}. Completed meanwhile
     * by someone else (on another node, say): the user is told the file changed, and the whole action is undone.
     */
    @Transactional
    public void complete(InboxTask visibleTask, Map<String, Object> variables) {
        try {
            tasks.complete(visibleTask.id(), variables);
        } catch (NullValueException | NotFoundException completedMeanwhile) {
            throw InvalidInputException.of("", StaleEdit.MESSAGE);
        }
    }

    private TaskQuery visibleTasks(CurrentUser user, InboxFilter filter) {
        String userId = WorkflowGroups.userId(user.accountId());
        TaskQuery query = tasks.createTaskQuery().active();
        if (filter.onlyMine()) {
            query.taskAssignee(userId);
        } else {
            query.or().taskAssignee(userId).taskCandidateGroupIn(WorkflowGroups.groupsOf(user)).endOr();
        }
        if (!SearchText.normalize(filter.text()).isEmpty()) {
            matching(query, filter.text());
        }
        if (filter.businessKey() != null) {
            query.processInstanceBusinessKey(filter.businessKey());
        }
        return query;
    }

    /**
     * Tasks whose name, file number ("ORI-9", "ori 9") or person's name ("Benali") holds the words of the text, without
     * regard to case or accents, as in every list. The engine compares names with case only: the names of the active
     * tasks (a few dozen distinct ones) are compared here and the query asks for their steps.
     */
    private void matching(TaskQuery query, String text) {
        String words = SearchText.normalize(text);
        Set<String> steps = new LinkedHashSet<>();
        jdbc.query("SELECT DISTINCT TASK_DEF_KEY_, NAME_ FROM ACT_RU_TASK WHERE TASK_DEF_KEY_ IS NOT NULL", rs -> {
            if (containsWords(rs.getString(2), words)) {
                steps.add(rs.getString(1));
            }
        });
        Set<String> files = new LinkedHashSet<>();
        if (words.matches("[a-z]+ \\d{1,18}")) {
            files.add(words.toUpperCase(java.util.Locale.ROOT).replace(' ', '-'));
        }
        String pattern = SearchText.containsPattern(text);
        filesOfPersons.forEach(feature -> files.addAll(feature.businessKeysOfPersonsLike(pattern)));
        TaskQuery any = query.or();
        if (steps.isEmpty() && files.isEmpty()) {
            any.taskDefinitionKey("");
        }
        if (!steps.isEmpty()) {
            any.taskDefinitionKeyIn(steps.toArray(String[]::new));
        }
        if (!files.isEmpty()) {
            any.processInstanceBusinessKeyIn(files.toArray(String[]::new));
        }
        any.endOr();
    }

    /** Whether the name holds these normalized words, in this order ({@link SearchText#containsPattern}'s rule). */
    static boolean containsWords(String name, String words) {
        int from = 0;
        String normalized = SearchText.normalize(name);
        for (String word : words.split(" ")) {
            int at = normalized.indexOf(word, from);
            if (at < 0) {
                return false;
            }
            from = at + word.length();
        }
        return true;
    }

    /** The tasks as the inbox shows them, with their files' business keys read in one query. */
    private List<InboxTask> toInboxTasks(List<Task> page, CurrentUser user) {
        Set<String> instanceIds = page.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, String> businessKeys = businessKeys(instanceIds);
        return page.stream().map(task -> toInboxTask(task, user, businessKeys.get(task.getProcessInstanceId())))
                .toList();
    }

    /** The business keys of these process instances, by id, read by primary key. */
    private Map<String, String> businessKeys(Set<String> instanceIds) {
        if (instanceIds.isEmpty()) {
            return Map.of();
        }
        NativeProcessInstanceQuery query = runtime.createNativeProcessInstanceQuery();
        return query.sql("SELECT * FROM ACT_RU_EXECUTION WHERE ID_ IN (" + inList(query, "id", instanceIds) + ")")
                .list().stream()
                .filter(pi -> pi.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    }

    /** {@code #{p0}, #{p1}, …} for these values, each set as a parameter of the native query. */
    private static String inList(NativeQuery<?, ?> query, String prefix, Collection<String> values) {
        StringJoiner list = new StringJoiner(", ");
        int i = 0;
        for (String value : values) {
            query.parameter(prefix + i, value);
            list.add("#{" + prefix + i++ + "}");
        }
        return list.toString();
    }

    private InboxTask toInboxTask(Task task, CurrentUser user, String businessKey) {
        return toInboxTask(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getProcessDefinitionId(),
                task.getProcessInstanceId(), businessKey, task.getCreateTime(), task.getDueDate(), task.getAssignee(),
                user);
    }

    private InboxTask toInboxTask(String id, String name, String taskDefinitionKey, String definitionId,
            String processInstanceId, String businessKey, java.util.Date created, java.util.Date due,
            String assignee, CurrentUser user) {
        String processKey = definitionId == null ? null : definitionId.split(":")[0];
        String processName = definitionId == null ? null : processNames.computeIfAbsent(definitionId, definition -> {
            String readable = repository.getProcessDefinition(definition).getName();
            return readable == null ? definition.split(":")[0] : readable;
        });
        return new InboxTask(id, name, taskDefinitionKey, processKey, processName, processInstanceId, businessKey,
                toInstant(created), toInstant(due), assignee, WorkflowGroups.userId(user.accountId()).equals(assignee));
    }

    private static Instant toInstant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }
}
