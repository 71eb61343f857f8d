package org.civiclab.scim;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ScimUserRepository extends JpaRepository<ScimUser, Long> {

	/** A person this organisation's directory made and has not deleted. */
	@Query("select s from ScimUser s join fetch s.person p where s.personId = ?2 and p.organisation.id = ?1"
			+ " and s.deletedAt is null")
	Optional<ScimUser> findOf(Long organisationId, Long personId);

	/**
	 * The people this organisation's directory made and has not deleted, oldest first.
	 */
	@Query("select s from ScimUser s join fetch s.person p where p.organisation.id = ?1 and s.deletedAt is null"
			+ " order by s.personId")
	List<ScimUser> findAllOf(Long organisationId);

	@Query("select s from ScimUser s join fetch s.person p where p.organisation.id = ?1 and s.deletedAt is null"
			+ " and lower(p.username) = lower(?2)")
	Optional<ScimUser> findByUserName(Long organisationId, String userName);

}
