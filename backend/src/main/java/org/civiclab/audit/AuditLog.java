package org.civiclab.audit;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail: every action on an idea and its records, in the transaction of the
 * action itself, so that what happened and what was recorded never disagree.
 */
@Service
public class AuditLog {

	/** The actor of what the engine does by itself (timers). */
	public static final String SYSTEM = "system";

	private final AuditEventRepository events;

	AuditLog(AuditEventRepository events) {
		this.events = events;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String actor, String action, String recordType, Long recordId, Long ideaId, String details) {
		this.events.save(new AuditEvent(actor, action, recordType, recordId, ideaId, details));
	}

	/** Everything that happened to an idea, oldest first. */
	@Transactional(readOnly = true)
	public List<AuditEvent> timeline(Long ideaId) {
		return this.events.findByIdeaIdOrderByOccurredAtAscIdAsc(ideaId);
	}

}
