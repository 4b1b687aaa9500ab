package fr.pepites.parcours;

import fr.pepites.workflow.FilesOfPersons;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** The inbox finds the tasks of parcours by the person's name through this. */
@Component
class ParcoursFilesOfPersons implements FilesOfPersons {

    private final ParcoursRepository repository;

    ParcoursFilesOfPersons(ParcoursRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<String> businessKeysOfPersonsLike(String searchPattern) {
        return repository.findIdsOfPersonsLike(searchPattern, PageRequest.of(0, MAX_FILES)).stream()
                .map(Parcours::businessKeyOf).toList();
    }
}
