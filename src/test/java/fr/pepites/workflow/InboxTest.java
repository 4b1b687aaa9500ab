package fr.pepites.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.common.InvalidInputException;
import fr.pepites.referral.Referral;
import fr.pepites.referral.ReferralFixtures;
import fr.pepites.referral.ReferralService;
import fr.pepites.security.CurrentUserProvider;
import fr.pepites.security.Role;
import fr.pepites.workflow.InboxFilter.InboxSort;
import fr.pepites.workflow.ui.TaskFormRegistry;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** The shared inbox, proved with a test-only process whose task is offered to the directors of one SIAE. */
@PepitesSpringTest
@Transactional
class InboxTest {

    @Autowired
    WorkflowService workflow;
    @Autowired
    TaskFormRegistry forms;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    TestUsers users;
    @Autowired
    CurrentUserProvider currentUser;
    @Autowired
    ReferralService referrals;
    @Autowired
    ReferralFixtures referralFixtures;

    private ProcessInstance instance;

    @BeforeEach
    void offerAReviewToTheDirectorsOfTheVeloSiae() {
        users.login(TestUsers.SIAE_DIRECTOR);
        long velo = currentUser.require().organisationId();
        Map<String, Object> variables = new HashMap<>();
        variables.put("reviewGroup", WorkflowGroups.roleInOrganisation(Role.SIAE_DIRECTOR, velo));
        variables.put("dueDate", new Date(System.currentTimeMillis() + 86_400_000L));
        instance = runtime.startProcessInstanceByKey("sample_inbox", "EXEMPLE-1", variables);
    }

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void aTaskOfferedToTheDirectorsOfAnSiaeReachesThemAndNobodyElse() {
        assertThat(myTasks()).extracting(InboxTask::name, InboxTask::businessKey, InboxTask::processName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Examiner la demande d'exemple", "EXEMPLE-1",
                        "Exemple de boîte de tâches"));

