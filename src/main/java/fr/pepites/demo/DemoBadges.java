package fr.pepites.demo;

import fr.pepites.badges.AchievementData;
import fr.pepites.badges.Alignment;
import fr.pepites.badges.BadgeKind;
import fr.pepites.badges.BadgeRows.AwardRequest;
import fr.pepites.badges.BadgeRows.RecipientOption;
import fr.pepites.badges.BadgeRows.TwinningEarners;
import fr.pepites.badges.BadgeService;
import fr.pepites.common.PublicAddress;
import fr.pepites.directory.Organisation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The demo's badges: achievements of every kind (textile sorting at the textile SIAE, as the seed article's
 * Essaimons; cycle mechanics at the bike workshop; the network's peer exchange, web conference, inclusive brunch and
 * twinning badges), a modular path gathering three of them, and credentials: the closed twinning's earners (one of
 * whom completes the path, and so receives its badge), the bike workshop's staff, employees, and one badge revoked.
 */
@Component
class DemoBadges {

    private final BadgeService badges;
    private final PublicAddress address;

    DemoBadges(BadgeService badges, PublicAddress address) {
        this.badges = badges;
        this.address = address;
    }

    /** {@code as} logs in the demo account of that e-mail. Returns how many credentials it issued. */
    int load(Consumer<String> as, Map<String, Organisation> organisations) {
        if (!address.signsCredentials()) {
            // A demo in production without its public address: no badge (PublicAddress said so at start).
            return 0;
        }
        as.accept("coordination@pepites.demo");
        long network = organisations.get("network").getId();
        long textile = organisations.get("textile").getId();
        long velo = organisations.get("velo").getId();
        long sorting = achievement(textile, BadgeKind.COMPETENCE, "Tri et valorisation des textiles",
                "Trier les textiles collectés selon leur réemploi, leur recyclage ou leur valorisation.",
                "Avoir trié en autonomie pendant quatre semaines, au rendement attendu, en respectant les consignes "
                        + "de sécurité ; évalué par l'encadrant technique.", null, rome("K2304"));
        long exchange = achievement(network, BadgeKind.PEER_EXCHANGE,
                "Échange de pairs : encadrer une équipe en insertion",
                "Avoir partagé ses pratiques d'encadrement technique avec des pairs d'autres SIAE du réseau.",
                "Avoir participé aux trois demi-journées d'un cycle d'échange de pairs et présenté une situation "
                        + "de sa structure.", null, List.of());
        long webinar = achievement(network, BadgeKind.WEB_CONFERENCE, "Webconférence : le PASS IAE et ses règles",
                "Connaître l'agrément PASS IAE : durée, prolongations, suspensions, fin de parcours.",
                "Avoir suivi la webconférence en entier et répondu au questionnaire final (7 bonnes réponses sur "
                        + "10).",
                24, List.of());
        achievement(network, BadgeKind.COMPETENCE, "Outils numériques de l'accompagnement",
                "Savoir utiliser la visioconférence et l'agenda partagé pour accompagner les salariés en parcours.",
                "Avoir réussi les capsules numériques du réseau à 80 % au moins.", null, List.of());
        long brunch = achievement(network, BadgeKind.EVENT, "Brunch inclusif des employeurs",
                "Avoir participé au brunch inclusif qui réunit SIAE, salariés en insertion et entreprises du "
                        + "territoire.", "Être venu au brunch et y avoir rencontré au moins une entreprise.", null,
                List.of());
        long twinning = achievement(network, BadgeKind.TWINNING, "Jumelage de transfert de savoir-faire",
                "Avoir appris d'un tiers-lieu un savoir-faire technique pendant les quatre jours d'un jumelage.",
                "Avoir été présent au moins trois des quatre jours du jumelage.", null, List.of());
        badges.saveAchievement(null, new AchievementData(network, BadgeKind.PATH,
                "Parcours modulaire : encadrant·e technique du réseau",
                "Le parcours de montée en compétences des encadrants techniques : échange de pairs, webconférence "
                        + "PASS IAE et jumelage avec un tiers-lieu.",
                "Avoir obtenu les trois badges du parcours.", null, null, false, true, List.of(),
                Set.of(exchange, webinar, twinning), null, null));

        int issued = 0;
        for (TwinningEarners closed : badges.twinningsWithEarners()) {
            issued += badges.awardTwinningEarners(closed.twinningId(), twinning).size();
        }
        issued += awardTo(exchange, "Nadia Haddad",
                "Cycle de printemps, présentation de l'atelier d'autoréparation.");
        issued += awardTo(webinar, "Nadia Haddad", null);
        issued += awardTo(webinar, "Romain Blanc", null);
        // A twinning earner who also holds the other two badges of the path: the path badge follows by itself.
        issued += awardTo(exchange, "Marc Lefèvre", "Cycle d'automne, présentation des gabarits de découpe.");
        issued += awardTo(webinar, "Marc Lefèvre", null);
        issued += awardTo(brunch, "Emma Lopez", "Rencontre avec Transports Garonne Logistique.");
        issued += awardTo(sorting, "Chantal Vidal", "Évaluation de fin de période d'essai.");
        String mistaken = badges.award(new AwardRequest(brunch, List.of(person("Kevin Lambert")), List.of(), null,
                null)).get(0);
        badges.revoke(mistaken, "Délivré par erreur : la personne n'est pas venue au brunch.");
        issued++;

        as.accept("direction@pepites.demo");
        long mechanics = achievement(velo, BadgeKind.COMPETENCE, "Mécanique cycles : révision complète",
                "Réviser un vélo de bout en bout : freins, transmission, roues, réglages, essai.",
                "Avoir révisé seul dix vélos de la flotte, contrôlés par l'encadrante technique.", null,
                rome("I1607"));
        issued += awardTo(mechanics, "Sandrine Blanc", "Dix révisions contrôlées en atelier.");
        return issued;
    }

    private long achievement(long issuer, BadgeKind kind, String name, String description, String criteria,
            Integer validityMonths, List<Alignment> alignments) {
        return badges.saveAchievement(null, new AchievementData(issuer, kind, name, description, criteria, null,
                validityMonths, false, true, alignments, Set.of(), null, null));
    }

    private List<Alignment> rome(String code) {
        return badges.romeAlignments(code, 1);
    }

    private int awardTo(long achievement, String name, String evidence) {
        RecipientOption who = recipient(name);
        return badges.award(new AwardRequest(achievement, who.staff() ? List.of() : List.of(who.id()),
                who.staff() ? List.of(who.id()) : List.of(), evidence, null)).size();
    }

    private long person(String name) {
        return recipient(name).id();
    }

    private RecipientOption recipient(String name) {
        String lastName = name.substring(name.indexOf(' ') + 1);
        return badges.recipients(lastName, 20).stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo recipient not found: " + name));
    }
}
