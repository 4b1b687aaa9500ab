package fr.pepites.learning;

import fr.pepites.common.InvalidInputException;
import fr.pepites.common.SearchText;
import fr.pepites.common.TextLimit;
import fr.pepites.common.WebLink;
import fr.pepites.directory.DirectoryService;
import fr.pepites.security.CurrentUser;
import fr.pepites.security.CurrentUserProvider;
import fr.pepites.security.Role;
import jakarta.persistence.criteria.Predicate;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resource centre: resources searched by words, kind, audience and theme, a page at a time; kept by the network's
 * coordinators (all) and by an SIAE's director (their own); reviewed every few months; voted useful.
 */
@Service
public class ResourceCentre {

    /** The largest PDF file stored. */
    public static final int MAX_FILE = 10 * 1024 * 1024;
    private static final int MAX_TITLE = 150;
    private static final int MAX_DESCRIPTION = 2000;
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final ResourceRepository resources;
    private final ResourceFileRepository files;
    private final ResourceVoteRepository votes;
    private final DirectoryService directory;
    private final CurrentUserProvider currentUser;

    ResourceCentre(ResourceRepository resources, ResourceFileRepository files, ResourceVoteRepository votes,
            DirectoryService directory, CurrentUserProvider currentUser) {
        this.resources = resources;
        this.files = files;
        this.votes = votes;
        this.directory = directory;
        this.currentUser = currentUser;
    }

    static boolean keeps(CurrentUser user, Resource resource) {
        return user.seesAllOrganisations()
                || user.role() == Role.SIAE_DIRECTOR && resource.getOwnerId() == user.organisationId();
    }

    /** Whether the acting user may add resources (coordinators, SIAE directors). */
    public boolean mayAdd() {
        CurrentUser user = currentUser.require();
        return user.seesAllOrganisations() || user.role() == Role.SIAE_DIRECTOR;
    }

    // --- Searching -------------------------------------------------------------------------------------------

    /** What the resource list asks: words, a kind, an audience, a theme, and only those the reader keeps to review. */
    public record Filter(String words, ResourceKind kind, Audience audience, String theme, boolean mineToReview) {
    }

    /** A resource as the list shows it. */
    public record Row(long id, String title, ResourceKind kind, String description, Set<Audience> audience,
            List<String> themes, String link, String fileName, Integer fileSize, String owner, boolean toReview,
            LocalDate reviewDue, int usefulCount, boolean votedByMe, boolean kept, long version) {
    }

    /** A page of the resources of the filter, the most useful first, then by title. */
    @Transactional(readOnly = true)
    public List<Row> search(Filter filter, int offset, int limit) {
        CurrentUser user = currentUser.require();
        List<Resource> page = resources.findAll(spec(filter, user), PageRequest.of(offset / limit, limit,
                Sort.by(Sort.Order.desc("usefulCount"), Sort.Order.asc("title"), Sort.Order.asc("id")))).getContent();
        Map<Long, String> owners = directory.organisationNames(page.stream().map(Resource::getOwnerId).toList());
        Set<Long> voted = page.isEmpty() ? Set.of()
                : new HashSet<>(votes.votedAmong(user.accountId(), page.stream().map(Resource::getId).toList()));
        LocalDate today = LocalDate.now(Sessions.PARIS);
        return page.stream().map(r -> new Row(r.getId(), r.getTitle(), r.getKind(), r.getDescription(), r.audience(),
                r.themes(), r.getLink(), r.getFileName(), r.getFileSize(), owners.getOrDefault(r.getOwnerId(), ""),
                r.toReview(today), r.reviewDue(), r.getUsefulCount(), voted.contains(r.getId()), keeps(user, r),
                r.getVersion())).toList();
    }

    @Transactional(readOnly = true)
    public long count(Filter filter) {
        return resources.count(spec(filter, currentUser.require()));
    }

