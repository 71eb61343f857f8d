package org.civiclab.idea;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.civiclab.audit.AuditEvent;

/**
 * An idea as its page shows it: what it is, where it is, what happened, and what the
 * reader may do now.
 */
public record IdeaView(Long id, String reference, String title, String problem, String proposal, String beneficiaries,
		Long organisationId, String organisation, String department, EntryRoute entryRoute, Set<String> themes,
		BigDecimal estimatedCost, String submitter, String submitterName, boolean publicIdea, String stage,
		Instant stageEnteredAt, long daysInStage, TimeBox timeBox, BigDecimal budget, String receivingUnit,
		Instant createdAt, Instant submittedAt, Instant endedAt, long supports, boolean supportedByMe, long version,
		List<IdeaAction> actions, List<TimelineEntry> timeline) {

	/** The test's time box and how it stands. */
	public record TimeBox(Instant endsAt, TimeBoxState state) {

		static TimeBox of(Idea idea, Instant now) {
			if (!Stages.TEST.equals(idea.getStage()) || idea.getTestEndsAt() == null) {
				return null;
			}
			return new TimeBox(idea.getTestEndsAt(),
					TimeBoxState.of(idea.getTestEndsAt(), idea.getTestRemindAt(), now));
		}

	}

	public enum TimeBoxState {

		FINE, ENDING_SOON, OVERDUE;

		public static TimeBoxState of(Instant endsAt, Instant remindAt, Instant now) {
			if (!now.isBefore(endsAt)) {
				return OVERDUE;
			}
			return (remindAt != null && !now.isBefore(remindAt)) ? ENDING_SOON : FINE;
		}

	}

	/** One thing that happened to the idea. */
	public record TimelineEntry(Instant at, String actor, String action, String recordType, Long recordId,
			String details) {

		static TimelineEntry of(AuditEvent event) {
			return new TimelineEntry(event.getOccurredAt(), event.getActor(), event.getAction(), event.getRecordType(),
					event.getRecordId(), event.getDetails());
		}

	}

	static long daysBetween(Instant from, Instant to) {
		return Duration.between(from, to).toDays();
	}

}
