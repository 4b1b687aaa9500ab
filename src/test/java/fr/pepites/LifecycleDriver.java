package fr.pepites;

import fr.pepites.referral.Referral;
import fr.pepites.referral.ReferralFixtures;
import fr.pepites.referral.ReferralService;
import fr.pepites.vacancy.Vacancy;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The application as a process of its own, running referral lifecycles until it is killed (by
 * {@code KillNineTest}): each one submitted by the adviser, taken in charge, then accepted by the SIAE's director
 * (which starts the person's parcours), two at a time. Prints "STARTED" once up, then "DONE n" after each lifecycle.
 *
 * <p>Arguments: the database's URL, the number of lifecycles, the last names' prefix.
 */
public final class LifecycleDriver {

    private LifecycleDriver() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int lifecycles = Integer.parseInt(args[1]);
        String prefix = args[2];
        TestNode node = TestNode.start("driven", url);
        ReferralFixtures fixtures = node.bean(ReferralFixtures.class);
        ReferralService referrals = node.bean(ReferralService.class);
        Vacancy velo = node.as(TestUsers.COORDINATOR, () -> fixtures.insertionVacancyOf("Atelier Vélo Solidaire"));
        System.out.println("STARTED");
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        for (int t = 0; t < 2; t++) {
            threads.submit(() -> {
                for (int n = next.getAndIncrement(); n < lifecycles; n = next.getAndIncrement()) {
                    try {
                        lifecycle(node, fixtures, referrals, velo, prefix + n);
                        System.out.println("DONE " + done.incrementAndGet());
                    } catch (Exception e) {
                        System.out.println("FAILED " + n + " " + e);
                    }
                }
                return null;
            });
        }
        threads.shutdown();
        threads.awaitTermination(1, TimeUnit.HOURS);
        System.out.println("ALL DONE");
        node.stop();
    }

    private static void lifecycle(TestNode node, ReferralFixtures fixtures, ReferralService referrals, Vacancy velo,
            String lastName) throws Exception {
        Referral sent = node.as(TestUsers.CEP_ADVISER, () -> referrals.submit(null,
                ReferralFixtures.validReferral(lastName, velo.getId())));
        node.as(TestUsers.SIAE_DIRECTOR, () -> {
            Referral r = fixtures.reload(sent);
            referrals.takeInCharge(fixtures.taskOf(r).id(), r.getId(), r.getVersion());
            r = fixtures.reload(sent);
            LocalDate hiring = LocalDate.now().plusDays(5);
            referrals.accept(fixtures.taskOf(r).id(), r.getId(), r.getVersion(), hiring, ReferralFixtures.cddi(hiring));
            return null;
        });
    }
}
