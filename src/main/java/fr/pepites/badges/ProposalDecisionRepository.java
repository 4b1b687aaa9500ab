package fr.pepites.badges;

import java.util.Collection;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProposalDecisionRepository extends JpaRepository<ProposalDecision, Long> {

    @Modifying
    @Query("delete from ProposalDecision d where d.personId in ?1")
    void deleteOfPersons(Collection<Long> personIds);
}
