package fr.pepites.directory;

import fr.pepites.common.InputValidation;
import fr.pepites.common.InvalidInputException;
import fr.pepites.common.SearchText;
import fr.pepites.common.StaleEdit;
import fr.pepites.reference.Commune;
import fr.pepites.reference.ReferenceDataService;
import fr.pepites.security.CurrentUser;
import fr.pepites.security.CurrentUserProvider;
import fr.pepites.security.LoginThrottle;
import fr.pepites.security.OwnPasswordChange;
import fr.pepites.security.PasswordPolicy;
import fr.pepites.security.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entry point of the directory: organisations, user accounts and persons. Every read is scoped to what the
 * acting user may see (their own organisation, or everything for coordinators and administrators); every
 * change is one transaction.
 */
@Service
@Transactional(readOnly = true)
public class DirectoryService {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final OrganisationRepository organisations;
    private final UserAccountRepository users;
    private final PersonRepository persons;
    private final PersonFileLogRepository fileLog;
    /** Each feature's part of a person's export, looked up when exporting (features depend on this service). */
    private final org.springframework.beans.factory.ObjectProvider<PersonalData> personalData;
    private final com.fasterxml.jackson.databind.ObjectMapper json;
    private final ReferenceDataService referenceData;
    private final CurrentUserProvider currentUser;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final LoginThrottle loginThrottle;
    private final InputValidation validation;
    private final ApplicationEventPublisher events;

    DirectoryService(OrganisationRepository organisations, UserAccountRepository users, PersonRepository persons,
            PersonFileLogRepository fileLog, ReferenceDataService referenceData, CurrentUserProvider currentUser,
            PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, LoginThrottle loginThrottle,
            InputValidation validation, ApplicationEventPublisher events,
            org.springframework.beans.factory.ObjectProvider<PersonalData> personalData,
            com.fasterxml.jackson.databind.ObjectMapper json) {
        this.personalData = personalData;
        this.json = json;
        this.organisations = organisations;
        this.users = users;
        this.persons = persons;
        this.fileLog = fileLog;
        this.referenceData = referenceData;
        this.currentUser = currentUser;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.loginThrottle = loginThrottle;
        this.validation = validation;
        this.events = events;
    }

    // --- Organisations -------------------------------------------------------------------------------------

    public Page<Organisation> searchOrganisations(OrganisationFilter filter, Pageable pageable) {
        return organisations.findAll(DirectorySpecifications.organisations(filter, currentUser.require()), pageable);
    }

    public long countOrganisations(OrganisationFilter filter) {
        return organisations.count(DirectorySpecifications.organisations(filter, currentUser.require()));
    }

    /**
     * The SIAE (active or not) by words of their name, for those who follow referrals to several of them: advisers
     * and network staff. An SIAE's name is on every vacancy and referral they see anyway.
     */
    public Page<Organisation> searchSiae(String text, Pageable pageable) {
        currentUser.requireRole(Role.CEP_ADVISER, Role.COORDINATOR, Role.ADMIN);
        return organisations.findAll(DirectorySpecifications.organisations(
                new OrganisationFilter(text, OrganisationKind.SIAE, null, true)), pageable);
    }

    /** The kinds of organisation any user may hand a person to, introduce them to, or name as a course's organiser. */
    private static final java.util.Set<OrganisationKind> PARTNER_KINDS = java.util.EnumSet.of(
            OrganisationKind.CEP_OPERATOR, OrganisationKind.PARTNER_EMPLOYER, OrganisationKind.TRAINING_BODY);

    /**
     * The active CEP operators or partner employers by words of their name, for anyone to pick among: an SIAE hands an
     * employee back to a CEP operator, or asks for an introduction to an employer.
     */
    public Page<Organisation> searchPartners(OrganisationKind kind, String text, Pageable pageable) {
        currentUser.require();
        if (!PARTNER_KINDS.contains(kind)) {
            throw new IllegalArgumentException("Not a partner kind: " + kind);
        }
        return organisations.findAll(DirectorySpecifications.organisations(
                new OrganisationFilter(text, kind, null, false)), pageable);
    }

