package org.civiclab.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<Person, Long> {

	// A query of its own rather than one derived from the method's name: Hibernate
	// caches the plan of a query string, not of the criteria a derived query builds each
	// time, on every call (issue 21: profiled on the gate decisions).
	@Query("select p from Person p where p.username = ?1")
	Optional<Person> findByUsername(String username);

	/** The people of an organisation who can sign in, with their roles. */
	@Query("select distinct p from Person p left join fetch p.roles where p.organisation.id = ?1 and p.enabled = true"
			+ " order by p.displayName")
	List<Person> findEnabledByOrganisation(Long organisationId);

	/**
	 * The people of an organisation who can sign in and have one of these roles or one of
	 * these usernames, with their roles.
	 */
	@Query("select distinct p from Person p left join fetch p.roles where p.organisation.id = ?1 and p.enabled = true"
			+ " and (p.username in ?3 or exists (select 1 from Person q join q.roles r where q.id = p.id and r in ?2))"
			+ " order by p.displayName")
	List<Person> findEnabledCandidates(Long organisationId, Collection<Role> roles, Collection<String> usernames);

	/** These people, if they are of this organisation and can sign in. */
	@Query("select p from Person p where p.organisation.id = ?1 and p.enabled = true and p.username in ?2"
			+ " order by p.displayName")
	List<Person> findEnabledByOrganisationAndUsernames(Long organisationId, Collection<String> usernames);

	/** Everyone, for a region's admin, with their organisation and roles. */
	@Query("select distinct p from Person p join fetch p.organisation left join fetch p.roles order by p.displayName")
	List<Person> findAllForAdministration();

	/** An organisation's people, active or not, with their organisation and roles. */
	@Query("select distinct p from Person p join fetch p.organisation left join fetch p.roles"
			+ " where p.organisation.id = ?1 order by p.displayName")
	List<Person> findAllForAdministration(Long organisationId);

	boolean existsByUsernameIgnoreCase(String username);

	/** How many people who can sign in hold one of these roles. */
	@Query("select count(distinct p) from Person p join p.roles r where r in ?1 and p.enabled = true")
	long countActiveWithRoleIn(Collection<Role> roles);

	/** These people, if they can sign in, with their organisation and roles. */
	@Query("select distinct p from Person p join fetch p.organisation left join fetch p.roles"
			+ " where p.enabled = true and (p.id in ?1 or p.username in ?2)")
	List<Person> findEnabledByIdOrUsername(Collection<Long> ids, Collection<String> usernames);

}
