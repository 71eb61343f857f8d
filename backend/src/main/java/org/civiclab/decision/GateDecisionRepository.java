package org.civiclab.decision;

import java.util.List;

import org.springframework.data.repository.Repository;

/**
 * Decisions are added and read; there is no way to change or remove one.
 */
public interface GateDecisionRepository extends Repository<GateDecision, Long> {

	GateDecision save(GateDecision decision);

	List<GateDecision> findByIdeaIdOrderByDecidedAtAscIdAsc(Long ideaId);

	long count();

}
