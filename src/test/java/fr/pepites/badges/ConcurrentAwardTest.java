package fr.pepites.badges;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.badges.BadgeRows.AwardRequest;
import fr.pepites.common.InvalidInputException;
import fr.pepites.directory.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two coordinators awarding at the same instant, each in their own transaction (no test transaction around them):
 * the service's check sees neither award of the other, only the database can keep a badge issued once.
 */
@PepitesSpringTest
class ConcurrentAwardTest {

    /** Several pairs: one pair may happen to run one after the other, not all of them. */
    private static final int ROUNDS = 5;

    @Autowired
    BadgeService badges;
    @Autowired
    BadgeFixtures fixtures;
    @Autowired
    TestUsers users;

    @BeforeEach
    void coordinator() {
        users.login(TestUsers.COORDINATOR);
    }

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void twoAwardsAtTheSameInstantOfABadgeIssuedOnceIssueOneCredentialAndTellTheOtherItIsHeld() throws Exception {
        long achievement = fixtures.achievement("Accueil en simultané", BadgeKind.COMPETENCE, false, null);
        ExecutorService coordinators = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String name = "Simultané" + round;
                Person p = fixtures.person(name, "simultane" + round + "@example.fr");
                CyclicBarrier sameInstant = new CyclicBarrier(2);
                List<Future<List<String>>> awards = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    awards.add(coordinators.submit(() -> {
                        users.login(TestUsers.COORDINATOR);
                        try {
                            sameInstant.await();
                            return badges.award(new AwardRequest(achievement, List.of(p.getId()), List.of(), null,
                                    null));
                        } finally {
                            users.logout();
                        }
                    }));
                }
                List<String> issued = new ArrayList<>();
                List<Throwable> refused = new ArrayList<>();
                for (Future<List<String>> award : awards) {
                    try {
                        issued.addAll(award.get());
                    } catch (java.util.concurrent.ExecutionException e) {
                        refused.add(e.getCause());
                    }
                }

                assertThat(issued).as("round %d: one credential", round).hasSize(1);
                assertThat(refused).as("round %d: the other award refused", round).singleElement()
                        .isInstanceOfSatisfying(InvalidInputException.class, e ->
                                assertThat(e.messageFor("recipients")).isEqualTo("Sam " + name
                                        + " a déjà le badge « Accueil en simultané », qui ne se délivre qu'une fois."));
                assertThat(badges.badgesOfPerson(p.getId()).orElseThrow().badges()).hasSize(1);
            }
        } finally {
            coordinators.shutdown();
        }
    }
}