    /** An active CEP operator or partner employer, as {@link #searchPartners} offers it. */
    public Optional<Organisation> findPartner(long id, OrganisationKind kind) {
        currentUser.require();
        return organisations.findById(id).filter(o -> o.getKind() == kind && PARTNER_KINDS.contains(kind)
                && o.isActive());
    }

    public Optional<Organisation> findOrganisation(long id) {
        CurrentUser user = currentUser.require();
        return user.canSee(id) ? organisations.findById(id) : Optional.empty();
    }

    @Transactional
    public Organisation createOrganisation(OrganisationData data) {
        currentUser.requireRole(Role.ADMIN);
        return newOrganisation(data);
    }

    private Organisation newOrganisation(OrganisationData data) {
        Commune commune = checkOrganisation(data, null);
        return organisations.save(new Organisation(data, commune));
    }

    @Transactional
    public Organisation updateOrganisation(long id, OrganisationData data) {
        currentUser.requireRole(Role.ADMIN);
        Organisation organisation = organisations.findById(id).orElseThrow(() -> notFound("organisation"));
        StaleEdit.check(data.getVersion(), organisation.getVersion());
        Commune commune = checkOrganisation(data, id);
        if (organisation.getKind() != data.getKind()) {
            users.findAll(DirectorySpecifications.users(new UserFilter(null, null, id, true),
                    currentUser.require())).stream()
                    .filter(u -> !data.getKind().allows(u.getRole()))
                    .findFirst()
                    .ifPresent(u -> {
                        throw InvalidInputException.of("kind", "Impossible de changer le type : le compte "
                                + u.getEmail() + " a un rôle qui n'existe pas dans ce type d'organisation.");
                    });
        }
        organisation.apply(data, commune);
        return organisation;
    }

    /** Deactivates or reactivates an organisation; the accounts of an inactive organisation cannot log in. */
    @Transactional
    public Organisation setOrganisationActive(long id, boolean active) {
        CurrentUser admin = currentUser.requireRole(Role.ADMIN);
        if (!active && admin.organisationId() == id) {
            throw InvalidInputException.of("", "Vous ne pouvez pas désactiver votre propre organisation.");
        }
        Organisation organisation = organisations.findById(id).orElseThrow(() -> notFound("organisation"));
        organisation.setActive(active);
        users.findAll(DirectorySpecifications.users(new UserFilter(null, null, id, true), admin))
                .forEach(account -> events.publishEvent(UserAccountChanged.of(account)));
        return organisation;
    }

    private Commune checkOrganisation(OrganisationData data, Long id) {
        validation.check(data);
        if (data.getKind() == OrganisationKind.SIAE && data.getSiaeKind() == null) {
            throw InvalidInputException.of("siaeKind", "Précisez le type de SIAE (EI, AI, ACI, ETTI ou EITI).");
        }
        boolean duplicate = id == null
                ? organisations.existsBySiret(data.getSiret())
                : organisations.existsBySiretAndIdNot(data.getSiret(), id);
        if (duplicate) {
            throw InvalidInputException.of("siret", "Ce SIRET est déjà celui d'une autre organisation.");
        }
        return referenceData.requireCommune(data.getCommuneCode(), "communeCode");
    }

    // --- User accounts -------------------------------------------------------------------------------------

    public Page<UserAccount> searchUsers(UserFilter filter, Pageable pageable) {
        return users.findAll(DirectorySpecifications.users(filter, currentUser.require()), pageable);
    }

    /** The accounts of these ids that the acting user may see (inactive ones too), in no order. */
    public List<UserAccount> findVisibleUsers(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return users.findAll(DirectorySpecifications.users(new UserFilter(null, null, null, true),
                currentUser.require()).and((root, query, cb) -> root.get("id").in(ids)));
    }

    public long countUsers(UserFilter filter) {
        return users.count(DirectorySpecifications.users(filter, currentUser.require()));
    }

