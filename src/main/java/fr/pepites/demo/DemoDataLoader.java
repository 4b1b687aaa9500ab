package fr.pepites.demo;

import fr.pepites.common.SearchText;
import fr.pepites.directory.DirectoryService;
import fr.pepites.directory.Organisation;
import fr.pepites.directory.OrganisationData;
import fr.pepites.directory.OrganisationFilter;
import fr.pepites.directory.OrganisationKind;
import fr.pepites.directory.Person;
import fr.pepites.directory.PersonData;
import fr.pepites.directory.SiaeKind;
import fr.pepites.directory.SiretValidator;
import fr.pepites.directory.UserAccount;
import fr.pepites.directory.UserData;
import fr.pepites.directory.UserFilter;
import fr.pepites.reference.Licence;
import fr.pepites.referral.Barrier;
import fr.pepites.referral.EligibilityCriterion;
import fr.pepites.referral.Goal;
import fr.pepites.referral.ReferralData;
import fr.pepites.referral.ReferralService;
import fr.pepites.security.CurrentUser;
import fr.pepites.security.PepitesUserDetails;
import fr.pepites.security.Role;
import fr.pepites.vacancy.ContractType;
import fr.pepites.vacancy.Vacancy;
import fr.pepites.vacancy.VacancyData;
import fr.pepites.vacancy.VacancyKind;
import fr.pepites.vacancy.VacancyService;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A fictional Nouvelle-Aquitaine network, loaded through the services (so every rule applies) into an empty
 * database only, when {@code pepites.demo.enabled} is true. One login per role, listed in {@link DemoLogins}.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "pepites.demo.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    private record Org(String key, OrganisationKind kind, SiaeKind siaeKind, String name, String address,
            String commune, String contact) {
    }

    record Account(String email, String fullName, Role role, String org) {
    }

    private record Someone(String firstName, String lastName, LocalDate birthDate, String commune, String followedBy) {
    }

    static final List<Org> ORGANISATIONS = List.of(
            new Org("network", OrganisationKind.NETWORK, null, "INAE – Réseau IAE Nouvelle-Aquitaine",
                    "12 rue des Faures", "33063", "Équipe PEPITES"),
            // SIAE: the five kinds, nine départements
            new Org("velo", OrganisationKind.SIAE, SiaeKind.ACI, "Atelier Vélo Solidaire",
                    "4 avenue du Haut-Lévêque", "33318", "Marc Lefèvre"),
            new Org("recyclerie", OrganisationKind.SIAE, SiaeKind.EI, "Recyclerie du Pays Basque",
                    "18 allée de la Nive", "64102", "Maïté Etcheverry"),
            new Org("landes", OrganisationKind.SIAE, SiaeKind.ACI, "Chantier Nature des Landes",
                    "2 chemin de Nahuques", "40192", "Pierre Lacoste"),
            new Org("traitdunion", OrganisationKind.SIAE, SiaeKind.AI, "Trait d'Union Emploi Périgord",
                    "7 rue Wilson", "24322", "Anne Delpech"),
            new Org("interim", OrganisationKind.SIAE, SiaeKind.ETTI, "Intérim Solidaire Girondin",
                    "95 cours de la Somme", "33063", "Yacine Amrani"),
            new Org("coopinde", OrganisationKind.SIAE, SiaeKind.EITI, "Coop'Indé Limousin",
                    "3 place Denis Dussoubs", "87085", "Léa Fournier"),
            new Org("textile", OrganisationKind.SIAE, SiaeKind.EI, "Tri Textile Charentais",
                    "40 route de Bordeaux", "16015", "Thomas Girard"),
            new Org("maraichage", OrganisationKind.SIAE, SiaeKind.ACI, "Jardins d'Insertion des Deux-Sèvres",
                    "11 chemin du Lambon", "79191", "Camille Roux"),
            new Org("services", OrganisationKind.SIAE, SiaeKind.AI, "Services Partagés Poitevins",
                    "5 rue de la Cathédrale", "86194", "Bruno Faure"),
            new Org("tremplin", OrganisationKind.SIAE, SiaeKind.ETTI, "Tremplin Intérim Agenais",
                    "22 boulevard de la République", "47001", "Sarah Cohen"),
            new Org("ressourcerie", OrganisationKind.SIAE, SiaeKind.EI, "Ressourcerie de l'Aunis",
                    "8 rue du Port Neuf", "17300", "Julie Morin"),
            new Org("espacesverts", OrganisationKind.SIAE, SiaeKind.ACI, "Espaces Verts Solidaires de Corrèze",
                    "14 avenue de Paris", "19031", "Éric Chauvet"),
            new Org("creuse", OrganisationKind.SIAE, SiaeKind.EITI, "Indé Solidaire Creuse",
                    "1 rue Eugène France", "23096", "Martine Aubert"),
            new Org("menuiserie", OrganisationKind.SIAE, SiaeKind.EI, "Menuiserie Solidaire Dacquoise",
                    "30 avenue Saint-Vincent-de-Paul", "40088", "Jean Dufau"),
            // CEP operators
            new Org("avenir", OrganisationKind.CEP_OPERATOR, null, "Avenir Actifs Nouvelle-Aquitaine",
                    "60 quai de Bacalan", "33063", "Pôle CEP"),
            new Org("cepatlantique", OrganisationKind.CEP_OPERATOR, null, "CEP Atlantique Conseil",
                    "2 quai Louis Durand", "17300", "Pôle conseil"),
            // Tiers-lieux and fablabs
            new Org("chartrons", OrganisationKind.TIERS_LIEU, null, "Fablab des Chartrons",
                    "48 rue Notre-Dame", "33063", "Hugo Bernard"),
            new Org("fabriquelimousine", OrganisationKind.TIERS_LIEU, null, "La Fabrique Limousine",
                    "9 rue Montmailler", "87085", "Inès Petit"),
            new Org("marsan", OrganisationKind.TIERS_LIEU, null, "Tiers-lieu du Marsan",
                    "6 rue Armand Dulamon", "40192", "Paul Lafitte"),
            new Org("atelierpoitiers", OrganisationKind.TIERS_LIEU, null, "Atelier Partagé de Poitiers",
                    "17 rue Carnot", "86194", "Chloé Garnier"),
            // Training bodies
            new Org("afpa", OrganisationKind.TRAINING_BODY, null, "AFPA – centre de Bègles",
                    "Rue du Professeur Calmette", "33039", "Service formation ETI"),
            new Org("irfiae", OrganisationKind.TRAINING_BODY, null, "Institut Régional de Formation IAE",
                    "21 rue de la Tranchée", "86194", "Service ETAIE"),
            // Partner employers
            new Org("garonne", OrganisationKind.PARTNER_EMPLOYER, null, "Transports Garonne Logistique",
                    "10 avenue de l'Argonne", "33281", "Ressources humaines"),
            new Org("hotellerie", OrganisationKind.PARTNER_EMPLOYER, null, "Hôtellerie Côte Basque",
                    "3 avenue de l'Impératrice", "64122", "Direction"));

    static final List<Account> ACCOUNTS = List.of(
            new Account("admin@pepites.demo", "Alice Martin", Role.ADMIN, "network"),
            new Account("coordination@pepites.demo", "Claire Dubois", Role.COORDINATOR, "network"),
            new Account("coordination2@pepites.demo", "Karim Benali", Role.COORDINATOR, "network"),
            new Account("conseiller@pepites.demo", "Julien Moreau", Role.CEP_ADVISER, "avenir"),
            new Account("conseillere@pepites.demo", "Sophie Laurent", Role.CEP_ADVISER, "avenir"),
            new Account("conseil.atlantique@pepites.demo", "Nicolas Perrin", Role.CEP_ADVISER, "cepatlantique"),
            new Account("direction@pepites.demo", "Marc Lefèvre", Role.SIAE_DIRECTOR, "velo"),
            new Account("encadrant@pepites.demo", "Nadia Haddad", Role.SIAE_STAFF, "velo"),
            new Account("cip.velo@pepites.demo", "Romain Blanc", Role.SIAE_STAFF, "velo"),
            new Account("tierslieu@pepites.demo", "Hugo Bernard", Role.TIERS_LIEU_MANAGER, "chartrons"),
            new Account("fabrique@pepites.demo", "Inès Petit", Role.TIERS_LIEU_MANAGER, "fabriquelimousine"),
            new Account("marsan@pepites.demo", "Paul Lafitte", Role.TIERS_LIEU_MANAGER, "marsan"),
            new Account("poitiers@pepites.demo", "Chloé Garnier", Role.TIERS_LIEU_MANAGER, "atelierpoitiers"));

    private static final List<Someone> PERSONS = List.of(
            new Someone("Lucas", "Garcia", LocalDate.of(1988, 3, 14), "33063", "conseiller@pepites.demo"),
            new Someone("Emma", "Lopez", LocalDate.of(1995, 7, 2), "33318", "conseiller@pepites.demo"),
            new Someone("Mohamed", "Diallo", LocalDate.of(1979, 11, 23), "33281", "conseiller@pepites.demo"),
            new Someone("Chantal", "Vidal", LocalDate.of(1969, 1, 30), "33039", "conseillere@pepites.demo"),
            new Someone("Kevin", "Lambert", LocalDate.of(1999, 5, 18), "24322", "conseillere@pepites.demo"),
            new Someone("Fatou", "Sow", LocalDate.of(1991, 9, 9), "17300", "conseil.atlantique@pepites.demo"),
            new Someone("Patrick", "Renaud", LocalDate.of(1974, 12, 1), "17306", "conseil.atlantique@pepites.demo"),
            new Someone("Aurélie", "Mercier", LocalDate.of(1986, 4, 27), "79191", "conseil.atlantique@pepites.demo"),
            new Someone("Samir", "Belkacem", LocalDate.of(1993, 2, 11), "33318", "encadrant@pepites.demo"),
            new Someone("Jessica", "Roussel", LocalDate.of(1984, 8, 5), "33063", "encadrant@pepites.demo"));

    private record Job(String siae, String jobTitle, VacancyKind kind, ContractType contract, int hours, int seats,
            int startInDays, Set<Licence> licences) {
    }

    private static final List<Job> VACANCIES = List.of(
            new Job("velo", "16507", VacancyKind.INSERTION, ContractType.CDDI, 26, 3, 14, Set.of()),
            new Job("velo", "14821", VacancyKind.STAFF, ContractType.CDI, 35, 1, 45, Set.of(Licence.B)),
            new Job("recyclerie", "10639", VacancyKind.INSERTION, ContractType.CDDI, 26, 2, 21, Set.of()),
            new Job("landes", "16068", VacancyKind.INSERTION, ContractType.CDDI, 24, 4, 10, Set.of()),
            new Job("traitdunion", "10571", VacancyKind.INSERTION, ContractType.CDDI, 20, 3, 7, Set.of()),
            new Job("interim", "16365", VacancyKind.INSERTION, ContractType.INTERIM, 35, 5, 5, Set.of()),
            new Job("coopinde", "13812", VacancyKind.INSERTION, ContractType.CDDI, 20, 2, 30, Set.of()),
            new Job("textile", "20445", VacancyKind.INSERTION, ContractType.CDDI, 26, 3, 14, Set.of()),
            new Job("maraichage", "16384", VacancyKind.INSERTION, ContractType.CDDI, 26, 4, 21, Set.of()),
            new Job("services", "10571", VacancyKind.INSERTION, ContractType.CDDI, 20, 2, 10, Set.of()),
            new Job("tremplin", "11999", VacancyKind.INSERTION, ContractType.INTERIM, 35, 2, 7, Set.of(Licence.B)),
            new Job("ressourcerie", "14811", VacancyKind.INSERTION, ContractType.CDDI, 26, 2, 14, Set.of()),
            new Job("espacesverts", "16068", VacancyKind.INSERTION, ContractType.CDDI, 26, 3, 21, Set.of()),
            new Job("creuse", "13812", VacancyKind.INSERTION, ContractType.CDDI, 20, 1, 30, Set.of()),
            new Job("menuiserie", "16611", VacancyKind.INSERTION, ContractType.CDDI, 26, 2, 14, Set.of()));

    private final DirectoryService directory;
    private final VacancyService vacancies;
    private final ReferralService referrals;
    private final String password;
    private final JdbcTemplate jdbc;
    private final DemoParcours demoParcours;
    private final DemoTwinnings demoTwinnings;
    private final DemoBadges demoBadges;
    private final DemoLearning demoLearning;

    DemoDataLoader(DirectoryService directory, VacancyService vacancies, ReferralService referrals,
            @Value("${pepites.demo.password}") String password, JdbcTemplate jdbc, DemoParcours demoParcours,
            DemoTwinnings demoTwinnings, DemoBadges demoBadges, DemoLearning demoLearning) {
        this.demoBadges = demoBadges;
        this.demoLearning = demoLearning;
        this.demoParcours = demoParcours;
        this.demoTwinnings = demoTwinnings;
        this.jdbc = jdbc;
        this.directory = directory;
        this.vacancies = vacancies;
        this.referrals = referrals;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            // Bootstrapping: there is no administrator yet, so the loader acts as one.
            runAs(new CurrentUser(0, "demo-loader", "Chargement de la démo", Role.ADMIN, 0, "PEPITES"));
            if (directory.countOrganisations(OrganisationFilter.all()) > 0) {
                return;
            }
            Map<String, Organisation> organisations = new HashMap<>();
            int siretSequence = 0;
            for (Org org : ORGANISATIONS) {
                organisations.put(org.key(), directory.createOrganisation(toData(org, ++siretSequence)));
            }
            Map<String, UserAccount> accounts = new HashMap<>();
            for (Account account : ACCOUNTS) {
                accounts.put(account.email(), directory.createUser(toData(account, organisations)));
            }
            accounts.putAll(createSiaeDirectors(organisations));
            // The demo's password is printed for everyone: its accounts are not asked to choose their own.
            jdbc.update("update user_account set password_change_required = false");
            long accountCount = directory.countUsers(UserFilter.all());
            Map<String, Person> persons = new HashMap<>();
            for (Someone someone : PERSONS) {
                runAs(accounts.get(someone.followedBy()));
                persons.put(someone.lastName(), directory.createPerson(toData(someone)));
            }
            Map<String, Vacancy> vacancyBySiae = new HashMap<>();
            for (Job job : VACANCIES) {
                runAs(accounts.get(job.siae().equals("velo") ? "direction@pepites.demo"
                        : "direction." + job.siae() + "@pepites.demo"));
                vacancyBySiae.putIfAbsent(job.siae(), vacancies.create(toData(job, organisations.get(job.siae()))));
            }
            runAs(accounts.get("conseiller@pepites.demo"));
            referrals.submit(null, referral(persons.get("Garcia"), "33063", "16507",
                    vacancyBySiae.get("velo").getId()));
            // Open referrals, waiting for the matching workbench.
            referrals.submit(null, referral(persons.get("Lopez"), "33318", "16068", null));
            referrals.submit(null, referral(persons.get("Diallo"), "33281", "16365", null));
            runAs(accounts.get("conseillere@pepites.demo"));
            referrals.submit(null, referral(persons.get("Vidal"), "33039", "10571", null));
            referrals.submit(null, referral(persons.get("Lambert"), "24322", "10571", null));
            runAs(accounts.get("conseil.atlantique@pepites.demo"));
            referrals.submit(null, referral(persons.get("Sow"), "17300", "14811", null));
            referrals.submit(null, referral(persons.get("Renaud"), "17306", "20445", null));
            referrals.submit(null, referral(persons.get("Mercier"), "79191", "16384", null));
            runAs(accounts.get("direction@pepites.demo"));
            int parcoursCount = demoParcours.load(organisations.get("avenir"));
            int twinningCount = demoTwinnings.load(email -> runAs(accounts.get(email)), organisations);
            int badgeCount = demoBadges.load(email -> runAs(accounts.get(email)), organisations);
            int activityCount = badgeCount == 0 ? 0 : demoLearning.load(email -> runAs(accounts.get(email)));
            LOG.info("Démo chargée : {} organisations, {} comptes, {} personnes, {} fiches de poste, 8 orientations "
                    + "dont 7 en attente de mise en relation, {} parcours, {} jumelages, {} badges, {} activités "
                    + "inscrites à la main", ORGANISATIONS.size(), accountCount, PERSONS.size(), VACANCIES.size(),
                    parcoursCount, twinningCount, badgeCount, activityCount);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Every SIAE but the main demo one gets a director, so that each structure can answer in the demo. */
    private Map<String, UserAccount> createSiaeDirectors(Map<String, Organisation> organisations) {
        Map<String, UserAccount> directors = new HashMap<>();
        ORGANISATIONS.stream()
                .filter(org -> org.kind() == OrganisationKind.SIAE && !org.key().equals("velo"))
                .forEach(org -> {
                    UserData data = new UserData();
                    data.setEmail("direction." + org.key() + "@pepites.demo");
                    data.setFullName(org.contact());
                    data.setRole(Role.SIAE_DIRECTOR);
                    data.setOrganisationId(organisations.get(org.key()).getId());
                    data.setInitialPassword(password);
                    directors.put(data.getEmail(), directory.createUser(data));
                });
        return directors;
    }

    private static VacancyData toData(Job job, Organisation siae) {
        VacancyData data = new VacancyData();
        data.setJobTitleCode(job.jobTitle());
        data.setKind(job.kind());
        data.setContractType(job.contract());
        data.setHoursPerWeek(job.hours());
        data.setSeats(job.seats());
        data.setCommuneCode(siae.getCommune().getInseeCode());
        data.setStartDate(LocalDate.now().plusDays(job.startInDays()));
        data.setRequiredLicences(job.licences().isEmpty() ? EnumSet.noneOf(Licence.class) : EnumSet.copyOf(job.licences()));
        data.setDescription("Poste de démonstration : accompagnement socioprofessionnel par une CIP, encadrement "
                + "technique au quotidien.");
        return data;
    }

    private static ReferralData referral(Person person, String commune, String jobTitle, Long vacancyId) {
        ReferralData data = new ReferralData();
        data.setPersonId(person.getId());
        data.setCommuneCode(commune);
        data.setMobilityRadiusKm(25);
        data.setAvailableFrom(LocalDate.now().plusDays(7));
        data.setJobTitleCodes(Set.of(jobTitle));
        data.setBarriers(EnumSet.of(Barrier.MOBILITY));
        data.setGoal(Goal.INSERTION_JOB);
        data.setCriteria(EnumSet.of(EligibilityCriterion.RSA_BENEFICIARY));
        data.setConsentToShare(true);
        data.setNote("Orientation de démonstration.");
        data.setVacancyId(vacancyId);
        return data;
    }

    private static OrganisationData toData(Org org, int sequence) {
        OrganisationData data = new OrganisationData();
        data.setKind(org.kind());
        data.setSiaeKind(org.siaeKind());
        data.setName(org.name());
        // Fictional SIRET numbers that pass the Luhn check.
        data.setSiret(SiretValidator.withCheckDigit(String.format("9%08d%04d", 100 + sequence, 1)));
        data.setAddressLine(org.address());
        data.setCommuneCode(org.commune());
        data.setContactName(org.contact());
        data.setContactEmail("contact." + org.key() + "@pepites.demo");
        data.setContactPhone(String.format("05 56 00 %02d %02d", sequence / 10, sequence % 10 * 10));
        return data;
    }

    private UserData toData(Account account, Map<String, Organisation> organisations) {
        UserData data = new UserData();
        data.setEmail(account.email());
        data.setFullName(account.fullName());
        data.setRole(account.role());
        data.setOrganisationId(organisations.get(account.org()).getId());
        data.setInitialPassword(password);
        return data;
    }

    private static PersonData toData(Someone someone) {
        PersonData data = new PersonData();
        data.setFirstName(someone.firstName());
        data.setLastName(someone.lastName());
        data.setBirthDate(someone.birthDate());
        data.setCommuneCode(someone.commune());
        data.setEmail(SearchText.normalize(someone.firstName() + "." + someone.lastName()).replace(' ', '.')
                + "@exemple.fr");
        return data;
    }

    private static void runAs(UserAccount account) {
        runAs(new CurrentUser(account.getId(), account.getEmail(), account.getFullName(), account.getRole(),
                account.getOrganisation().getId(), account.getOrganisation().getName()));
    }

    private static void runAs(CurrentUser user) {
        PepitesUserDetails details = new PepitesUserDetails(user, "", true);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(details, null, details.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }
}
