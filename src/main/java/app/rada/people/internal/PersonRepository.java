package app.rada.people.internal;

import app.rada.people.internal.Person;
import app.rada.shared.Role;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByEmail(String email);

    /** People with their roles read in the same query, for lookups of many people at once. */
    @Query("select distinct p from Person p left join fetch p.roles where p.id in :ids")
    List<Person> findWithRolesByIdIn(Collection<Long> ids);

    boolean existsByEmail(String email);

    @Query("select count(p) from Person p join p.roles r where r = :role and p.active = true")
    long countActiveWithRole(Role role);

    long countByActiveTrue();

    long countByOrganisationId(Long organisationId);

    @Query("select o.segmentId, count(p) from Person p join Organisation o on o.id = p.organisationId "
            + "where p.active = true group by o.segmentId")
    List<Object[]> countActiveBySegment();

    @Query("select p.id, p.name, p.erasedAt from Person p where p.id in :ids")
    List<Object[]> namesOf(Collection<Long> ids);

    @Query("select s.voteWeight from Person p join Organisation o on o.id = p.organisationId "
            + "join Segment s on s.id = o.segmentId where p.id = :personId")
    Optional<Integer> voteWeightOf(long personId);

    @Query("select p.id, p.name from Person p where p.active = true and p.erasedAt is null "
            + "and lower(p.name) like :prefix order by p.name")
    List<Object[]> activeByNamePrefix(String prefix, Pageable page);

    @Query("select distinct p.id, p.name from Person p join p.roles r where r in :roles and p.active = true "
            + "order by p.name")
    List<Object[]> activeWithAnyRole(Collection<Role> roles);

    @Query("select p.id from Person p join p.roles r where r = app.rada.shared.Role.BOARD_MEMBER and p.active = true "
            + "and p.erasedAt is null and (p.boardTermStart is null or p.boardTermStart <= :today) "
            + "and (p.boardTermEnd is null or p.boardTermEnd >= :today) order by p.id")
    List<Long> currentBoardMembers(LocalDate today);

    @Query("select p.id from Person p where p.organisationId = :organisationId order by p.id")
    List<Long> idsByOrganisation(long organisationId);

    @Query("select p.id, p.boardTermStart, p.boardTermEnd from Person p where p.boardTermStart is not null "
            + "and p.boardTermEnd between :from and :to order by p.id")
    List<Object[]> boardTermsEndingBetween(LocalDate from, LocalDate to);
}