    @Transactional
    public UserAccount createUser(UserData data) {
        currentUser.requireRole(Role.ADMIN);
        return newUser(data);
    }

    /** Whether an administrator can log in. */
    public boolean hasActiveAdministrator() {
        return users.existsByRoleAndActiveTrue(Role.ADMIN);
    }

    /**
     * The first administrator of a database that has none (production without the demo data), with the network
     * organisation they belong to: found by its SIRET, or created. The same checks as the administrators' forms.
     * Nothing is created, and nothing returned, once an active administrator exists.
     */
    @Transactional
    public Optional<UserAccount> createFirstAdministrator(OrganisationData network, UserData administrator) {
        if (hasActiveAdministrator()) {
            return Optional.empty();
        }
        network.setKind(OrganisationKind.NETWORK);
        Optional<Organisation> existing = organisations.findBySiret(network.getSiret());
        if (existing.isPresent() && (existing.get().getKind() != OrganisationKind.NETWORK
                || !existing.get().isActive())) {
            throw InvalidInputException.of("siret", "Ce SIRET est celui d'une organisation qui n'est pas un réseau "
                    + "actif : un administrateur appartient au réseau.");
        }
        Organisation organisation = existing.orElseGet(() -> newOrganisation(network));
        administrator.setRole(Role.ADMIN);
        administrator.setOrganisationId(organisation.getId());
        return Optional.of(newUser(administrator));
    }

    private UserAccount newUser(UserData data) {
        // The fields' errors and the password's together: the form is not refused in rounds.
        Map<String, String> errors = new LinkedHashMap<>(validation.errors(data));
        passwordPolicy.refusal(data.getInitialPassword(), data.getEmail(), data.getFullName())
                .ifPresent(message -> errors.putIfAbsent("initialPassword", message));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Organisation organisation = checkUser(data, null);
        UserAccount account = users.save(
                new UserAccount(data, organisation, passwordEncoder.encode(data.getInitialPassword())));
        events.publishEvent(UserAccountChanged.of(account));
        return account;
    }

    @Transactional
    public UserAccount updateUser(long id, UserData data) {
        CurrentUser admin = currentUser.requireRole(Role.ADMIN);
        UserAccount account = users.findById(id).orElseThrow(() -> notFound("compte"));
        StaleEdit.check(data.getVersion(), account.getVersion());
        Organisation organisation = checkUser(data, id);
        if (admin.accountId() == id && data.getRole() != Role.ADMIN) {
            throw InvalidInputException.of("role", "Vous ne pouvez pas retirer votre propre rôle d'administrateur.");
        }
        String newPassword = data.getInitialPassword();
        boolean passwordGiven = newPassword != null && !newPassword.isEmpty();
        if (passwordGiven) {
            if (admin.accountId() == id) {
                throw InvalidInputException.of("initialPassword", "Changez votre propre mot de passe dans « Mon compte » "
                        + "(il y faut l'actuel).");
            }
            passwordPolicy.check(newPassword, "initialPassword", data.getEmail(), data.getFullName());
        }
        account.apply(data, organisation);
        if (passwordGiven) {
            account.givePassword(passwordEncoder.encode(newPassword));
        }
        events.publishEvent(UserAccountChanged.of(account));
        return account;
    }

    @Transactional
    public UserAccount setUserActive(long id, boolean active) {
        CurrentUser admin = currentUser.requireRole(Role.ADMIN);
        if (!active && admin.accountId() == id) {
            throw InvalidInputException.of("", "Vous ne pouvez pas désactiver votre propre compte.");
        }
        UserAccount account = users.findById(id).orElseThrow(() -> notFound("compte"));
        account.setActive(active);
        events.publishEvent(UserAccountChanged.of(account));
        return account;
    }

