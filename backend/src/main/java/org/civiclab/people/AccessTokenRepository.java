package org.civiclab.people;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccessTokenRepository extends JpaRepository<AccessToken, Long> {

	/** The token with this hash and its person (one lookup on the unique index). */
	@Query("select t from AccessToken t join fetch t.person where t.tokenHash = ?1")
	Optional<AccessToken> findByTokenHash(String tokenHash);

	/** A person's tokens that are not revoked, newest first. */
	@Query("select t from AccessToken t where t.person.id = ?1 and t.revokedAt is null order by t.createdAt desc, t.id desc")
	List<AccessToken> findUnrevokedOf(Long personId);

	/** One of this person's tokens; another's is none. */
	@Query("select t from AccessToken t where t.id = ?1 and t.person.id = ?2")
	Optional<AccessToken> findOf(Long id, Long personId);

	/**
	 * Records a use unless one was recorded since {@code staleBefore}: a write at most
	 * once a minute per token, whatever several nodes do at once.
	 */
	@Modifying
	@Query("update AccessToken t set t.lastUsedAt = ?2 where t.id = ?1 and (t.lastUsedAt is null or t.lastUsedAt < ?3)")
	int recordUse(Long id, Instant now, Instant staleBefore);

}
