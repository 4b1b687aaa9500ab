package fr.pepites.referral;

import fr.pepites.workflow.FilesOfPersons;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** The inbox finds the tasks of referrals by the person's name through this. */
@Component
class ReferralFilesOfPersons implements FilesOfPersons {

    private final ReferralRepository repository;

    ReferralFilesOfPersons(ReferralRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<String> businessKeysOfPersonsLike(String searchPattern) {
        return repository.findIdsOfPersonsLike(searchPattern, PageRequest.of(0, MAX_FILES)).stream()
                .map(Referral::businessKeyOf).toList();
    }
}