    private static Specification<Resource> spec(Filter filter, CurrentUser user) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.words() != null && !filter.words().isBlank()) {
                for (String word : SearchText.words(filter.words())) {
                    where.add(cb.like(root.get("searchText"), "%" + word.replace("\\", "\\\\").replace("%", "\\%")
                            .replace("_", "\\_") + "%", '\\'));
                }
            }
            if (filter.kind() != null) {
                where.add(cb.equal(root.get("kind"), filter.kind()));
            }
            if (filter.audience() != null) {
                where.add(cb.like(root.get("audience"), "%" + filter.audience().name() + "%"));
            }
            if (filter.theme() != null && !filter.theme().isBlank()) {
                where.add(cb.like(root.get("searchText"), "%" + SearchText.normalize(filter.theme()) + "%"));
            }
            if (filter.mineToReview()) {
                if (!user.seesAllOrganisations()) {
                    where.add(cb.equal(root.get("ownerId"), user.organisationId()));
                }
                where.add(cb.lessThanOrEqualTo(root.get("reviewDue"), LocalDate.now(Sessions.PARIS)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** How many of the resources the acting user keeps are due for review (the home page's card). */
    @Transactional(readOnly = true)
    public long countToReview() {
        CurrentUser user = currentUser.require();
        if (!mayAdd()) {
            return 0;
        }
        LocalDate today = LocalDate.now(Sessions.PARIS);
        return user.seesAllOrganisations() ? resources.countByReviewDueLessThanEqual(today)
                : resources.countByOwnerIdAndReviewDueLessThanEqual(user.organisationId(), today);
    }

    // --- Keeping ---------------------------------------------------------------------------------------------

    /** A resource as its form edits it; {@code file}: a new PDF file, or null to keep the one it has. */
    public record ResourceData(String title, ResourceKind kind, String description, Set<Audience> audience,
            List<String> themes, String link, Integer reviewMonths) {
    }

    /** A file as uploaded: its name, the type the browser announced, its bytes. */
    public record UploadedFile(String name, String contentType, byte[] content) {
    }

    @Transactional(readOnly = true)
    public ResourceData resource(long id) {
        Resource r = kept(id);
        return new ResourceData(r.getTitle(), r.getKind(), r.getDescription(), r.audience(), r.themes(), r.getLink(),
                r.getReviewMonths());
    }

    /**
     * Adds ({@code id} null) or changes a resource: a link for every kind but PDF, a PDF file of 10 MB at most for a
     * PDF (required when it has none yet). Saving it counts as a review. Its id.
     */
    @Transactional
    public long save(Long id, Long version, ResourceData data, UploadedFile file) {
        CurrentUser user = currentUser.requireRole(Role.COORDINATOR, Role.ADMIN, Role.SIAE_DIRECTOR);
        Resource resource = id == null ? new Resource(user.organisationId(), currentUser.signature()) : kept(id);
        Map<String, String> errors = new LinkedHashMap<>();
        String title = LearningLedger.oneLine(data.title());
        if (title == null) {
            errors.put("title", "Donnez un titre à la ressource.");
        }
        TextLimit.check(errors, "title", title, MAX_TITLE);
        if (data.kind() == null) {
            errors.put("kind", "Choisissez le type de ressource.");
        }
        String description = LearningLedger.trimmed(data.description());
        TextLimit.check(errors, "description", description, MAX_DESCRIPTION);
        List<String> themes = Tags.themesTyped(data.themes(), errors);
        String link = LearningLedger.oneLine(data.link());
        if (data.kind() != null && data.kind() != ResourceKind.PDF && (link == null || !WebLink.isValid(link))) {
            errors.put("link", "Indiquez l'adresse web de la ressource (https://…), de " + WebLink.MAX_LENGTH
                    + " caractères au plus.");
        }
        if (data.kind() == ResourceKind.PDF) {
            if (file == null && resource.getFileName() == null) {
                errors.put("file", "Joignez le fichier PDF (10 Mo au plus).");
            } else if (file != null && !isPdf(file)) {
                errors.put("file", "Le fichier doit être un PDF (.pdf) de 10 Mo au plus : « " + file.name()
                        + " » n'en est pas un.");
            }
        }
        if (data.reviewMonths() == null || data.reviewMonths() < 1 || data.reviewMonths() > 60) {
            errors.put("reviewMonths", "La période de mise à jour va de 1 à 60 mois.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (id != null && (version == null || resource.getVersion() != version)) {
            throw InvalidInputException.of("", "Cette ressource a changé entre-temps : fermez le formulaire et "
                    + "rouvrez-le.");
        }
        resource.set(title, data.kind(), description, data.audience() == null ? Set.of() : data.audience(), themes,
                data.kind() == ResourceKind.PDF ? null : link, data.reviewMonths(), LocalDate.now(Sessions.PARIS));
        if (data.kind() == ResourceKind.PDF && file != null) {
            resource.file(fileName(file.name()), file.content().length);
        } else if (data.kind() != ResourceKind.PDF) {
            resource.file(null, null);
        }
        long saved = resources.saveAndFlush(resource).getId();
        if (data.kind() == ResourceKind.PDF && file != null) {
            files.findById(saved).ifPresentOrElse(f -> f.replace(file.content()),
                    () -> files.save(new ResourceFile(saved, file.content())));
        } else if (data.kind() != ResourceKind.PDF) {
            files.findById(saved).ifPresent(files::delete);
        }
        return saved;
    }

    /** A PDF: named .pdf, announced as PDF (or as nothing), 10 MB at most, and starting as a PDF does. */
    private static boolean isPdf(UploadedFile file) {
        byte[] content = file.content();
        if (content == null || content.length < PDF_MAGIC.length || content.length > MAX_FILE
                || file.name() == null || !file.name().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")
                || file.contentType() != null && !file.contentType().isBlank()
                        && !file.contentType().equals("application/pdf")) {
            return false;
        }
        for (int i = 0; i < PDF_MAGIC.length; i++) {
            if (content[i] != PDF_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    /** The file's own name, without a path, as a download may name it (letters, digits, ".-_ " only). */
    private static String fileName(String name) {
        String base = name.replaceAll(".*[/\\\\]", "").replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        return base.length() > 150 ? base.substring(base.length() - 150) : base;
    }

    /** Its content is checked: fresh again for its review period. */
    @Transactional
    public void markReviewed(long id) {
        kept(id).reviewed(LocalDate.now(Sessions.PARIS));
    }

    /** Deletes a resource one keeps, with its file and votes. */
    @Transactional
    public void delete(long id) {
        Resource resource = kept(id);
        files.findById(id).ifPresent(files::delete);
        votes.deleteOfResource(id);
        resources.delete(resource);
    }

    private Resource kept(long id) {
        CurrentUser user = currentUser.require();
        return resources.findById(id).filter(r -> keeps(user, r))
                .orElseThrow(() -> new AccessDeniedException("Ressource introuvable."));
    }

    // --- Reading ---------------------------------------------------------------------------------------------

    /** The PDF file of a resource, for anyone logged in. */
    @Transactional(readOnly = true)
    public byte[] file(long id) {
        currentUser.require();
        return files.findById(id).map(ResourceFile::getContent)
                .orElseThrow(() -> new AccessDeniedException("Fichier introuvable."));
    }

    /**
     * The acting user finds a resource useful, or no longer does. Whether they now do. The count changes by one
     * update of its own, not through the resource's version: votes at the same moment all count, and none makes an
     * open edit of the resource stale.
     */
    @Transactional
    public boolean toggleUseful(long id) {
        CurrentUser user = currentUser.require();
        if (!resources.existsById(id)) {
            throw new AccessDeniedException("Ressource introuvable.");
        }
        ResourceVote.Key key = new ResourceVote.Key(id, user.accountId());
        boolean useful = !votes.existsById(key);
        if (useful) {
            votes.saveAndFlush(new ResourceVote(id, user.accountId()));
        } else {
            votes.deleteById(key);
        }
        resources.countVote(id, useful ? 1 : -1);
        return useful;
    }
}
