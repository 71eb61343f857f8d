package org.civiclab.challenge;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ChallengeRepository extends JpaRepository<Challenge, Long> {

	@Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
	@Query("select c from Challenge c where c.id = ?1")
	Optional<Challenge> findForUpdate(Long id);

}
