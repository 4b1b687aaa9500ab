package fr.pepites.twinning;

import fr.pepites.workflow.FilesOfPersons;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** The inbox finds the tasks of twinnings by the names of their employees through this. */
@Component
class TwinningFilesOfPersons implements FilesOfPersons {

    private final TwinningRepository repository;

    TwinningFilesOfPersons(TwinningRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<String> businessKeysOfPersonsLike(String searchPattern) {
        return repository.findIdsWithEmployeesLike(searchPattern, PageRequest.of(0, MAX_FILES)).stream()
                .map(Twinning::businessKeyOf).toList();
    }
}
