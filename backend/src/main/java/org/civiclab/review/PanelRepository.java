package org.civiclab.review;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PanelRepository extends JpaRepository<Panel, Long> {

	/** An idea's panels, oldest first. */
	List<Panel> findByIdeaIdOrderByIdAsc(Long ideaId);

	/**
	 * The idea's open panel (at most one), locked until the transaction ends: a review
	 * submitted and the gate decided at the same moment are served one after the other.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Panel p where p.ideaId = ?1 and p.decisionId is null")
	Optional<Panel> findOpenForUpdate(Long ideaId);

	/** The open panels this person reviews on. */
	@Query("select p from Panel p join p.reviews r where r.reviewer.id = ?1 and p.decisionId is null")
	List<Panel> findOpenWithReviewer(Long personId);

}
