package fr.pepites.badges;

import fr.pepites.badges.BadgeRows.AchievementRow;
import fr.pepites.badges.BadgeRows.AwardRequest;
import fr.pepites.badges.BadgeRows.CredentialPage;
import fr.pepites.badges.BadgeRows.CredentialRow;
import fr.pepites.badges.BadgeRows.HolderBadges;
import fr.pepites.badges.BadgeRows.IssuedFilter;
import fr.pepites.badges.BadgeRows.KeyRow;
import fr.pepites.badges.BadgeRows.PathProgress;
import fr.pepites.badges.BadgeRows.PendingProposal;
import fr.pepites.badges.BadgeRows.RecipientOption;
import fr.pepites.badges.BadgeRows.TwinningEarners;
import fr.pepites.badges.credential.BakedImages;
import fr.pepites.badges.credential.OpenBadgeCredential;
import fr.pepites.badges.process.BadgeProcess;
import fr.pepites.common.Csv;
import fr.pepites.common.InvalidInputException;
import fr.pepites.common.PublicAddress;
import fr.pepites.common.StaleEdit;
import fr.pepites.common.TextLimit;
import fr.pepites.common.WebLink;
import fr.pepites.directory.DirectoryService;
import fr.pepites.directory.Organisation;
import fr.pepites.directory.OrganisationKind;
import fr.pepites.directory.Person;
import fr.pepites.directory.UserAccount;
import fr.pepites.directory.UserFilter;
import fr.pepites.parcours.BadgeProposal;
import fr.pepites.parcours.ParcoursService;
import fr.pepites.reference.ReferenceDataService;
import fr.pepites.security.CurrentUser;
import fr.pepites.security.CurrentUserProvider;
import fr.pepites.security.Role;
import fr.pepites.twinning.Participant;
import fr.pepites.twinning.Twinning;
import fr.pepites.twinning.TwinningFilter;
import fr.pepites.twinning.TwinningRow;
import fr.pepites.twinning.TwinningService;
import fr.pepites.twinning.TwinningStatus;
import jakarta.json.JsonObject;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.stream.Stream;
import java.util.function.Function;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entry point of the badges feature (DESIGN.md, "Open Badges 3.0"): the achievements and modular paths, the issuers'
 * keys, the award of signed Open Badges 3.0 credentials (by hand, from the parcours' badge proposals, from a
 * twinning's earners, and the path badges that follow by themselves), their revocation, their public pages and files,
 * the verification of any credential, and the lists of badges issued. Each user action is one transaction: a bulk
 * award issues every credential or none. Achievements and awards are the network staff's (any issuer) and the SIAE
 * directors' (their own organisation's achievements).
 */
@Service
public class BadgeService {

    /** The largest badge image (PNG or SVG) an achievement takes. */
    public static final int MAX_IMAGE = BadgeImages.MAX_BYTES;
    /** The longest validity of an achievement, in months from the award (ten years); none means no expiry. */
    public static final int MAX_VALIDITY_MONTHS = 120;

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final int MAX_NAME = 200;
    private static final int MAX_TEXT = 2000;
    private static final int MAX_CRITERIA = 4000;
    private static final String PATH_ISSUER = "PEPITES (parcours modulaire complet)";
    private static final String RULE_ISSUER = "PEPITES (règle d'attribution du relevé de formation)";

    private final AchievementRepository achievements;
    private final CredentialRepository credentials;
    private final IssuerKeyRepository keys;
    private final ProposalDecisionRepository decisions;
    private final IssuerKeys issuerKeys;
    private final CredentialVerifier verifier;
    private final DirectoryService directory;
    private final ParcoursService parcours;
    private final TwinningService twinnings;
    private final RuntimeService runtime;
    private final ReferenceDataService referenceData;
    private final CurrentUserProvider currentUser;
    private final PublicAddress address;
    private final SecureRandom random = new SecureRandom();

    BadgeService(AchievementRepository achievements, CredentialRepository credentials, IssuerKeyRepository keys,
            ProposalDecisionRepository decisions, IssuerKeys issuerKeys, CredentialVerifier verifier,
            DirectoryService directory, ParcoursService parcours, TwinningService twinnings, RuntimeService runtime,
            ReferenceDataService referenceData, CurrentUserProvider currentUser,
            PublicAddress address) {
        this.achievements = achievements;
        this.credentials = credentials;
        this.keys = keys;
        this.decisions = decisions;
        this.issuerKeys = issuerKeys;
        this.verifier = verifier;
        this.directory = directory;
        this.parcours = parcours;
        this.twinnings = twinnings;
        this.runtime = runtime;
        this.referenceData = referenceData;
        this.currentUser = currentUser;
        this.address = address;
    }

    // --- Achievements and paths ----------------------------------------------------------------------------------

    /** The active achievements the acting user may award (all of them for network staff), by name. */
    @Transactional(readOnly = true)
    public List<AchievementRow> achievements() {
        return achievements(null, null, false);
    }

    /**
     * The achievements the acting user keeps (all for network staff), by name: of this kind if given, whose name or
     * issuer contains the text if given, the inactive ones too if asked.
     */
    @Transactional(readOnly = true)
    public List<AchievementRow> achievements(String text, BadgeKind kind, boolean includeInactive) {
        CurrentUser user = requireIssuerRole();
        String wanted = blank(text) ? null : text.trim().toLowerCase(java.util.Locale.ROOT);
        return achievements.findAll(Sort.by("name")).stream()
                .filter(a -> (includeInactive || a.isActive()) && user.canSee(a.getIssuer().getId()))
                .filter(a -> kind == null || a.getKind() == kind)
                .filter(a -> wanted == null || a.getName().toLowerCase(java.util.Locale.ROOT).contains(wanted)
                        || a.getIssuer().getName().toLowerCase(java.util.Locale.ROOT).contains(wanted))
                .map(AchievementRow::of).toList();
    }

