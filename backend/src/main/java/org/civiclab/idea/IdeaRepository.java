package org.civiclab.idea;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface IdeaRepository extends JpaRepository<Idea, Long> {

	/** The ideas someone submitted or co-authored, newest first. */
	@Query("select distinct i from Idea i left join i.coAuthors c where i.submitter.username = ?1 or c.username = ?1"
			+ " order by i.createdAt desc, i.id desc")
	List<Idea> findByAuthor(String username);

	/** The ideas that answer a challenge, oldest first. */
	List<Idea> findByChallengeIdOrderByCreatedAtAscIdAsc(Long challengeId);

	/** Loads an idea to change it: its version goes up when the transaction commits. */
	@Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
	@Query("select i from Idea i where i.id = ?1")
	Optional<Idea> findForUpdate(Long id);

}
