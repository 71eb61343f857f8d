package org.civiclab.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

	/**
	 * Records something that did not happen — a failed sign-in, a refused action — in a
	 * transaction of its own, so that it is kept although the attempt is rolled back.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordRefusal(String actor, String action, String details) {
		this.events.save(new AuditEvent(actor, action, "request", null, null, details));
	}

	/** Everything that happened to an idea, oldest first. */
	@Transactional(readOnly = true)
	public List<AuditEvent> timeline(Long ideaId) {
		return this.events.findByIdeaIdOrderByOccurredAtAscIdAsc(ideaId);
	}

	/**
	 * When each of these ideas last changed: the moment of the newest entry of its
	 * timeline. An idea without one is missing from the map.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Instant> lastChanges(Collection<Long> ideaIds) {
		Map<Long, Instant> last = new HashMap<>();
		if (!ideaIds.isEmpty()) {
			for (Object[] row : this.events.findLastEventOf(ideaIds)) {
				last.put((Long) row[0], (Instant) row[1]);
			}
		}
		return last;
	}

}
