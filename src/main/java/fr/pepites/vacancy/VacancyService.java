package fr.pepites.vacancy;

import java.util.List;
import fr.pepites.common.InputBounds;
import fr.pepites.common.InputValidation;
import fr.pepites.common.InvalidInputException;
import fr.pepites.common.SearchText;
import fr.pepites.common.StaleEdit;
import fr.pepites.directory.DirectoryService;
import fr.pepites.directory.Organisation;
import fr.pepites.directory.OrganisationKind;
import fr.pepites.reference.Commune;
import fr.pepites.reference.JobTitle;
import fr.pepites.reference.ReferenceDataService;
import fr.pepites.security.CurrentUser;
import fr.pepites.security.CurrentUserProvider;
import fr.pepites.security.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entry point of vacancies. An SIAE keeps and sees its own; advisers see the open vacancies of every SIAE (to
 * target a referral); coordinators and administrators see them all.
 */
@Service
@Transactional(readOnly = true)
public class VacancyService {

    private final VacancyRepository vacancies;
    private final DirectoryService directory;
    private final ReferenceDataService referenceData;
    private final CurrentUserProvider currentUser;
    private final InputValidation validation;

    VacancyService(VacancyRepository vacancies, DirectoryService directory, ReferenceDataService referenceData,
            CurrentUserProvider currentUser, InputValidation validation) {
        this.vacancies = vacancies;
        this.directory = directory;
        this.referenceData = referenceData;
        this.currentUser = currentUser;
        this.validation = validation;
    }

    public Page<Vacancy> search(VacancyFilter filter, Pageable pageable) {
        return vacancies.findAll(visible(filter, currentUser.require()), pageable);
    }

    public long count(VacancyFilter filter) {
        return vacancies.count(visible(filter, currentUser.require()));
    }

    public Optional<Vacancy> find(long id) {
        CurrentUser user = currentUser.require();
        return vacancies.findOne(visible(new VacancyFilter(null, false, null), user)
                .and((root, query, cb) -> cb.equal(root.get("id"), id)));
    }

    /** A vacancy by id whatever the acting user may browse: for features that checked access themselves. */
    public Optional<Vacancy> findForProcess(long id) {
        return vacancies.findById(id);
    }

    /** Every open vacancy of an active SIAE, for the matching workbench (coordinators). */
    public List<Vacancy> openForMatching() {
        currentUser.requireRole(Role.COORDINATOR, Role.ADMIN);
        return vacancies.findOpenForMatching();
    }

    /** Open vacancies of the acting user's SIAE that nobody has updated for 90 days. */
    public long countStale() {
        CurrentUser user = currentUser.require();
        return vacancies.countBySiaeIdAndOpenTrueAndUpdatedAtBefore(user.organisationId(),
                Instant.now().minus(Vacancy.STALE_AFTER));
    }

    @Transactional
    public Vacancy create(VacancyData data) {
        CurrentUser user = currentUser.requireRole(Role.SIAE_DIRECTOR, Role.SIAE_STAFF);
        Organisation siae = directory.findOrganisation(user.organisationId())
                .filter(o -> o.getKind() == OrganisationKind.SIAE)
                .orElseThrow(() -> new AccessDeniedException("Réservé aux SIAE."));
        validation.check(data);
        InputBounds.checkAhead("startDate", data.getStartDate(), LocalDate.now());
        return vacancies.save(new Vacancy(siae, data, jobTitle(data), commune(data)));
    }

    @Transactional
    public Vacancy update(long id, VacancyData data) {
        Vacancy vacancy = ownVacancy(id);
        StaleEdit.check(data.getVersion(), vacancy.getVersion());
        validation.check(data);
        InputBounds.checkAhead("startDate", data.getStartDate(), LocalDate.now());
        vacancy.apply(data, jobTitle(data), commune(data));
        return vacancy;
    }

    /** Closes a vacancy (no more referrals to it) or reopens it. */
    @Transactional
    public Vacancy setOpen(long id, boolean open) {
        Vacancy vacancy = ownVacancy(id);
        vacancy.setOpen(open);
        return vacancy;
    }

    private Vacancy ownVacancy(long id) {
        CurrentUser user = currentUser.requireRole(Role.SIAE_DIRECTOR, Role.SIAE_STAFF);
        return vacancies.findById(id)
                .filter(v -> v.getSiae().getId() == user.organisationId())
                .orElseThrow(() -> new AccessDeniedException("Fiche de poste introuvable ou d'une autre SIAE."));
    }

    private JobTitle jobTitle(VacancyData data) {
        return referenceData.findJobTitle(data.getJobTitleCode()).orElseThrow(() ->
                InvalidInputException.of("jobTitleCode", "Métier inconnu : choisissez-le dans la liste."));
    }

    private Commune commune(VacancyData data) {
        return referenceData.requireCommune(data.getCommuneCode(), "communeCode");
    }

    private static Specification<Vacancy> visible(VacancyFilter filter, CurrentUser user) {
        boolean siaeUser = user.is(Role.SIAE_DIRECTOR) || user.is(Role.SIAE_STAFF);
        boolean adviser = user.is(Role.CEP_ADVISER);
        Specification<Vacancy> spec = (root, query, cb) -> {
            if (siaeUser || !(adviser || user.seesAllOrganisations())) {
                return cb.equal(root.get("siae").get("id"), user.organisationId());
            }
            return adviser ? cb.isTrue(root.get("open")) : cb.conjunction();
        };
        if (filter.onlyOpen()) {
            spec = spec.and((root, query, cb) -> cb.isTrue(root.get("open")));
        }
        if (filter.kind() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("kind"), filter.kind()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            spec = spec.and((root, query, cb) -> cb.or(
                    cb.like(root.get("jobTitle").get("searchName"), SearchText.containsPattern(filter.text())),
                    cb.like(root.get("siae").get("searchName"), SearchText.containsPattern(filter.text()))));
        }
        return spec;
    }
}