    /** The achievements a person or an account holds now (credentials neither revoked nor expired). */
    @Transactional(readOnly = true)
    public Set<Long> achievementsHeldBy(Long personId, Long accountId) {
        Instant now = Instant.now();
        return (personId != null ? credentials.findOfPerson(personId) : credentials.findOfAccount(accountId)).stream()
                .filter(c -> !c.isRevoked() && !c.isExpired(now)).map(c -> c.getAchievement().getId())
                .collect(Collectors.toSet());
    }

    /** The names of these achievements (public, as their pages are), by id; unknown ids left out. */
    @Transactional(readOnly = true)
    public Map<Long, String> achievementNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        achievements.findAllById(ids).forEach(a -> names.put(a.getId(), a.getName()));
        return names;
    }

    /** The achievement as its form shows it, if the acting user may edit it. */
    @Transactional(readOnly = true)
    public Optional<AchievementData> achievementData(long id) {
        CurrentUser user = requireIssuerRole();
        return achievements.findById(id).filter(a -> user.canSee(a.getIssuer().getId()))
                .map(a -> new AchievementData(a.getIssuer().getId(), a.getKind(), a.getName(), a.getDescription(),
                        a.getCriteria(), null, a.getValidityMonths(), a.isRepeatable(), a.isActive(),
                        a.getAlignments(), a.getMembers().stream().map(Achievement::getId).collect(Collectors.toSet()),
                        a.getRequiredMembers(), a.getVersion()));
    }

    /**
     * The organisations the acting user may issue badges for: their own, or for network staff their own first, then
     * every active SIAE, tiers-lieu and training body by name.
     */
    @Transactional(readOnly = true)
    public List<Organisation> issuers() {
        CurrentUser user = requireIssuerRole();
        if (!user.seesAllOrganisations()) {
            return directory.findOrganisation(user.organisationId()).stream().toList();
        }
        return directory.searchOrganisations(new fr.pepites.directory.OrganisationFilter(null, null, null, false),
                PageRequest.of(0, 1000, Sort.by("name"))).getContent().stream()
                .filter(o -> o.getKind() == OrganisationKind.NETWORK || o.getKind() == OrganisationKind.SIAE
                        || o.getKind() == OrganisationKind.TIERS_LIEU || o.getKind() == OrganisationKind.TRAINING_BODY)
                .sorted(java.util.Comparator.comparing((Organisation o) -> o.getId() != user.organisationId()))
                .toList();
    }

    /** Creates ({@code id} null) or changes an achievement; returns its id. */
    @Transactional
    public long saveAchievement(Long id, AchievementData data) {
        CurrentUser user = requireIssuerRole();
        Map<String, String> errors = new LinkedHashMap<>();
        if (data.issuerId() == null) {
            errors.put("issuer", "Choisissez l'organisation qui délivre ce badge.");
        } else if (!user.canSee(data.issuerId())) {
            errors.put("issuer", "Vous ne pouvez délivrer des badges qu'au nom de votre organisation.");
        }
        if (data.kind() == null) {
            errors.put("kind", "Choisissez le type de badge.");
        }
        required(errors, "name", data.name(), MAX_NAME, "Le nom du badge est obligatoire.");
        required(errors, "description", data.description(), MAX_TEXT, "La description est obligatoire.");
        TextLimit.check(errors, "criteria", data.criteria(), MAX_CRITERIA);
        if (data.validityMonths() != null && (data.validityMonths() < 1
                || data.validityMonths() > MAX_VALIDITY_MONTHS)) {
            errors.put("validityMonths", "La durée de validité est comprise entre 1 et " + MAX_VALIDITY_MONTHS
                    + " mois (ou vide).");
        }
        for (Alignment a : data.alignments()) {
            if (blank(a.getName()) || blank(a.getFramework()) || !WebLink.isValid(a.getUrl())) {
                errors.put("alignments", "Chaque alignement a un référentiel, un intitulé et une adresse web.");
            }
        }
        Set<Achievement> members = new HashSet<>();
        if (data.kind() == BadgeKind.PATH) {
            members.addAll(achievements.findAllById(data.memberIds()));
            if (members.size() < 2) {
                errors.put("members", "Un parcours modulaire réunit au moins deux badges.");
            } else if (id != null && members.stream().anyMatch(m -> m.getId().equals(id))) {
                errors.put("members", "Un parcours ne peut pas se contenir lui-même.");
            } else if (members.stream().anyMatch(m -> m.getKind() == BadgeKind.PATH)) {
                errors.put("members", "Un parcours réunit des badges, pas d'autres parcours.");
            } else if (data.requiredMembers() != null
                    && (data.requiredMembers() < 1 || data.requiredMembers() > members.size())) {
                errors.put("requiredMembers", "Le nombre de badges requis va de 1 à " + members.size()
                        + " (le nombre de badges du parcours) ; laissez vide pour tous.");
            }
        }
        AchievementData.BadgeImage image = null;
        if (data.image() != null) {
            try {
                image = BadgeImages.check(data.image());
            } catch (InvalidInputException e) {
                errors.putAll(e.fieldErrors());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Organisation issuer = directory.findOrganisation(data.issuerId()).orElseThrow();
        Achievement achievement;
        if (id == null) {
            achievement = new Achievement(issuer);
        } else {
            achievement = achievements.findById(id).filter(a -> user.canSee(a.getIssuer().getId()))
                    .orElseThrow(() -> InvalidInputException.of("", "Ce badge n'existe pas ou plus."));
            StaleEdit.check(data.version(), achievement.getVersion());
        }
        boolean heldOnce = achievement.isHeldOnce();
        achievement.update(new AchievementData(data.issuerId(), data.kind(), data.name(), data.description(),
                data.criteria(), image, data.validityMonths(), data.repeatable(), data.active(), data.alignments(),
                data.memberIds(), data.requiredMembers(), data.version()), issuer, members);
        if (id != null && heldOnce != achievement.isHeldOnce()) {
            recountHoldings(achievement);
        }
        return achievements.save(achievement).getId();
    }

    /**
     * After a badge becomes held once, the newest credential that counts of each holder holds it (as the migration
     * V20 did for the credentials then issued); after it becomes repeatable, none does.
     */
    private void recountHoldings(Achievement achievement) {
        Set<String> holders = new HashSet<>();
        for (Credential c : credentials.findOfAchievement(achievement.getId())) {
            String holding = Credential.holdingOf(achievement, c.getPerson(), c.getAccount());
            c.hold(achievement.isHeldOnce() && !c.isRevoked() && holding != null && holders.add(holding));
        }
    }

    /** The achievement's picture (its image, or its medallion), for its public page; empty if unknown. */
    @Transactional(readOnly = true)
    public Optional<BadgeImages.Image> achievementImage(long id) {
        return achievements.findById(id).map(BadgeImages::of);
    }

    /** ROME codes whose job titles match the text, as alignments (one per code). */
    @Transactional(readOnly = true)
    public List<Alignment> romeAlignments(String text, int limit) {
        Map<String, Alignment> byCode = new LinkedHashMap<>();
        referenceData.searchJobTitles(text, PageRequest.of(0, limit * 3)).forEach(j ->
                byCode.putIfAbsent(j.getRome().getCode(),
                        Alignment.rome(j.getRome().getCode(), j.getRome().getName())));
        return byCode.values().stream().limit(limit).toList();
    }

    // --- Issuer keys ---------------------------------------------------------------------------------------------

    /** The organisation's keys, newest first, with how many credentials each signed. */
    @Transactional(readOnly = true)
    public List<KeyRow> keysOf(long organisationId) {
        CurrentUser user = requireIssuerRole();
        if (!user.canSee(organisationId)) {
            return List.of();
        }
        return keys.findOfOrganisation(organisationId).stream()
                .map(k -> new KeyRow(k.getId(), k.getDid(), k.getCreatedAt(), k.getRetiredAt(), k.getNextIndex()))
                .toList();
    }

    /**
     * Gives the organisation a new signing key; the old one signs nothing new but its revocation list, so the
     * credentials it signed keep verifying.
     */
    @Transactional
    public KeyRow rotateKey(long organisationId) {
        CurrentUser user = requireIssuerRole();
        if (!user.canSee(organisationId)) {
            throw InvalidInputException.of("", "Vous ne pouvez changer que la clé de votre organisation.");
        }
        Organisation organisation = directory.findOrganisation(organisationId)
                .orElseThrow(() -> InvalidInputException.of("", "Cette organisation n'existe pas."));
        IssuerKey key = issuerKeys.rotate(organisation);
        return new KeyRow(key.getId(), key.getDid(), key.getCreatedAt(), null, 0);
    }

    // --- Issuing -------------------------------------------------------------------------------------------------

    /** People the acting user may award badges to whose name contains the text: persons, then staff accounts. */
    @Transactional(readOnly = true)
    public List<RecipientOption> recipients(String text, int limit) {
        requireIssuerRole();
        List<RecipientOption> options = new ArrayList<>();
        directory.searchPersons(text, PageRequest.of(0, limit, Sort.by("lastName", "firstName"))).forEach(p ->
                options.add(new RecipientOption(false, p.getId(), p.getFullName(), p.getEmail(),
                        p.getOrganisation().getName())));
        directory.searchUsers(new UserFilter(text, null, null, false), PageRequest.of(0, limit, Sort.by("fullName")))
                .forEach(u -> options.add(new RecipientOption(true, u.getId(), u.getFullName(), u.getEmail(),
                        u.getOrganisation().getName())));
        return options;
    }

    /** Awards an achievement to persons and staff members, all or none; returns the credentials' public ids. */
    @Transactional
    public List<String> award(AwardRequest request) {
        CurrentUser user = requireIssuerRole();
        Map<String, String> errors = new LinkedHashMap<>();
        if (request.achievementId() == null) {
            throw InvalidInputException.of("achievement", "Choisissez le badge à délivrer.");
        }
        Achievement achievement = awardable(request.achievementId(), user);
        List<Recipient> recipients = new ArrayList<>();
        for (Long id : request.personIds()) {
            directory.findPerson(id).map(Recipient::of).ifPresent(recipients::add);
        }
        directory.findVisibleUsers(request.accountIds()).stream().filter(UserAccount::isActive)
                .forEach(u -> recipients.add(Recipient.of(u)));
        if (recipients.isEmpty()) {
            errors.put("recipients", "Choisissez au moins une personne à qui délivrer le badge.");
        }
        String narrative = trimmed(request.evidenceNarrative());
        String url = trimmed(request.evidenceUrl());
        TextLimit.check(errors, "evidenceNarrative", narrative, MAX_TEXT);
        if (url != null && !WebLink.isValid(url)) {
            errors.put("evidenceUrl", "Le lien de la preuve doit être une adresse web (https://…).");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return issueAll(achievement, recipients, CredentialSource.HAND, null, narrative, url, currentUser.signature())
                .stream().map(Credential::getPublicId).toList();
    }

    /** The parcours' badge proposals not decided yet that the acting user may decide. */
    @Transactional(readOnly = true)
    public List<PendingProposal> pendingProposals() {
        requireIssuerRole();
        Set<Long> decided = decisions.findAll().stream().map(ProposalDecision::getProposalId)
                .collect(Collectors.toSet());
        return parcours.visibleBadgeProposals().stream().filter(p -> !decided.contains(p.getId()))
                .map(p -> new PendingProposal(p.getId(), p.getPerson().getId(), p.getPerson().getFullName(),
                        !blank(p.getPerson().getEmail()), p.getLabel(),
                        p.getJobTitle() == null ? null : p.getJobTitle().getCode(), p.getEvidence(),
                        p.getParcours().businessKey(), p.getParcours().getSiae().getName(), p.getProposedAt(),
                        p.getProposedBy()))
                .toList();
    }

    /** Accepts a proposal: the person receives this achievement, the review's evidence as the badge's evidence. */
    @Transactional
    public String acceptProposal(long proposalId, Long achievementId) {
        CurrentUser user = requireIssuerRole();
        BadgeProposal proposal = undecided(proposalId);
        if (achievementId == null) {
            throw InvalidInputException.of("achievement", "Choisissez le badge à délivrer pour cette compétence.");
        }
        Achievement achievement = awardable(achievementId, user);
        Credential credential = issueAll(achievement, List.of(Recipient.of(proposal.getPerson())),
                CredentialSource.PARCOURS, proposal.getParcours().businessKey(), proposal.getEvidence(), null,
                currentUser.signature()).get(0);
        decisions.save(new ProposalDecision(proposalId, proposal.getPerson().getId(), credential,
                currentUser.signature()));
        return credential.getPublicId();
    }

    /** Dismisses a proposal: no badge, and it leaves the list. */
    @Transactional
    public void dismissProposal(long proposalId) {
        CurrentUser user = requireIssuerRole();
        BadgeProposal proposal = undecided(proposalId);
        decisions.save(new ProposalDecision(proposalId, proposal.getPerson().getId(), null, currentUser.signature()));
    }

    private BadgeProposal undecided(long proposalId) {
        if (decisions.existsById(proposalId)) {
            throw InvalidInputException.of("", "Cette proposition a déjà été traitée.");
        }
        return parcours.visibleBadgeProposals().stream().filter(p -> p.getId() == proposalId).findFirst()
                .orElseThrow(() -> InvalidInputException.of("", "Cette proposition n'existe pas ou plus."));
    }

    /** The closed twinnings the acting user may see that have earners. */
    @Transactional(readOnly = true)
    public List<TwinningEarners> twinningsWithEarners() {
        requireIssuerRole();
        List<TwinningEarners> out = new ArrayList<>();
        for (TwinningRow row : twinnings.search(new TwinningFilter(TwinningStatus.CLOSED, null, null),
                PageRequest.of(0, 200))) {
            List<Participant> earners = twinnings.badgeEarners(row.id());
            if (!earners.isEmpty()) {
                out.add(new TwinningEarners(row.id(), row.businessKey(), row.siaeName(), row.tiersLieuName(),
                        earners.stream().map(Participant::getName).toList(),
                        credentials.countBySourceAndSourceRefAndRevokedAtIsNull(CredentialSource.TWINNING,
                                row.businessKey())));
            }
        }
        return out;
    }

    /** Awards a twinning badge to every earner of a closed twinning at once (those who hold it already excepted). */
    @Transactional
    public List<String> awardTwinningEarners(long twinningId, Long achievementId) {
        CurrentUser user = requireIssuerRole();
        if (achievementId == null) {
            throw InvalidInputException.of("achievement", "Choisissez le badge de jumelage à délivrer.");
        }
        Achievement achievement = awardable(achievementId, user);
        List<Participant> earners = twinnings.badgeEarners(twinningId);
        if (earners.isEmpty()) {
            throw InvalidInputException.of("", "Ce jumelage n'est pas clos ou personne n'y a gagné le badge.");
        }
        List<Recipient> recipients = new ArrayList<>();
        for (Participant p : earners) {
            Optional<Recipient> recipient = p.isEmployee()
                    ? directory.findPerson(p.getPersonId()).map(Recipient::of)
                    : directory.findVisibleUsers(List.of(p.getAccountId())).stream().findFirst().map(Recipient::of);
            recipient.filter(r -> achievement.isRepeatable() || !holds(r, achievement)).ifPresent(recipients::add);
        }
        if (recipients.isEmpty()) {
            throw InvalidInputException.of("", "Tous les participants de ce jumelage ont déjà ce badge.");
        }
        String businessKey = Twinning.businessKeyOf(twinningId);
        return issueAll(achievement, recipients, CredentialSource.TWINNING, businessKey,
                "Présent au moins trois jours sur quatre au jumelage " + businessKey + ".", null,
                currentUser.signature())
                .stream().map(Credential::getPublicId).toList();
    }

    /**
     * Issues an achievement that an award rule over the learning ledger says the learner earned, in the caller's
     * transaction (the one writing the ledger rows): signed and e-mailed like any other, its evidence the rows that
     * earned it, and the paths it completes with it. The credential's public id; empty when the learner cannot receive
     * it now (no e-mail address, an inactive account, the badge deactivated or a path, held already and not
     * repeatable, this platform's address not configured): the rule tries again at the learner's next activity.
     */
    @Transactional
    public Optional<String> issueEarned(long achievementId, Long personId, Long accountId, String evidence,
            String ruleRef) {
        return issueEarned(List.of(new Earned(achievementId, personId, accountId, evidence, ruleRef))).get(0);
    }

    /** An achievement an award rule says a learner earned, with the evidence and the rule's reference. */
    public record Earned(long achievementId, Long personId, Long accountId, String evidence, String ruleRef) {
    }

    /**
     * The same for several (an attendance sheet's), their credentials signed on the available cores: for each, in
     * order, its credential's public id or empty.
     */
    @Transactional
    public List<Optional<String>> issueEarned(List<Earned> earned) {
        List<Issue> issues = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        Set<String> inThisBatch = new HashSet<>();
        Map<Long, IssuerKey> keyOf = new HashMap<>();
        for (int n = 0; n < earned.size(); n++) {
            Earned e = earned.get(n);
            Optional<Achievement> achievement = achievements.findById(e.achievementId()).filter(Achievement::isActive)
                    .filter(a -> a.getKind() != BadgeKind.PATH);
            Optional<Recipient> recipient = e.personId() != null
                    ? directory.findPersonForTheSystem(e.personId()).map(Recipient::of)
                    : directory.findAccountForTheSystem(e.accountId()).filter(UserAccount::isActive)
                            .map(Recipient::of);
            if (achievement.isEmpty() || recipient.isEmpty() || !recipient.get().hasEmail()
                    || !address.signsCredentials()
                    || (!achievement.get().isRepeatable() && (holds(recipient.get(), achievement.get())
                            || !inThisBatch.add(e.achievementId() + "|" + e.personId() + "|" + e.accountId())))) {
                continue;
            }
            Achievement a = achievement.get();
            IssuerKey key = keyOf.computeIfAbsent(a.getIssuer().getId(), id -> issuerKeys.currentOf(a.getIssuer()));
            issues.add(new Issue(a, recipient.get(), key, CredentialSource.LEARNING, e.ruleRef(), e.evidence(), null,
                    RULE_ISSUER));
            positions.add(n);
        }
        List<Credential> issued = issueMany(issues);
        List<Optional<String>> out = new ArrayList<>(Collections.nCopies(earned.size(), Optional.<String>empty()));
        for (int n = 0; n < issued.size(); n++) {
            completePaths(issues.get(n).achievement(), issues.get(n).recipient());
            out.set(positions.get(n), Optional.of(issued.get(n).getPublicId()));
        }
        return out;
    }

    /** The achievement, if the user may award it; a French message why not otherwise. */
    private Achievement awardable(long achievementId, CurrentUser user) {
        Achievement a = achievements.findById(achievementId).filter(x -> user.canSee(x.getIssuer().getId()))
                .orElseThrow(() -> InvalidInputException.of("achievement", "Ce badge n'existe pas ou plus."));
        if (!a.isActive()) {
            throw InvalidInputException.of("achievement", "Ce badge est désactivé : il n'est plus délivré.");
        }
        if (a.getKind() == BadgeKind.PATH) {
            throw InvalidInputException.of("achievement",
                    "Le badge d'un parcours modulaire se délivre seul, quand tous ses badges sont obtenus.");
        }
        if (blank(a.getCriteria())) {
            throw InvalidInputException.of("achievement",
                    "Ce badge n'a pas de critères d'obtention : complétez-le avant de le délivrer.");
        }
        return a;
    }

    /** Issues the achievement to each recipient, checked first so that nothing is issued if one cannot be. */
    private List<Credential> issueAll(Achievement achievement, List<Recipient> recipients, CredentialSource source,
            String sourceRef, String narrative, String url, String issuedBy) {
        // Refused before anything is written (a key created, say); IssuerKeys refuses to sign without it anyway.
        address.forCredentials();
        Map<String, String> errors = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (Recipient r : recipients) {
            if (!r.hasEmail()) {
                errors.put("recipients", r.name() + " n'a pas d'adresse e-mail : complétez sa fiche avant de lui "
                        + "délivrer un badge (le badge est lié à son adresse).");
            } else if (!seen.add(r.email().trim().toLowerCase())) {
                errors.put("recipients", r.name() + " est choisi deux fois.");
            } else if (!achievement.isRepeatable() && holds(r, achievement)) {
                errors.put("recipients", alreadyHolds(r, achievement));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        IssuerKey key = issuerKeys.currentOf(achievement.getIssuer());
        List<Credential> issued = new ArrayList<>(issueMany(recipients.stream()
                .map(r -> new Issue(achievement, r, key, source, sourceRef, narrative, url, issuedBy)).toList()));
        for (Recipient r : recipients) {
            issued.addAll(completePaths(achievement, r));
        }
        return issued;
    }

    private Credential issue(Achievement a, Recipient r, IssuerKey key, CredentialSource source, String sourceRef,
            String narrative, String url, String issuedBy) {
        return issueMany(List.of(new Issue(a, r, key, source, sourceRef, narrative, url, issuedBy))).get(0);
    }

    /** One credential to issue: what, to whom, signed by which key, from where. */
    private record Issue(Achievement achievement, Recipient recipient, IssuerKey key, CredentialSource source,
            String sourceRef, String narrative, String url, String issuedBy) {
    }

    /** A credential built, its content ready to be signed. */
    private record Prepared(Issue issue, Credential credential, OpenBadgeCredential.Content content) {
    }

    /**
     * Issues these credentials in the caller's transaction: each built (its row's status index taken) in turn, then
     * their JSON written and signed on the available cores (canonicalization and Ed25519 are most of an issuance, and
     * touch no entity), then each stored with its e-mail step, in order.
     */
    private List<Credential> issueMany(List<Issue> issues) {
        List<Prepared> prepared = new ArrayList<>();
        for (Issue i : issues) {
            Achievement a = i.achievement();
            Instant now = Instant.now();
            Instant until = a.getValidityMonths() == null ? null
                    : now.atZone(PARIS).plusMonths(a.getValidityMonths()).toInstant();
            Credential c = new Credential(a, i.recipient(), i.key(), now, until, i.issuedBy(), i.source(),
                    i.sourceRef(), i.narrative(), i.url());
            byte[] salt = new byte[16];
            random.nextBytes(salt);
            Organisation issuer = a.getIssuer();
            Recipient r = i.recipient();
            prepared.add(new Prepared(i, c, new OpenBadgeCredential.Content("urn:uuid:" + c.getPublicId(), a.getName(),
                    new OpenBadgeCredential.Issuer(i.key().getDid(), issuer.getName(),
                            address.url() + "/badges/emetteur/" + issuer.getId(),
                            blankToNull(issuer.getContactEmail())),
                    now, until, described(a),
                    new OpenBadgeCredential.Recipient(r.name(), r.email(), HexFormat.of().formatHex(salt)),
                    i.narrative() == null && i.url() == null ? null
                            : new OpenBadgeCredential.Evidence(i.narrative(), i.url()),
                    new OpenBadgeCredential.Status(issuerKeys.statusListUrl(i.key()), c.getStatusIndex()))));
        }
        List<String> signed = (prepared.size() > 1 ? prepared.parallelStream() : prepared.stream())
                .map(p -> issuerKeys.sign(p.issue().key(), OpenBadgeCredential.unsigned(p.content())).toString())
                .toList();
        List<Credential> issued = new ArrayList<>();
        for (int n = 0; n < prepared.size(); n++) {
            Prepared p = prepared.get(n);
            Credential c = p.credential();
            Achievement a = p.issue().achievement();
            Recipient r = p.issue().recipient();
            c.signed(signed.get(n));
            if (a.isHeldOnce()) {
                credentials.releaseExpired(Credential.holdingOf(a, r.person(), r.account()), c.getIssuedAt());
            }
            try {
                credentials.save(c);
                credentials.flush();
            } catch (DataIntegrityViolationException e) {
                if (!isHoldingTaken(e)) {
                    throw e;
                }
                // Another award of the same badge to the same holder was committed since the check of issueAll.
                throw InvalidInputException.of("recipients", alreadyHolds(r, a));
            }
            runtime.startProcessInstanceByKey(BadgeProcess.KEY, BadgeProcess.businessKey(c.getId()),
                    Map.of(BadgeProcess.VAR_CREDENTIAL, c.getId()));
            issued.add(c);
        }
        return issued;
    }

    /** The achievement as credentials describe it, at its public URL. */
    private OpenBadgeCredential.Achievement described(Achievement a) {
        return new OpenBadgeCredential.Achievement(address.url() + "/public/badges/realisations/" + a.getId(),
                a.getName(), a.getDescription(), Objects.requireNonNullElse(a.getCriteria(), ""),
                a.getKind().achievementType(), address.url() + imagePath(a.getId()),
                a.getAlignments().stream().map(x -> new OpenBadgeCredential.Alignment(x.getName(), x.getUrl(),
                        x.getCode(), x.getFramework())).toList());
    }

    /** Where this platform serves an achievement's image, from the root of its address. */
    static String imagePath(long achievementId) {
        return "/public/badges/realisations/" + achievementId + "/image";
    }

    /** An achievement's public description (JSON-LD), as its URL in the credentials serves it. */
    @Transactional(readOnly = true)
    public Optional<String> achievementJson(long id) {
        return achievements.findById(id).map(a -> OpenBadgeCredential.achievementDocument(described(a)).toString());
    }

    /** The path badges this award completes for its recipient, issued now (once each). */
    private List<Credential> completePaths(Achievement awarded, Recipient r) {
        List<Credential> issued = new ArrayList<>();
        for (Achievement path : achievements.findPathsWith(awarded.getId())) {
            Set<Long> held = heldAchievements(r);
            long heldMembers = path.getMembers().stream().filter(m -> held.contains(m.getId())).count();
            if (!held.contains(path.getId()) && heldMembers >= path.requiredMemberCount()) {
                String narrative = path.getRequiredMembers() == null
                        ? "Tous les badges du parcours « " + path.getName() + " » obtenus."
                        : heldMembers + " des " + path.getMembers().size() + " badges du parcours « " + path.getName()
                                + " » obtenus (" + path.getRequiredMembers() + " requis).";
                issued.add(issue(path, r, issuerKeys.currentOf(path.getIssuer()), CredentialSource.PATH,
                        null, narrative, null, PATH_ISSUER));
            }
        }
        return issued;
    }

    private static String alreadyHolds(Recipient r, Achievement a) {
        return r.name() + " a déjà le badge « " + a.getName() + " », qui ne se délivre qu'une fois.";
    }

    /** Whether the database refused a second credential that counts of a badge held once (migration V20). */
    private static boolean isHoldingTaken(DataIntegrityViolationException e) {
        String message = e.getMostSpecificCause().getMessage();
        return message != null && message.toLowerCase(java.util.Locale.ROOT).contains("uq_badge_credential_holding");
    }

    private boolean holds(Recipient r, Achievement a) {
        return heldAchievements(r).contains(a.getId());
    }

    /** The achievements of the recipient's credentials neither revoked nor expired. */
    private Set<Long> heldAchievements(Recipient r) {
        return r.person() != null ? achievementsHeldBy(r.person().getId(), null)
                : achievementsHeldBy(null, r.account().getId());
    }

    // --- Revocation ----------------------------------------------------------------------------------------------

    /** Revokes a credential with its reason, and publishes its key's list again, signed. */
    @Transactional
    public void revoke(String publicId, String reason) {
        CurrentUser user = requireIssuerRole();
        Credential c = credentials.findByPublicId(publicId).filter(x -> user.canSee(x.getAchievement().getIssuer()
                .getId())).orElseThrow(() -> InvalidInputException.of("", "Ce badge n'existe pas ou plus."));
        if (blank(reason)) {
            throw InvalidInputException.of("reason", "Donnez la raison de la révocation : elle est publiée.");
        }
        TextLimit.check("reason", reason, 1000);
        if (c.isRevoked()) {
            throw InvalidInputException.of("", "Ce badge est déjà révoqué.");
        }
        c.revoke(reason.trim(), currentUser.signature());
        credentials.flush();
        IssuerKey key = keys.findById(c.getKey().getId()).orElseThrow();
        issuerKeys.publishStatusList(key);
    }

    // --- Public pages and files ----------------------------------------------------------------------------------

    /** The public page of a credential, its signature and status checked now; empty for an unknown id. */
    @Transactional(readOnly = true)
    public Optional<CredentialPage> publicPage(String publicId) {
        return credentials.findByPublicId(publicId).map(c -> {
            Achievement a = c.getAchievement();
            // The image of the achievement it was issued for, from this page's own origin, whatever address the
            // credential signed (one configured since, or a port it was started on once).
            Verification verification = verifier.verify(c.getJson(), Instant.now()).showing(imagePath(a.getId()));
            ZonedDateTime issued = c.getIssuedAt().atZone(PARIS);
            String linkedIn = "https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&name="
                    + encode(a.getName()) + "&organizationName=" + encode(a.getIssuer().getName())
                    + "&issueYear=" + issued.getYear() + "&issueMonth=" + issued.getMonthValue()
                    + (c.getValidUntil() == null ? "" : "&expirationYear=" + c.getValidUntil().atZone(PARIS).getYear()
                            + "&expirationMonth=" + c.getValidUntil().atZone(PARIS).getMonthValue())
                    + "&certUrl=" + encode(BadgeProcessGlue.pageUrl(address.url(), c.getPublicId()))
                    + "&certId=" + encode(c.getPublicId());
            return new CredentialPage(c.getPublicId(), verification, a.getId(), a.getDescription(), a.getKind(),
                    a.getAlignments(), c.getEvidenceNarrative(), c.getEvidenceUrl(), a.getIssuer().getId(),
                    c.getIssuedAt(), linkedIn);
        });
    }

    /** The signed credential, as issued. */
    @Transactional(readOnly = true)
    public Optional<String> credentialJson(String publicId) {
        return credentials.findByPublicId(publicId).map(Credential::getJson);
    }

    /** The badge's image with the credential baked in, as PNG ({@code svg} false) or SVG. */
    @Transactional(readOnly = true)
    public Optional<byte[]> bakedImage(String publicId, boolean svg) {
        return credentials.findByPublicId(publicId).map(c -> svg ? BadgeImages.bakedSvg(c.getAchievement(),
                c.getJson()) : BadgeImages.bakedPng(c.getAchievement(), c.getJson()));
    }

    /** A key's signed revocation list ({@code BitstringStatusListCredential}). */
    @Transactional(readOnly = true)
    public Optional<String> statusList(long keyId) {
        return keys.findById(keyId).map(IssuerKey::getStatusList);
    }

    /** The issuer profile of an organisation that issues badges: name, site, keys (did:key) newest first. */
    @Transactional(readOnly = true)
    public Optional<IssuerProfile> issuerProfile(long organisationId) {
        List<IssuerKey> its = keys.findOfOrganisation(organisationId);
        if (its.isEmpty()) {
            return Optional.empty();
        }
        Organisation o = its.get(0).getOrganisation();
        return Optional.of(new IssuerProfile(o.getId(), o.getName(), blankToNull(o.getContactEmail()),
                o.getCommune() == null ? null : o.getCommune().getName(),
                its.stream().map(k -> new KeyRow(k.getId(), k.getDid(), k.getCreatedAt(), k.getRetiredAt(),
                        k.getNextIndex())).toList()));
    }

    /** An issuing organisation as its public profile shows it. */
    public record IssuerProfile(long id, String name, String email, String commune, List<KeyRow> keys) {
    }

    // --- Holders -------------------------------------------------------------------------------------------------

    /** The acting user's own badges and the progress of each path (<i>Mes badges</i>). */
    @Transactional(readOnly = true)
    public HolderBadges myBadges() {
        CurrentUser user = currentUser.require();
        return holder(user.fullName(), credentials.findOfAccount(user.accountId()));
    }

    /** How many badges the acting user holds, for their home card. */
    @Transactional(readOnly = true)
    public int myBadgeCount() {
        return credentials.findOfAccount(currentUser.require().accountId()).size();
    }

    /** A person's badges and paths, for those who may see the person. */
    @Transactional(readOnly = true)
    public Optional<HolderBadges> badgesOfPerson(long personId) {
        requireIssuerRole();
        return directory.findPerson(personId).map(p -> holder(p.getFullName(), credentials.findOfPerson(personId)));
    }

    private HolderBadges holder(String name, List<Credential> held) {
        Instant now = Instant.now();
        Set<Long> valid = held.stream().filter(c -> !c.isRevoked() && !c.isExpired(now))
                .map(c -> c.getAchievement().getId()).collect(Collectors.toSet());
        List<PathProgress> paths = new ArrayList<>();
        for (Achievement path : achievements.findAll(Sort.by("name"))) {
            if (path.getKind() != BadgeKind.PATH || !path.isActive()) {
                continue;
            }
            List<Achievement> members = path.getMembers().stream()
                    .sorted(java.util.Comparator.comparing(Achievement::getName)).toList();
            List<String> has = members.stream().filter(m -> valid.contains(m.getId())).map(Achievement::getName)
                    .toList();
            if (has.isEmpty() && !valid.contains(path.getId())) {
                continue;
            }
            paths.add(new PathProgress(path.getId(), path.getName(), has,
                    members.stream().filter(m -> !valid.contains(m.getId())).map(Achievement::getName).toList(),
                    path.requiredMemberCount(), valid.contains(path.getId())));
        }
        return new HolderBadges(name, held.stream().map(CredentialRow::of).toList(), paths);
    }

    // --- Lists and export ----------------------------------------------------------------------------------------

    /** A page of the badges issued that the acting user may see, newest first. */
    @Transactional(readOnly = true)
    public List<CredentialRow> issued(IssuedFilter filter, int offset, int limit) {
        CurrentUser user = requireIssuerRole();
        return credentials.findAll(issuedSpec(filter, user), PageRequest.of(offset / Math.max(limit, 1), limit,
                Sort.by(Sort.Direction.DESC, "issuedAt", "id"))).stream().map(CredentialRow::of).toList();
    }

    @Transactional(readOnly = true)
    public long countIssued(IssuedFilter filter) {
        return credentials.count(issuedSpec(filter, requireIssuerRole()));
    }

    /** How many badges of the filter were issued, by kind and by issuer (largest first). */
    @Transactional(readOnly = true)
    public BadgeRows.IssuedSummary issuedSummary(IssuedFilter filter) {
        CurrentUser user = requireIssuerRole();
        Map<BadgeKind, Long> byKind = new java.util.EnumMap<>(BadgeKind.class);
        Map<String, Long> byIssuer = new java.util.HashMap<>();
        for (Credential c : credentials.findAll(issuedSpec(filter, user))) {
            byKind.merge(c.getAchievement().getKind(), 1L, Long::sum);
            byIssuer.merge(c.getAchievement().getIssuer().getName(), 1L, Long::sum);
        }
        Map<String, Long> issuers = new LinkedHashMap<>();
        byIssuer.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> issuers.put(e.getKey(), e.getValue()));
        return new BadgeRows.IssuedSummary(byKind, issuers);
    }

    /**
     * Every badge of the filter as CSV (semicolons, UTF-8 with BOM, as the other exports), pseudonymised: each holder is
     * "T-1", "T-2"… in order of appearance, numbered afresh at each export, and no column leads back to them (no name,
     * no page).
     */
    @Transactional(readOnly = true)
    public byte[] issuedCsv(IssuedFilter filter, Function<String, String> words) {
        CurrentUser user = requireIssuerRole();
        List<List<String>> rows = new ArrayList<>();
        // The screen's words (its i18n keys), in the headers and in the values it translates.
        List<String> header = Stream.of("badges.achievement.name", "badges.achievement.kind",
                "badges.achievement.issuer", "badges.issued.recipientPseudonym", "badges.issued.date",
                "badges.page.validUntil", "badges.issued.source", "badges.issued.by", "common.status",
                "badges.revoke.reason").map(words).toList();
        Map<String, String> pseudonyms = new java.util.HashMap<>();
        Instant now = Instant.now();
        for (Credential c : credentials.findAll(issuedSpec(filter, user), Sort.by(Sort.Direction.DESC, "issuedAt"))) {
            CredentialRow r = CredentialRow.of(c);
            String holder = c.getPerson() != null ? "p" + c.getPerson().getId()
                    : c.getAccount() != null ? "a" + c.getAccount().getId() : "c" + c.getId();
            rows.add(List.of(r.achievementName(), words.apply("badges.kind." + r.kind().name()), r.issuerName(),
                    pseudonyms.computeIfAbsent(holder, k -> "T-" + (pseudonyms.size() + 1)),
                    r.issuedAt().atZone(PARIS).toLocalDate().toString(),
                    r.validUntil() == null ? "" : r.validUntil().atZone(PARIS).toLocalDate().toString(),
                    words.apply("badges.source." + r.source().name()), r.issuedBy(),
                    words.apply("badges.verification." + (r.revoked() ? "REVOKED" : r.expired(now) ? "EXPIRED"
                            : "VALID")),
                    Objects.requireNonNullElse(r.revokedReason(), "")));
        }
        return Csv.of(header, rows);
    }

    private Specification<Credential> issuedSpec(IssuedFilter filter, CurrentUser user) {
        return (root, query, cb) -> {
            Join<Credential, Achievement> a = root.join("achievement");
            if (Long.class != query.getResultType() && long.class != query.getResultType()) {
                root.fetch("achievement").fetch("issuer");
            }
            List<Predicate> where = new ArrayList<>();
            if (!user.seesAllOrganisations()) {
                where.add(cb.equal(a.get("issuer").get("id"), user.organisationId()));
            }
            if (filter.kind() != null) {
                where.add(cb.equal(a.get("kind"), filter.kind()));
            }
            if (filter.issuerId() != null) {
                where.add(cb.equal(a.get("issuer").get("id"), filter.issuerId()));
            }
            if (filter.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("issuedAt"),
                        filter.from().atStartOfDay(PARIS).toInstant()));
            }
            if (filter.to() != null) {
                where.add(cb.lessThan(root.get("issuedAt"), filter.to().plusDays(1).atStartOfDay(PARIS).toInstant()));
            }
            if (!blank(filter.text())) {
                String like = "%" + filter.text().trim().toLowerCase() + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("recipientName")), like),
                        cb.like(cb.lower(a.get("name")), like)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    // --- Retention -----------------------------------------------------------------------------------------------

    /**
     * Called by the retention purge before it deletes these persons' files: their credentials stay (they are
     * theirs, and verify) but lose the link to the file and the e-mail address; the decisions on their proposals go.
     */
    @Transactional
    public void forgetPersons(List<Long> personIds) {
        if (personIds.isEmpty()) {
            return;
        }
        credentials.forgetPersons(personIds);
        decisions.deleteOfPersons(personIds);
    }

    // --- Helpers -------------------------------------------------------------------------------------------------

    private CurrentUser requireIssuerRole() {
        return currentUser.requireRole(Role.COORDINATOR, Role.ADMIN, Role.SIAE_DIRECTOR);
    }

    private static void required(Map<String, String> errors, String field, String value, int max, String message) {
        if (blank(value)) {
            errors.put(field, message);
        } else {
            TextLimit.check(errors, field, value, max);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trimmed(String s) {
        return blank(s) ? null : s.trim();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

}
