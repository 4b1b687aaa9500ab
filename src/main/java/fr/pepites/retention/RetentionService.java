package fr.pepites.retention;

import fr.pepites.common.Plural;
import fr.pepites.badges.BadgeService;
import fr.pepites.directory.DirectoryService;
import fr.pepites.parcours.ParcoursService;
import fr.pepites.referral.ReferralService;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Entry point of the retention of personal data (DESIGN.md, security): every night, the files of persons that have
 * been closed for longer than {@code pepites.retention.closed-files} (two years by default) are deleted: the person's
 * form, every referral and parcours with their timelines, the PASS IAE, and the file's journal; the badges they earned
 * stay theirs (and verify), unlinked from the file and without the e-mail address. A file is closed when
 * none of the person's referrals or parcours is open and neither the form nor any of them has changed since; openings
 * do not count. The engine's history of their processes goes by its own time-to-live (the same two years,
 * {@code application.yml}).
 */
@Service
public class RetentionService {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionService.class);
    private static final int BATCH = 200;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final DirectoryService directory;
    private final ReferralService referrals;
    private final ParcoursService parcours;
    private final BadgeService badges;
    private final TransactionTemplate inTransaction;
    private final Period retention;

    RetentionService(DirectoryService directory, ReferralService referrals, ParcoursService parcours,
            BadgeService badges, TransactionTemplate inTransaction,
            @Value("${pepites.retention.closed-files:P2Y}") Period retention) {
        this.directory = directory;
        this.referrals = referrals;
        this.parcours = parcours;
        this.badges = badges;
        this.inTransaction = inTransaction;
        this.retention = retention;
    }

    /** The nightly purge (several nodes may each run it: a file deleted by one is simply not found by the other). */
    @Scheduled(cron = "${pepites.retention.cron:0 30 2 * * *}", zone = "Europe/Paris")
    void nightly() {
        int deleted = purgeClosedFiles(Instant.now());
        LOG.info("Conservation des données : {} depuis plus de {} supprimés.", Plural.of(deleted, "dossier clos",
                "dossiers clos"), retention);
    }

    /**
     * Deletes the files closed before {@code now} minus the retention period, by batches of {@value #BATCH} persons,
     * each batch in one transaction; returns how many persons' files were deleted.
     */
    public int purgeClosedFiles(Instant now) {
        Instant cutoff = now.atZone(PARIS).minus(retention).toInstant();
        int deleted = 0;
        long afterId = 0;
        while (true) {
            List<Long> candidates = directory.personsUnchangedSince(cutoff, afterId, BATCH);
            if (candidates.isEmpty()) {
                return deleted;
            }
            afterId = candidates.get(candidates.size() - 1);
            List<Long> closed = parcours.withParcoursClosedBefore(
                    referrals.withReferralsClosedBefore(candidates, cutoff), cutoff);
            inTransaction.executeWithoutResult(status -> {
                referrals.deleteReferralsOf(closed);
                badges.forgetPersons(closed);
                parcours.deleteParcoursOf(closed);
                directory.deletePersons(closed);
            });
            deleted += closed.size();
        }
    }
}