    /**
     * The acting user changes their own password, proving they know the current one: wrong ones are counted with the
     * login's ({@link LoginThrottle}), so that an open session is no way round its lock.
     */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword, String confirmation) {
        CurrentUser user = currentUser.require();
        UserAccount account = users.findById(user.accountId()).orElseThrow(() -> notFound("compte"));
        if (loginThrottle.isLocked(account.getEmail())) {
            throw InvalidInputException.of("currentPassword", "Trop de mots de passe erronés : réessayez plus tard.");
        }
        // What the form's fields say, all at once, before the current password is checked (and counted if wrong).
        Map<String, String> errors = new LinkedHashMap<>();
        if (currentPassword == null || currentPassword.isEmpty()) {
            errors.put("currentPassword", "Indiquez votre mot de passe actuel.");
        }
        passwordPolicy.refusal(newPassword, account.getEmail(), account.getFullName())
                .ifPresent(message -> errors.put("newPassword", message));
        if (newPassword != null && newPassword.equals(currentPassword)) {
            errors.putIfAbsent("newPassword", "Le nouveau mot de passe doit différer de l'actuel.");
        }
        if (newPassword == null || !newPassword.equals(confirmation)) {
            errors.put("confirmation", "La confirmation ne correspond pas au nouveau mot de passe.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            loginThrottle.recordFailure(account.getEmail());
            throw InvalidInputException.of("currentPassword", "Le mot de passe actuel est incorrect.");
        }
        String hash = passwordEncoder.encode(newPassword);
        account.changeOwnPassword(hash);
        OwnPasswordChange.keepThisSession(hash);
    }

    /**
     * Whether the acting user's password was given by an administrator (a new account, a lost password): they choose
     * their own before anything else.
     */
    public boolean mustChangeOwnPassword() {
        return users.findById(currentUser.require().accountId()).map(UserAccount::isPasswordChangeRequired)
                .orElse(false);
    }

    private Organisation checkUser(UserData data, Long id) {
        validation.check(data);
        String email = UserData.normalizeEmail(data.getEmail());
        boolean duplicate = id == null ? users.existsByEmail(email) : users.existsByEmailAndIdNot(email, id);
        if (duplicate) {
            throw InvalidInputException.of("email", "Cette adresse e-mail est déjà utilisée par un autre compte.");
        }
        Organisation organisation = organisations.findById(data.getOrganisationId())
                .orElseThrow(() -> InvalidInputException.of("organisationId", "Organisation inconnue."));
        if (!organisation.getKind().allows(data.getRole())) {
            throw InvalidInputException.of("role",
                    "Ce rôle n'existe pas dans ce type d'organisation : choisissez un autre rôle ou une autre "
                            + "organisation.");
        }
        return organisation;
    }

    /**
     * The acting user's own account and organisation, as references for new rows that point to them: they are not
     * read (the logged-in user's ids are known, and the database checks the keys).
     */
    public UserAccount currentAccountReference() {
        return users.getReferenceById(currentUser.require().accountId());
    }

    public Organisation currentOrganisationReference() {
        return organisations.getReferenceById(currentUser.require().organisationId());
    }

    /** The e-mail addresses of an organisation's active accounts, for notifications about its work. */
    public List<String> notificationEmails(long organisationId) {
        return users.findActiveEmails(organisationId);
    }

    /** The addresses of the active accounts of one role in an organisation (e.g. an SIAE's directors). */
    public List<String> notificationEmails(long organisationId, Role role) {
        return users.findActiveEmailsOfRole(organisationId, role);
    }

    /** The addresses of every active account of one role on the platform (e.g. the network's coordinators). */
    public List<String> notificationEmails(Role role) {
        return users.findActiveEmailsOfRole(role);
    }

    /** The active accounts of an organisation, by name. */
    public List<UserAccount> activeAccountsOf(long organisationId) {
        return users.findActiveOf(organisationId);
    }

    // --- Persons -------------------------------------------------------------------------------------------

    public Page<Person> searchPersons(String text, Pageable pageable) {
        return persons.findAll(DirectorySpecifications.persons(text, currentUser.require()), pageable);
    }

    public long countPersons(String text) {
        return persons.count(DirectorySpecifications.persons(text, currentUser.require()));
    }

    /**
     * The person of this id whoever acts: for what the platform does by itself on someone's behalf (a badge a learning
     * rule awards when a tiers-lieu records a day), never to show a person to a user (see {@link #findPerson}).
     */
    public Optional<Person> findPersonForTheSystem(long id) {
        return persons.findById(id);
    }

    /** The account of this id whoever acts, under the same terms as {@link #findPersonForTheSystem}. */
    public Optional<UserAccount> findAccountForTheSystem(long id) {
        return users.findById(id);
    }

    /** The account of this e-mail (as typed: trimmed, any case), for a coordinator's import of outside records. */
    @Transactional(readOnly = true)
    public Optional<UserAccount> findAccountByEmail(String email) {
        currentUser.requireRole(Role.COORDINATOR, Role.ADMIN);
        return email == null ? Optional.empty() : users.findByEmail(email.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** An organisation, whoever acts (a nightly job names the owner of a resource). */
    @Transactional(readOnly = true)
    public Optional<Organisation> findOrganisationForTheSystem(long id) {
        return organisations.findById(id);
    }

    /** The names of these organisations, which every user may read (who organises a session, a course). */
    @Transactional(readOnly = true)
    public Map<Long, String> organisationNames(Collection<Long> ids) {
        currentUser.require();
        Map<Long, String> names = new java.util.HashMap<>();
        organisations.findAllById(ids).forEach(o -> names.put(o.getId(), o.getName()));
        return names;
    }

    public Optional<Person> findPerson(long id) {
        CurrentUser user = currentUser.require();
        return persons.findById(id).filter(p -> user.canSee(p.getOrganisation().getId()));
    }

    /** Persons the acting user may see with the same name and birth date: probably the same person. */
    public List<Person> findPossibleDuplicates(String firstName, String lastName, LocalDate birthDate) {
        if (firstName == null || lastName == null || birthDate == null) {
            return List.of();
        }
        String searchName = SearchText.normalize(lastName + " " + firstName);
        CurrentUser user = currentUser.require();
        // A query written once (a criteria query is translated at each call), scoped like findPerson.
        return persons.findByNameAndBirthDate(searchName, birthDate).stream()
                .filter(p -> user.canSee(p.getOrganisation().getId())).toList();
    }

    /** A new person file, followed by the acting user's organisation. */
    @Transactional
    public Person createPerson(PersonData data) {
        currentUser.requireRole(Role.CEP_ADVISER, Role.SIAE_DIRECTOR, Role.SIAE_STAFF, Role.COORDINATOR, Role.ADMIN);
        validation.check(data);
        Commune commune = referenceData.requireCommune(data.getCommuneCode(), "communeCode");
        Person person = persons.save(new Person(data, commune, currentOrganisationReference()));
        record(person.getId(), PersonFileEntry.Action.CHANGE, "Fiche de la personne créée");
        return person;
    }

    /**
     * Everything that keeps a new person file from being created, read without writing, for a form that reports its
     * person's errors together with its own and then calls {@link #createPerson}: a person of the same name and birth
     * date already followed, unless the user confirmed it is another ({@code personId}), and the fields' own errors,
     * whose keys carry {@code fieldPrefix} (e.g. "newPerson."), the name of the person's fields in the caller's form.
     */
    public Map<String, String> newPersonErrors(PersonData data, boolean notADuplicate, String fieldPrefix) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!findPossibleDuplicates(data.getFirstName(), data.getLastName(), data.getBirthDate()).isEmpty()
                && !notADuplicate) {
            errors.put("personId", "Une personne du même nom, née le " + DATE.format(data.getBirthDate())
                    + ", est déjà suivie : choisissez-la dans la liste, ou confirmez qu'il s'agit d'une autre "
                    + "personne.");
        }
        validation.errors(data).forEach((field, message) -> errors.put(fieldPrefix + field, message));
        referenceData.findCommune(data.getCommuneCode(), fieldPrefix + "communeCode", errors);
        return errors;
    }

    @Transactional
    public Person updatePerson(long id, PersonData data) {
        Person person = findPerson(id).orElseThrow(() -> notFound("personne"));
        StaleEdit.check(data.getVersion(), person.getVersion());
        validation.check(data);
        person.apply(data, referenceData.requireCommune(data.getCommuneCode(), "communeCode"));
        record(id, PersonFileEntry.Action.CHANGE, "Fiche de la personne modifiée");
        return person;
    }

    /** The person's form, to read or edit it: the opening goes into the file's journal. */
    @Transactional
    public PersonData openPerson(long id) {
        Person person = findPerson(id).orElseThrow(() -> notFound("personne"));
        record(id, PersonFileEntry.Action.READ, "Fiche de la personne");
        return person.toData();
    }

    /**
     * Writes into the journal of a person's file that the acting user has opened part of it (a referral, say), in the
     * caller's transaction, which must not be read-only (PostgreSQL would refuse the write).
     */
    @Transactional
    public void recordRead(long personId, String what) {
        record(personId, PersonFileEntry.Action.READ, what);
    }

    /** The journal of a person's file, latest first: for administrators, who answer the persons' requests. */
    public List<PersonFileEntry> personFileLog(long personId) {
        currentUser.requireRole(Role.ADMIN);
        return fileLog.findByPersonIdOrderByAtDescIdDesc(personId);
    }

    /**
     * Everything the platform holds about a person, in one JSON file (the RGPD right of access): their form, the
     * journal of their file, and each feature's section ({@link PersonalData}). For administrators, who answer such
     * requests; the export is written in the file's journal.
     */
    @Transactional
    public byte[] exportPersonalData(long personId) {
        currentUser.requireRole(Role.ADMIN);
        Person p = persons.findById(personId)
                .orElseThrow(() -> InvalidInputException.of("", "Cette personne n'existe pas ou plus."));
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("exporteLe", Instant.now().toString());
        export.put("exportePar", currentUser.signature());
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("prenom", p.getFirstName());
        form.put("nom", p.getLastName());
        form.put("dateDeNaissance", p.getBirthDate() == null ? null : p.getBirthDate().toString());
        form.put("email", p.getEmail());
        form.put("telephone", p.getPhone());
        form.put("commune", p.getCommune() == null ? null : p.getCommune().getName());
        form.put("organisation", p.getOrganisation().getName());
        form.put("creeLe", p.getCreatedAt().toString());
        export.put("personne", form);
        export.put("journalDuDossier", fileLog.findByPersonIdOrderByAtDescIdDesc(personId).stream().map(e -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("le", e.getAt().toString());
            entry.put("par", e.getActor());
            entry.put("action", e.getAction().name());
            entry.put("quoi", e.getWhat());
            return entry;
        }).toList());
        personalData.orderedStream().sorted(java.util.Comparator.comparingInt(PersonalData::order))
                .forEach(section -> export.put(section.section(), section.of(personId)));
        recordRead(personId, "Export de toutes ses données");
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(export);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * For the retention purge of closed files only: the next persons after {@code afterId}, by id, created before the
     * cutoff and whose form has not changed since.
     */
    public List<Long> personsUnchangedSince(Instant cutoff, long afterId, int limit) {
        return persons.findUnchangedSince(cutoff, afterId, Limit.of(limit));
    }

    /**
     * For the retention purge of closed files only, once their referrals are gone: deletes these persons' forms and
     * their files' journals.
     */
    @Transactional
    public void deletePersons(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            fileLog.deleteByPersonIds(ids);
            persons.deleteByIds(ids);
        }
    }

    private void record(long personId, PersonFileEntry.Action action, String what) {
        fileLog.save(new PersonFileEntry(persons.getReferenceById(personId), currentUser.signature(), action, what));
    }

    private static AccessDeniedException notFound(String what) {
        return new AccessDeniedException("Fiche introuvable ou hors de votre périmètre (" + what + ").");
    }
}
