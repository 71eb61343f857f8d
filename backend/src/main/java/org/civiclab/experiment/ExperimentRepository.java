package org.civiclab.experiment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ExperimentRepository extends JpaRepository<Experiment, Long> {

	List<Experiment> findByIdeaIdOrderByCreatedAtAscIdAsc(Long ideaId);

	long countByIdeaId(Long ideaId);

}
