package fr.pepites.twinning;

import org.springframework.data.domain.Pageable;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface TwinningRepository extends JpaRepository<Twinning, Long>, JpaSpecificationExecutor<Twinning> {

    /** The twinnings this person took part in as an employee, for the export of their data. */
    @Query("select distinct t from Twinning t join t.participants p where p.personId = ?1 order by t.id")
    List<Twinning> findWithEmployee(long personId);

    /** Requests waiting for a match, oldest submission first: the workbench's problem. */
    @Query("select t from Twinning t join fetch t.siae s left join fetch s.commune where t.status = ?1 "
            + "order by t.submittedAt, t.id")
    List<Twinning> findInStatus(TwinningStatus status);

    /** Twinnings holding days at tiers-lieux (accepted, approved, confirmed or past): fixed facts of the solver. */
    @Query("select t from Twinning t where t.status in ?1 and t.tiersLieuId is not null")
    List<Twinning> findHoldingSeats(Collection<TwinningStatus> statuses);

    /** The same at one tiers-lieu, to check a proposal's seats again at its acceptance. */
    @Query("select t from Twinning t where t.status in ?2 and t.tiersLieuId = ?1")
    List<Twinning> findHoldingSeatsAt(long tiersLieuId, Collection<TwinningStatus> statuses);

    /** Whether this SIAE has twinned with this tiers-lieu (confirmed at least), for the director's explanation. */
    boolean existsBySiaeIdAndTiersLieuIdAndStatusIn(long siaeId, long tiersLieuId, Collection<TwinningStatus> statuses);

    /** The tiers-lieux each SIAE has already twinned with (confirmed at least), for the solver's preference. */
    @Query("select distinct t.siaeId, t.tiersLieuId from Twinning t where t.status in ?1 and t.tiersLieuId is not null")
    List<Object[]> pastPairs(Collection<TwinningStatus> statuses);

    /** The twinnings of the employees whose search name is like the pattern, latest first (the inbox's search). */
    @Query("select distinct t.id from Twinning t join t.participants p, Person e"
            + " where e.id = p.personId and e.searchName like ?1 order by t.id desc")
    List<Long> findIdsWithEmployeesLike(String pattern, Pageable page);
}
