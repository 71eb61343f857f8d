package org.civiclab.impact;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ImpactTargetRepository extends JpaRepository<ImpactTarget, Long> {

	List<ImpactTarget> findByIdeaIdOrderByIdAsc(Long ideaId);

}
