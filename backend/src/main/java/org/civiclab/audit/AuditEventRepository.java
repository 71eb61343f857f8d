package org.civiclab.audit;

import java.util.List;

import org.springframework.data.repository.Repository;

/**
 * Audit events are appended and read, never changed or removed.
 */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

	AuditEvent save(AuditEvent event);

	List<AuditEvent> findByIdeaIdOrderByOccurredAtAscIdAsc(Long ideaId);

	List<AuditEvent> findTop50ByActionOrderByIdDesc(String action);

	long count();

}
