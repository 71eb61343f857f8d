package org.civiclab.people;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

	/** The invitation of this token hash, if it is still good, with its person. */
	@Query("select i from Invitation i join fetch i.person p join fetch p.organisation"
			+ " where i.tokenHash = ?1 and i.expiresAt > ?2 and p.enabled = true")
	Optional<Invitation> findValid(String tokenHash, Instant now);

	/** Uses up an invitation: 1 if it was still good, 0 if someone was faster. */
	@Modifying(flushAutomatically = true)
	@Query("delete from Invitation i where i.tokenHash = ?1 and i.expiresAt > ?2")
	int consume(String tokenHash, Instant now);

	@Modifying(flushAutomatically = true)
	@Query("delete from Invitation i where i.person.id = ?1")
	int deleteByPerson(Long personId);

	@Query("select case when count(i) > 0 then true else false end from Invitation i"
			+ " where i.person.id = ?1 and i.expiresAt > ?2")
	boolean existsValidFor(Long personId, Instant now);

	/** The people who have a link that still works. */
	@Query("select i.person.id from Invitation i where i.expiresAt > ?1")
	Set<Long> invitedPeople(Instant now);

}
