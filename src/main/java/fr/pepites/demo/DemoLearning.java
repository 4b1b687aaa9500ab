package fr.pepites.demo;

import fr.pepites.learning.ActivityKind;
import fr.pepites.learning.AwardRuleData;
import fr.pepites.learning.AwardRules;
import fr.pepites.learning.Audience;
import fr.pepites.learning.CapsuleData;
import fr.pepites.learning.Capsules;
import fr.pepites.learning.Learner;
import fr.pepites.learning.LearningLedger;
import fr.pepites.learning.LearningOffers;
import fr.pepites.learning.ResourceCentre;
import fr.pepites.learning.ResourceKind;
import fr.pepites.learning.SessionData;
import fr.pepites.learning.SessionRegistrations;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
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
    private final LearningOffers offers;
    private final SessionRegistrations registrations;
    private final Capsules capsules;
    private final ResourceCentre resources;

    DemoLearning(AwardRules rules, LearningLedger ledger, LearningOffers offers, SessionRegistrations registrations,
            Capsules capsules, ResourceCentre resources) {
        this.capsules = capsules;
        this.resources = resources;
        this.rules = rules;
        this.ledger = ledger;
        this.offers = offers;
        this.registrations = registrations;
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
        offers(as, badges);
        capsules(as, badges);
        resources(as);
        return 4;
    }

    /** The resource centre: the network's practical sheet and replay, the bike workshop's own safety sheet. */
    private void resources(Consumer<String> as) {
        as.accept("coordination@pepites.demo");
        resources.save(null, null, new ResourceCentre.ResourceData("Accueillir un salarié en parcours le premier jour",
                ResourceKind.PRACTICAL_SHEET, "Les étapes d'un accueil réussi : visite, présentation de l'équipe, "
                        + "consignes de sécurité, premier point d'étape à une semaine.",
                Set.of(Audience.SOCIAL_SUPPORT, Audience.TECHNICAL_SUPERVISION), List.of("accueil"),
                "https://ressources.pepites.demo/fiches/accueil", 12), null);
        resources.save(null, null, new ResourceCentre.ResourceData("Replay : le PASS IAE en pratique",
                ResourceKind.REPLAY, "L'enregistrement de la dernière webconférence sur le PASS IAE.",
                Set.of(Audience.SOCIAL_SUPPORT, Audience.DIRECTION), List.of("PASS IAE"),
                "https://ressources.pepites.demo/replays/pass-iae", 6), null);
        as.accept("direction@pepites.demo");
        resources.save(null, null, new ResourceCentre.ResourceData("Sécurité à l'atelier : les gestes de base",
                ResourceKind.TOOL, "La check-list affichée à l'atelier vélo : gants, lunettes, rangement des outils.",
                Set.of(Audience.TECHNICAL_SUPERVISION, Audience.EMPLOYEES), List.of("sécurité"),
                "https://ressources.pepites.demo/outils/securite-atelier", 12), null);
    }

    /** The digital-skills capsules, and their rule: both passed at 80 % or more earn the digital-tools badge. */
    private void capsules(Consumer<String> as, Map<Long, String> badges) {
        as.accept("coordination@pepites.demo");
        long video = capsules.save(null, null, new CapsuleData("Animer un rendez-vous en visioconférence",
                "Préparer, ouvrir et conclure un entretien à distance avec un salarié en parcours.", """
                # Avant le rendez-vous

                - Envoyez le **lien** la veille, avec un numéro de téléphone en secours.
                - Testez votre micro et votre caméra.

                # Pendant

                Commencez par vérifier que la personne vous entend bien, puis rappelez l'objet du rendez-vous.

                > Un entretien à distance dure rarement plus de 45 minutes : prévoyez une pause sinon.
                """, "https://www.youtube.com/watch?v=visio-iae", 10, 80, """
                ? Quand envoyer le lien du rendez-vous ?
                - Au dernier moment
                + La veille, avec un numéro de secours
                ? Que vérifier en ouvrant la visioconférence ?
                + Que la personne vous entend bien
                + L'objet du rendez-vous, rappelé
                - Son adresse postale
                """, List.of("numérique"), true));
        long agenda = capsules.save(null, null, new CapsuleData("L'agenda partagé de l'équipe",
                "Planifier les rendez-vous de l'accompagnement dans l'agenda commun.", """
                # Un agenda pour toute l'équipe

                Chaque rendez-vous d'accompagnement s'inscrit dans l'agenda partagé, avec le **nom** de la personne
                et le **lieu**. L'équipe voit ainsi qui est disponible.
                """, null, 5, 80, """
                ? Que noter dans l'agenda partagé pour un rendez-vous ?
                + Le nom de la personne et le lieu
                - Rien, l'agenda est personnel
                """, List.of("numérique"), true));
        rules.save(new AwardRuleData(badge(badges, "Outils numériques de l'accompagnement"), RuleType.CAPSULES, null,
                null, null, null, null, true, null, 80, List.of(video, agenda)), null);
    }

    /**
     * The network's offers and their coming sessions: the digital-skills training for staff, a web conference on the
     * PASS IAE (whose badge it can earn), and the monthly peer exchange of encadrants techniques hosted by the bike
     * workshop; Nadia Haddad is registered to the web conference.
     */
    private void offers(Consumer<String> as, Map<Long, String> badges) {
        as.accept("coordination@pepites.demo");
        long network = offers.organisers().keySet().iterator().next();
        LocalDateTime nextWeek = LocalDateTime.now(ZoneId.of("Europe/Paris")).plusWeeks(1).withHour(9).withMinute(0)
                .withSecond(0).withNano(0);
        long digital = offers.saveOffer(null, null, new LearningOffers.OfferData(
                "Le numérique au quotidien pour les permanents", ActivityKind.TRAINING_DAY, network,
                "Une journée pour prendre en main les outils numériques de l'accompagnement : agenda partagé, "
                        + "visioconférence, dossiers en ligne.", Set.of(Audience.SOCIAL_SUPPORT,
                        Audience.TECHNICAL_SUPERVISION), List.of("numérique"), 420, null));
        offers.planSession(digital, new SessionData(nextWeek.plusWeeks(2), nextWeek.plusWeeks(2).withHour(17), "33063",
                "Maison de l'IAE, 12 cours de la Marne", null, 12, nextWeek.plusWeeks(1)));
        long webinar = offers.saveOffer(null, null, new LearningOffers.OfferData("Le PASS IAE en pratique",
                ActivityKind.WEB_CONFERENCE, network, "Une heure pour tout savoir du PASS IAE : éligibilité, "
                        + "prescription, suivi des 24 mois.", Set.of(Audience.SOCIAL_SUPPORT, Audience.DIRECTION),
                List.of("PASS IAE"), 60, badge(badges, "Webconférence : le PASS IAE et ses règles")));
        long webinarSession = offers.planSession(webinar, new SessionData(nextWeek.withHour(11),
                nextWeek.withHour(12), null, null, "https://visio.pepites.demo/pass-iae", 30, nextWeek.minusDays(1)));
        as.accept("direction@pepites.demo");
        long workshop = offers.organisers().keySet().iterator().next();
        long exchange = offers.saveOffer(null, null, new LearningOffers.OfferData(
                "Échange de pairs des encadrants techniques", ActivityKind.PEER_EXCHANGE, workshop,
                "Chaque mois, les encadrants techniques du réseau partagent une situation d'encadrement.",
                Set.of(Audience.TECHNICAL_SUPERVISION), List.of("encadrement"), 150, null));
        for (int month = 0; month < 3; month++) {
            LocalDateTime day = nextWeek.plusMonths(month).withHour(14);
            offers.planSession(exchange, new SessionData(day, day.plusMinutes(150), "33039",
                    "Atelier vélo, 4 rue des Ateliers", null, 8, day.minusDays(2)));
        }
        as.accept("encadrant@pepites.demo");
        registrations.register(webinarSession, null, false);
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
