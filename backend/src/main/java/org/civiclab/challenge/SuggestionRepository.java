package org.civiclab.challenge;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SuggestionRepository extends JpaRepository<Suggestion, Long> {

	List<Suggestion> findByChallengeIdAndStatusInOrderByCreatedAtAscIdAsc(Long challengeId,
			List<SuggestionStatus> statuses);

	long countByChallengeIdAndStatus(Long challengeId, SuggestionStatus status);

	Optional<Suggestion> findByIdeaId(Long ideaId);

	List<Suggestion> findByCitizenId(Long citizenId);

}
