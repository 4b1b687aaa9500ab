package fr.pepites.learning;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ResourceVoteRepository extends JpaRepository<ResourceVote, ResourceVote.Key> {

    @Query("select v.key.resourceId from ResourceVote v where v.key.accountId = :accountId "
            + "and v.key.resourceId in :resourceIds")
    List<Long> votedAmong(long accountId, Collection<Long> resourceIds);

    @Modifying
    @Query("delete from ResourceVote v where v.key.resourceId = :resourceId")
    void deleteOfResource(long resourceId);
}
