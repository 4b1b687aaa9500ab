package fr.pepites.notification;

import fr.pepites.common.PublicAddress;
import fr.pepites.security.CurrentUserProvider;
import fr.pepites.security.Role;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricJobLogQuery;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entry point of e-mail notifications. E-mails are sent by asynchronous service tasks of the processes
 * ({@code camunda:asyncBefore}, retry cycle {@value #RETRY_CYCLE}): the action that causes an e-mail only leaves a
 * job in its own transaction (so an e-mail is due if and only if the action committed), and the engine's job
 * executor runs the step after commit, calling {@link #send}. A refusal of the SMTP server fails the job, which is
 * tried again 5 minutes later; after 5 tries it becomes an incident, which administrators see here (and in Cockpit)
 * and may send again. An SMTP outage delays e-mails, never the action that caused them.
 *
 * <p>Convention of the BPMN files: their asynchronous continuations are e-mail steps, and nothing else.
 */
@Service
public class NotificationService {

    /** The retry cycle of every e-mail step of the BPMN files: 5 tries, 5 minutes apart. */
    public static final String RETRY_CYCLE = "R5/PT5M";
    /** The tries of a series, the cycle's repetitions. */
    static final int TRIES = Integer.parseInt(RETRY_CYCLE.substring(1, RETRY_CYCLE.indexOf('/')));
    private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);
    /** The engine's job type of an asynchronous continuation. */
    private static final String ASYNC_CONTINUATION = "async-continuation";

    private final JavaMailSender sender;
    private final ManagementService management;
    private final HistoryService history;
    private final RepositoryService repository;
    private final CurrentUserProvider currentUser;
    private final SentSteps sentSteps;
    private final String from;
    private final PublicAddress address;

    NotificationService(JavaMailSender sender, ManagementService management, HistoryService history,
            RepositoryService repository, CurrentUserProvider currentUser, SentSteps sentSteps,
            @Value("${pepites.mail.from}") String from, PublicAddress address) {
        this.sender = sender;
        this.sentSteps = sentSteps;
        this.address = address;
        this.management = management;
        this.history = history;
        this.repository = repository;
        this.currentUser = currentUser;
        this.from = from;
    }

    /** The closing lines of every e-mail of the processes. */
    public static final String SIGNATURE = "— PEPITES, plateforme du réseau IAE\n"
            + "(Message automatique, merci de ne pas y répondre.)";

    /** The subject of every e-mail about a file: "[PEPITES] ORI-12 – nouvelle orientation". */
    public static String subject(String businessKey, String what) {
        return "[PEPITES] " + businessKey + " – " + what;
    }

    /** The link that opens the file's task in the inbox, which e-mails give rather than the file itself. */
    public static String taskLink(String baseUrl, String businessKey) {
        return baseUrl + "/taches?dossier=" + businessKey;
    }

    /**
     * Sends one e-mail to these addresses now, nothing when there is nobody to write to. Called by an e-mail step of
     * a process: a refusal of the SMTP server is thrown to the engine, which tries the step again later. A step sends
     * its e-mail once: once the SMTP server has accepted it, the step is remembered ({@link SentSteps}) and a later
     * try of the same step (its transaction rolled back by a race with a user) sends nothing. Only a crash between
     * the server's acceptance and that record may repeat it; the copy then carries the same Message-ID
     * ({@code <step-JOB@host>}), by which a mail system may drop it.
     */
    public void send(List<String> to, String subject, String body) {
        send(to, subject, body, null, false);
    }

    /** A file attached to an e-mail, e.g. an iCalendar invitation ({@code text/calendar}). */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    /**
     * The same, with an attachment (or none), and for {@code blind} the recipients in Bcc, none of them seeing the
     * others (people of several organisations registered to the same session).
     */
    public void send(List<String> to, String subject, String body, Attachment attachment, boolean blind) {
        if (to.isEmpty()) {
            return;
        }
        Optional<String> step = SentSteps.currentJob();
        if (step.isPresent() && sentSteps.alreadySent(step.get())) {
            LOG.info("E-mail \"{}\" already sent by this step: not sent again.", subject);
            return;
        }
        try {
            String host = URI.create(address.url()).getHost();
            sender.send(message(to, subject, body, attachment, blind,
                    step.map(job -> "<step-" + job + "@" + host + ">")));
        } catch (MailException e) {
            LOG.warn("E-mail \"{}\" not sent, its step will be tried again: {}", subject, e.getMessage());
            throw e;
        }
        step.ifPresent(sentSteps::remember);
    }

    private MimeMessage message(List<String> to, String subject, String body, Attachment attachment, boolean blind,
            Optional<String> messageId) {
        MimeMessage message = messageId.isEmpty() ? sender.createMimeMessage() : new MimeMessage(session()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId.get());
            }
        };
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, attachment != null,
                    StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            if (blind) {
                helper.setTo(from);
                helper.setBcc(to.toArray(String[]::new));
            } else {
                helper.setTo(to.toArray(String[]::new));
            }
            helper.setSubject(subject);
            helper.setText(body);
            if (attachment != null) {
                helper.addAttachment(attachment.fileName(),
                        new org.springframework.core.io.ByteArrayResource(attachment.content()),
                        attachment.contentType());
            }
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        return message;
    }

    private Session session() {
        return sender instanceof JavaMailSenderImpl javaMail ? javaMail.getSession()
                : Session.getInstance(new Properties());
    }

    // --- Administrators -------------------------------------------------------------------------------------

    /** A page of the e-mails of the filter, the most recent first. */
    @Transactional(readOnly = true)
    public List<MailRow> mails(MailFilter filter, int offset, int limit) {
        currentUser.requireRole(Role.ADMIN);
        Optional<Set<String>> instances = instancesOf(filter);
        if (instances.isPresent() && instances.get().isEmpty()) {
            return List.of();
        }
        return filter.status() == MailStatus.SENT ? sent(instances, offset, limit)
                : waiting(filter.status(), instances, offset, limit);
    }

    @Transactional(readOnly = true)
    public long count(MailFilter filter) {
        currentUser.requireRole(Role.ADMIN);
        Optional<Set<String>> instances = instancesOf(filter);
        if (instances.isPresent() && instances.get().isEmpty()) {
            return 0;
        }
        if (filter.status() != MailStatus.SENT) {
            return jobs(filter.status(), instances).count();
        }
        return instances.map(ids -> ids.stream().mapToLong(id -> sentLog().processInstanceId(id).count()).sum())
                .orElseGet(() -> sentLog().count());
    }

    /**
     * The process instances of the filter's file (running or ended; none if no file has that key), or empty for all
     * files.
     */
    private Optional<Set<String>> instancesOf(MailFilter filter) {
        if (filter.file() == null) {
            return Optional.empty();
        }
        return Optional.of(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(filter.file())
                .list().stream().map(HistoricProcessInstance::getId).collect(Collectors.toSet()));
    }

    private List<MailRow> waiting(MailStatus status, Optional<Set<String>> instances, int offset, int limit) {
        List<Job> jobs = jobs(status, instances).orderByJobDuedate().desc().orderByJobId().desc()
                .listPage(offset, limit);
        if (jobs.isEmpty()) {
            return List.of();
        }
        Map<String, String> businessKeys = businessKeys(jobs.stream().map(Job::getProcessInstanceId));
        Map<String, String> activities = management.createJobDefinitionQuery().list().stream()
                .collect(Collectors.toMap(JobDefinition::getId, JobDefinition::getActivityId));
        return jobs.stream().map(job -> new MailRow(job.getId(), job.getCreateTime().toInstant(),
                businessKeys.getOrDefault(job.getProcessInstanceId(), ""),
                stepName(job.getProcessDefinitionId(), activities.get(job.getJobDefinitionId())), status,
                job.getRetries(), MailRefusal.of(job.getExceptionMessage()),
                status == MailStatus.FAILED ? null : job.getDuedate() == null ? null : job.getDuedate().toInstant()))
                .toList();
    }

    private List<MailRow> sent(Optional<Set<String>> instances, int offset, int limit) {
        // The engine's job log is queried by one process instance at a time; a file has a few e-mails, read whole.
        List<HistoricJobLog> log = instances.isEmpty()
                ? sentLog().orderByTimestamp().desc().listPage(offset, limit)
                : instances.get().stream().flatMap(id -> sentLog().processInstanceId(id).list().stream())
                        .sorted(Comparator.comparing(HistoricJobLog::getTimestamp).reversed())
                        .skip(offset).limit(limit).toList();
        Map<String, String> businessKeys = businessKeys(log.stream().map(HistoricJobLog::getProcessInstanceId));
        return log.stream().map(entry -> new MailRow(entry.getId(), entry.getTimestamp().toInstant(),
                businessKeys.getOrDefault(entry.getProcessInstanceId(), ""),
                stepName(entry.getProcessDefinitionId(), entry.getActivityId()), MailStatus.SENT, null, null, null))
                .toList();
    }

    /** The file each of these process instances is about (its business key), running or ended. */
    private Map<String, String> businessKeys(Stream<String> processInstanceIds) {
        Set<String> ids = processInstanceIds.collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        return history.createHistoricProcessInstanceQuery().processInstanceIds(ids).list().stream()
                .collect(Collectors.toMap(HistoricProcessInstance::getId, p -> String.valueOf(p.getBusinessKey())));
    }

    /** The name of the step, as the BPMN file gives it ("Prévenir la SIAE par e-mail"). */
    private String stepName(String processDefinitionId, String activityId) {
        FlowElement step = activityId == null ? null
                : repository.getBpmnModelInstance(processDefinitionId).getModelElementById(activityId);
        return step == null ? "" : step.getName();
    }

    /**
     * Sends failed e-mails again: each gets a new series of tries (its incident is resolved), starting at the job
     * executor's next round. Returns how many were failed.
     */
    @Transactional
    public int retry(Collection<String> ids) {
        currentUser.requireRole(Role.ADMIN);
        List<String> failed = query(MailStatus.FAILED).jobIds(Set.copyOf(ids)).list().stream().map(Job::getId)
                .toList();
        Date now = new Date();
        for (String id : failed) {
            management.setJobRetries(id, TRIES);
            management.setJobDuedate(id, now);
        }
        return failed.size();
    }

    /** The successes of e-mail steps in the engine's job log (by convention, its asynchronous continuations). */
    private HistoricJobLogQuery sentLog() {
        return history.createHistoricJobLogQuery().successLog().jobDefinitionType(ASYNC_CONTINUATION);
    }

    /** The e-mail steps waiting or failed, of these process instances only if given (a non-empty set). */
    private JobQuery jobs(MailStatus status, Optional<Set<String>> instances) {
        JobQuery jobs = query(status);
        instances.ifPresent(jobs::processInstanceIds);
        return jobs;
    }

    private JobQuery query(MailStatus status) {
        JobQuery jobs = management.createJobQuery().messages();
        return status == MailStatus.FAILED ? jobs.noRetriesLeft() : jobs.withRetriesLeft();
    }
}