        users.login(TestUsers.OTHER_SIAE_DIRECTOR);
        assertThat(myTasks()).isEmpty();
        users.login(TestUsers.SIAE_STAFF);
        assertThat(myTasks()).isEmpty();
        users.login(TestUsers.COORDINATOR);
        assertThat(myTasks()).isEmpty();
    }

    @Test
    void claimingATaskMakesItMineAndUnclaimingGivesItBack() {
        InboxTask task = myTasks().get(0);
        assertThat(task.assignee()).isNull();
        workflow.claim(task.id());
        assertThat(myTasks()).singleElement().satisfies(t -> assertThat(t.assignedToMe()).isTrue());
        assertThat(workflow.inbox(new InboxFilter(null, true, InboxSort.DUE_DATE, "EXEMPLE-1"), 0, 10)).hasSize(1);

        assertThatThrownBy(() -> workflow.claim(task.id())).isInstanceOf(InvalidInputException.class);
        workflow.unclaim(task.id());
        assertThat(myTasks()).singleElement().satisfies(t -> assertThat(t.assignee()).isNull());
        assertThat(workflow.inbox(new InboxFilter(null, true, InboxSort.DUE_DATE, "EXEMPLE-1"), 0, 10)).isEmpty();
    }

    @Test
    void someoneElsesTaskCannotBeClaimed() {
        String taskId = myTasks().get(0).id();
        users.login(TestUsers.OTHER_SIAE_DIRECTOR);
        assertThatThrownBy(() -> workflow.claim(taskId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aTaskIsCheckedForTheUserItIsOfferedToWithItsFile() {
        InboxTask task = workflow.requireVisibleTask(myTasks().get(0).id());
        assertThat(task.businessKey()).isEqualTo("EXEMPLE-1");
        assertThat(task.processInstanceId()).isEqualTo(instance.getId());

        users.login(TestUsers.SIAE_STAFF);
        assertThatThrownBy(() -> workflow.requireVisibleTask(task.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aTaskTakenByAColleagueIsNoLongerOfferedToTheOthers() {
        users.login(TestUsers.SIAE_STAFF);
        long velo = currentUser.require().organisationId();
        ProcessInstance offeredToAll = runtime.startProcessInstanceByKey("sample_inbox", "EXEMPLE-2",
                Map.of("reviewGroup", WorkflowGroups.organisation(velo), "dueDate", new Date()));
        String taskId = workflow.inbox(InboxFilter.ofFile("EXEMPLE-2"), 0, 1).get(0).id();
        users.login(TestUsers.SIAE_DIRECTOR);
        assertThat(workflow.requireVisibleTask(taskId).processInstanceId()).isEqualTo(offeredToAll.getId());

        users.login(TestUsers.SIAE_STAFF);
        workflow.claim(taskId);
        assertThat(workflow.requireVisibleTask(taskId).assignedToMe()).isTrue();
        users.login(TestUsers.SIAE_DIRECTOR);
        assertThatThrownBy(() -> workflow.requireVisibleTask(taskId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void tasksWithoutADueDateComeAfterAllOthersOnEveryPage() {
        Map<String, Object> undated = new HashMap<>();
        undated.put("reviewGroup", WorkflowGroups.roleInOrganisation(Role.SIAE_DIRECTOR,
                currentUser.require().organisationId()));
        undated.put("dueDate", null);
        runtime.startProcessInstanceByKey("sample_inbox", "EXEMPLE-2", undated);
        Map<String, Object> later = new HashMap<>(undated);
        later.put("dueDate", new Date(System.currentTimeMillis() + 2 * 86_400_000L));
        runtime.startProcessInstanceByKey("sample_inbox", "EXEMPLE-3", later);

        InboxFilter examples = new InboxFilter("demande d'exemple", false, InboxSort.DUE_DATE);
        assertThat(workflow.inbox(examples, 0, 10)).extracting(InboxTask::businessKey)
                .containsExactly("EXEMPLE-1", "EXEMPLE-3", "EXEMPLE-2");
        assertThat(workflow.inbox(examples, 1, 2)).extracting(InboxTask::businessKey)
                .containsExactly("EXEMPLE-3", "EXEMPLE-2");
        assertThat(workflow.inbox(examples, 2, 5)).extracting(InboxTask::businessKey)
                .containsExactly("EXEMPLE-2");
    }

    @Test
    void theInboxFiltersByWordsOfTheTaskName() {
        assertThat(workflow.countInbox(new InboxFilter("demande d'exemple", false, InboxSort.NEWEST))).isEqualTo(1);
        assertThat(workflow.countInbox(new InboxFilter("facturer", false, InboxSort.NEWEST))).isZero();
    }

    @Test
    void theInboxFindsATaskByItsNameWithoutRegardToCaseAccentsOrApostrophes() {
        assertThat(workflow.countInbox(new InboxFilter("EXAMINER la demande d’exemple", false, InboxSort.NEWEST)))
                .isEqualTo(1);
        assertThat(workflow.countInbox(new InboxFilter("examinér demande", false, InboxSort.NEWEST, "EXEMPLE-1")))
                .isEqualTo(1);
    }

    @Test
    void theInboxFindsATaskByTheNumberOfItsFileAsTheDossierColumnShowsIt() {
        assertThat(workflow.inbox(new InboxFilter("EXEMPLE-1", false, InboxSort.NEWEST), 0, 10))
                .extracting(InboxTask::businessKey).containsExactly("EXEMPLE-1");
        assertThat(workflow.inbox(new InboxFilter(" exemple 1 ", false, InboxSort.NEWEST), 0, 10))
                .extracting(InboxTask::businessKey).containsExactly("EXEMPLE-1");
        assertThat(workflow.countInbox(new InboxFilter("EXEMPLE-10", false, InboxSort.NEWEST))).isZero();
    }

    @Test
    void theInboxFindsTheTaskOfAReferralByThePersonsNameAndItsNumber() {
        Long velo = referralFixtures.insertionVacancyOf("Atelier Vélo Solidaire").getId();
        users.login(TestUsers.CEP_ADVISER);
        Referral referral = referrals.submit(null, ReferralFixtures.validReferral("Bénali-Recherché", velo));

        users.login(TestUsers.SIAE_DIRECTOR);
        assertThat(workflow.inbox(new InboxFilter("benali recherche", false, InboxSort.NEWEST), 0, 10))
                .extracting(InboxTask::businessKey).containsExactly(referral.businessKey());
        assertThat(workflow.inbox(new InboxFilter("BÉNALI", false, InboxSort.NEWEST), 0, 10))
                .extracting(InboxTask::businessKey).containsExactly(referral.businessKey());
        assertThat(workflow.inbox(new InboxFilter(referral.businessKey(), false, InboxSort.NEWEST), 0, 10))
                .extracting(InboxTask::businessKey).containsExactly(referral.businessKey());
        users.login(TestUsers.OTHER_SIAE_DIRECTOR);
        assertThat(workflow.countInbox(new InboxFilter("benali recherche", false, InboxSort.NEWEST))).isZero();
    }

    @Test
    void theFormRegisteredForATaskCompletesIt() {
        InboxTask task = myTasks().get(0);
        AtomicBoolean refreshed = new AtomicBoolean();
        Button approve = (Button) forms.find(task.taskDefinitionKey()).orElseThrow()
                .createForm(task, message -> refreshed.set(true));
        approve.click();

        assertThat(refreshed).isTrue();
        assertThat(myTasks()).isEmpty();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).finished().count())
                .isEqualTo(1);
    }

    @Test
    void aTaskWithoutARegisteredFormFindsNone() {
        assertThat(forms.find("user_task_nobody_handles")).isEmpty();
    }

    /** The user's tasks on the sample file only: the demo's referrals are in the same inboxes. */
    private List<InboxTask> myTasks() {
        return workflow.inbox(InboxFilter.ofFile("EXEMPLE-1"), 0, 50);
    }
}
