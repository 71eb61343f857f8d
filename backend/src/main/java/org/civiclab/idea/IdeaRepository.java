package org.civiclab.idea;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface IdeaRepository extends JpaRepository<Idea, Long> {

	List<Idea> findBySubmitterUsernameOrderByCreatedAtDesc(String username);

	/** Loads an idea to change it: its version goes up when the transaction commits. */
	@Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
	@Query("select i from Idea i where i.id = ?1")
	Optional<Idea> findForUpdate(Long id);

}
