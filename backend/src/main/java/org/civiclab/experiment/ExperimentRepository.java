package org.civiclab.experiment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ExperimentRepository extends JpaRepository<Experiment, Long> {

	// A query of its own rather than one derived from the method's name: Hibernate
	// caches the plan of a query string, not of the criteria a derived query builds each
	// time, on every call (issue 21: profiled on the gate decisions).
	@Query("select e from Experiment e where e.ideaId = ?1 order by e.createdAt asc, e.id asc")
	List<Experiment> findByIdeaIdOrderByCreatedAtAscIdAsc(Long ideaId);

	long countByIdeaId(Long ideaId);

}
