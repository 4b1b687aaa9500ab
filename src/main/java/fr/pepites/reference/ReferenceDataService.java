package fr.pepites.reference;

import fr.pepites.common.InvalidInputException;
import fr.pepites.common.SearchText;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Entry point of the reference data: communes, ROME codes and job titles, distances between communes. */
@Service
@Transactional(readOnly = true)
public class ReferenceDataService {

    private static final String NO_MATCH = "#";

    private final CommuneRepository communes;
    private final JobTitleRepository jobTitles;

    ReferenceDataService(CommuneRepository communes, JobTitleRepository jobTitles) {
        this.communes = communes;
        this.jobTitles = jobTitles;
    }

    /** Typeahead search by the beginning of the name or by postal code. */
    public Page<Commune> searchCommunes(String text, Pageable pageable) {
        String normalized = SearchText.normalize(text);
        String postalCode = text == null ? "" : text.replaceAll("\\D", "");
        // An empty postal-code pattern would match every commune: replace it by one that matches none.
        return communes.search(normalized, postalCode.isEmpty() ? NO_MATCH : postalCode, pageable);
    }

    private static final String UNKNOWN_COMMUNE = "Commune inconnue : choisissez une commune dans la liste.";

    public Optional<Commune> findCommune(String inseeCode) {
        return inseeCode == null ? Optional.empty() : communes.findById(inseeCode);
    }

    /** The commune of that INSEE code, or a French error on {@code field} if there is none. */
    public Commune requireCommune(String inseeCode, String field) {
        return findCommune(inseeCode).orElseThrow(() -> InvalidInputException.of(field, UNKNOWN_COMMUNE));
    }

    /**
     * The commune of that INSEE code, null when none is given; a code of no commune adds its French error on
     * {@code field} to {@code errors}, for a form that reports all its errors at once.
     */
    public Commune findCommune(String inseeCode, String field, Map<String, String> errors) {
        if (inseeCode == null || inseeCode.isBlank()) {
            return null;
        }
        Optional<Commune> commune = findCommune(inseeCode);
        if (commune.isEmpty()) {
            errors.putIfAbsent(field, UNKNOWN_COMMUNE);
        }
        return commune.orElse(null);
    }

    /** Typeahead search by words of the title or by ROME code. */
    public Page<JobTitle> searchJobTitles(String text, Pageable pageable) {
        String code = text == null ? "" : text.trim().toUpperCase();
        return jobTitles.search(SearchText.containsPattern(text), code.isEmpty() ? NO_MATCH : code, pageable);
    }

    public Optional<JobTitle> findJobTitle(String code) {
        return code == null ? Optional.empty() : jobTitles.findById(code);
    }

    public Distance distance(String fromInseeCode, String toInseeCode) {
        return distance(requireCommune(fromInseeCode, "from"), requireCommune(toInseeCode, "to"));
    }

    public Distance distance(Commune from, Commune to) {
        if (!from.hasPosition() || !to.hasPosition()) {
            throw new IllegalStateException("No position for " + from + " or " + to);
        }
        return Distance.between(from.getLatitude(), from.getLongitude(), to.getLatitude(), to.getLongitude(),
                from.isApproximate() || to.isApproximate());
    }
}
