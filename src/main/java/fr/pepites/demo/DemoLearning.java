package fr.pepites.demo;

import fr.pepites.learning.ActivityKind;
import fr.pepites.learning.AwardRuleData;
import fr.pepites.learning.AwardRules;
import fr.pepites.learning.Learner;
import fr.pepites.learning.LearningLedger;
import fr.pepites.learning.Modality;
import fr.pepites.learning.RuleType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The demo's learning: rules on the network's peer-exchange badge (3 peer exchanges within 12 months) and web
 * conference badge (one web conference within 12 months), and the bike workshop's activities written by its director:
 * Romain Blanc two peer exchanges of three, Nadia Haddad a training day and an AFEST situation. The twinning days of
 * the demo twinnings are in the ledger already, written by their attendance.
 */
@Component
class DemoLearning {

    private final AwardRules rules;
    private final LearningLedger ledger;

    DemoLearning(AwardRules rules, LearningLedger ledger) {
        this.rules = rules;
        this.ledger = ledger;
    }

    /** {@code as} logs in the demo account of that e-mail. Returns how many activities it wrote. */
    int load(Consumer<String> as) {
        as.accept("coordination@pepites.demo");
        Map<Long, String> badges = rules.badgeNames();
        rules.save(new AwardRuleData(badge(badges, "Échange de pairs : encadrer une équipe en insertion"),
                RuleType.COUNT, ActivityKind.PEER_EXCHANGE, null, 3, null, 12, true), null);
        rules.save(new AwardRuleData(badge(badges, "Webconférence : le PASS IAE et ses règles"), RuleType.COUNT,
                ActivityKind.WEB_CONFERENCE, null, 1, null, 12, true), null);

        as.accept("direction@pepites.demo");
        Map<Learner, String> team = ledger.learnersOfMyOrganisation();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        Learner romain = learner(team, "Romain Blanc");
        Learner nadia = learner(team, "Nadia Haddad");
        write(romain, ActivityKind.PEER_EXCHANGE, today.minusMonths(4), 180, Modality.ON_SITE,
                "Échange de pairs des CIP du réseau, à Bègles.");
        write(romain, ActivityKind.PEER_EXCHANGE, today.minusMonths(1), 120, Modality.DISTANCE,
                "Échange de pairs en visio sur l'accompagnement socio-professionnel.");
        write(nadia, ActivityKind.TRAINING_DAY, today.minusMonths(2), 420, Modality.ON_SITE,
                "Formation « Sécurité à l'atelier » de l'organisme de formation du réseau.");
        write(nadia, ActivityKind.AFEST, today.minusWeeks(3), 90, Modality.ON_SITE,
                "Situation de travail : transmettre le réglage des freins à disque.");
        return 4;
    }

    private void write(Learner learner, ActivityKind kind, LocalDate date, int minutes, Modality modality,
            String evidence) {
        ledger.recordByHand(new LearningLedger.HandEntry(learner, kind, date, minutes, modality, evidence, null,
                "Suivie avant l'ouverture de la plateforme (reprise de la démonstration)."));
    }

    private static long badge(Map<Long, String> badges, String name) {
        return badges.entrySet().stream().filter(e -> e.getValue().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo badge not found: " + name)).getKey();
    }

    private static Learner learner(Map<Learner, String> team, String name) {
        return team.entrySet().stream().filter(e -> e.getValue().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo learner not found: " + name)).getKey();
    }
}
