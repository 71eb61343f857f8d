package org.civiclab.audit;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Audit events are appended and read, never changed or removed.
 */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

	AuditEvent save(AuditEvent event);

	List<AuditEvent> findByIdeaIdOrderByOccurredAtAscIdAsc(Long ideaId);

	List<AuditEvent> findTop50ByActionOrderByIdDesc(String action);

	/** Per idea, its id and the moment of its newest event. */
	@Query("select e.ideaId, max(e.occurredAt) from AuditEvent e where e.ideaId in ?1 group by e.ideaId")
	List<Object[]> findLastEventOf(Collection<Long> ideaIds);

	long count();

}
