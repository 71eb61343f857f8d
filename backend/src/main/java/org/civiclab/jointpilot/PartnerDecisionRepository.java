package org.civiclab.jointpilot;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerDecisionRepository extends JpaRepository<PartnerDecision, Long> {

	List<PartnerDecision> findByIdeaIdOrderByDecidedAtAscIdAsc(Long ideaId);

	boolean existsByIdeaIdAndOrganisationId(Long ideaId, Long organisationId);

}
