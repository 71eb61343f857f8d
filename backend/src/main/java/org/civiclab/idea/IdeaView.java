package org.civiclab.idea;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.civiclab.audit.AuditEvent;
import org.civiclab.idea.ChallengeLinks.LinkedChallenge;
import org.civiclab.idea.IdeaPolicy.GateRight;
import org.civiclab.idea.IdeaPolicy.View;
import org.civiclab.people.Person;
import org.civiclab.people.Role;

import org.springframework.lang.Nullable;

/**
 * An idea as its page shows it: what it is, where it is, what happened, and what the
 * reader may do now. In the {@link View#SHARED shared view} (another organisation's
 * reader) everything internal is left out: the fields marked "full view only" are null,
 * the timeline has only the stage changes, no gates, and the only action is taking part
 * in the cross-organisation thread.
 *
 * @param estimatedCost the submitter's estimate: shared too (the catalogue and the open
 * data filter and compare pilots by it); the budget granted stays internal
 * @param currency the currency of the organisation's costs and budgets (ISO 4217)
 * @param submitter the submitter's username; in the shared view only if they agreed to be
 * named
 * @param coAuthors full view only
 * @param timeBox full view only
 * @param budget full view only
 * @param receivingUnit full view only
 * @param supports full view only
 * @param version full view only
 * @param sharing how far its lab lead shares it
 * @param origin the pilot it adopts, if it is a reuse and the reader may know that pilot
 * @param view which view the reader gets
 * @param gates the gates open on the idea, with who may pass them: full view only
 * @param challenge the challenge it answers, if the reader may know of it
 * @param credit the resident whose suggestion it came from, if they agreed to be named
 */
public record IdeaView(Long id, String reference, String title, String problem, String proposal,
		@Nullable String beneficiaries, Long organisationId, String organisation, @Nullable String department,
		EntryRoute entryRoute, Set<String> themes, @Nullable BigDecimal estimatedCost, String currency,
		@Nullable String submitter, @Nullable String submitterName, @Nullable List<Author> coAuthors,
		boolean publicIdea, Sharing sharing, @Nullable Origin origin, String stage, @Nullable Instant stageEnteredAt,
		long daysInStage, @Nullable TimeBox timeBox, @Nullable BigDecimal budget, @Nullable String receivingUnit,
		@Nullable Instant createdAt, @Nullable Instant submittedAt, @Nullable Instant endedAt, @Nullable Long supports,
		boolean supportedByMe, @Nullable Long version, View view, List<IdeaAction> actions, List<GateView> gates,
		List<TimelineEntry> timeline, @Nullable LinkedChallenge challenge, @Nullable String credit) {

	/** Someone named on an idea. */
	public record Author(String username, String name) {

		static Author of(Person person) {
			return new Author(person.getUsername(), person.getDisplayName());
		}

	}

	/**
	 * A gate open on the idea: which roles pass it, whether the reader may and why not,
	 * and who may. Nobody in {@code mayPass} means the idea waits until someone may.
	 */
	public record GateView(Gate gate, String stage, Instant since, Set<Role> roles, GateRight yourRight,
			List<Author> mayPass) {
	}

	/**
	 * The pilot an idea adopts: one of this installation (its reference) or of another
	 * (its address).
	 */
	public record Origin(String title, @Nullable String reference, @Nullable String url) {
	}

	/** The full view, for the idea's organisation and its authors. */
	static IdeaView full(Idea idea, @Nullable Origin origin, @Nullable LinkedChallenge challenge, Instant now,
			long supports, boolean supportedByMe, List<IdeaAction> actions, List<GateView> gates,
			List<AuditEvent> timeline) {
		return new IdeaView(idea.getId(), idea.getReference(), idea.getTitle(), idea.getProblem(), idea.getProposal(),
				idea.getBeneficiaries(), idea.getOrganisation().getId(), idea.getOrganisation().getName(),
				idea.getDepartment(), idea.getEntryRoute(), idea.getThemes(), idea.getEstimatedCost(),
				idea.getOrganisation().getCurrency(), idea.getSubmitter().getUsername(),
				idea.getSubmitter().getDisplayName(), idea.getCoAuthors().stream().map(Author::of).toList(),
				idea.isPublicIdea(), idea.getSharing(), origin, idea.getStage(), idea.getStageEnteredAt(),
				daysBetween(idea.getStageEnteredAt(), now), TimeBox.of(idea, now), idea.getBudget(),
				idea.getReceivingUnit(), idea.getCreatedAt(), idea.getSubmittedAt(), idea.getEndedAt(), supports,
				supportedByMe, idea.getVersion(), View.FULL, actions, gates,
				timeline.stream().map(TimelineEntry::of).toList(), challenge, idea.getCredit());
	}

	/** What the public sees, for other organisations' readers. */
	static IdeaView shared(Idea idea, @Nullable Origin origin, @Nullable LinkedChallenge challenge, Instant now,
			List<IdeaAction> actions, List<AuditEvent> timeline) {
		Person submitter = idea.getSubmitter();
		boolean named = submitter.hasPublicNameConsent();
		return new IdeaView(idea.getId(), idea.getReference(), idea.getTitle(), idea.getProblem(), idea.getProposal(),
				idea.getBeneficiaries(), idea.getOrganisation().getId(), idea.getOrganisation().getName(),
				idea.getDepartment(), idea.getEntryRoute(), idea.getThemes(), idea.getEstimatedCost(),
				idea.getOrganisation().getCurrency(), named ? submitter.getUsername() : null,
				named ? submitter.getDisplayName() : null, null, idea.isPublicIdea(), idea.getSharing(), origin,
				idea.getStage(), idea.getStageEnteredAt(), daysBetween(idea.getStageEnteredAt(), now), null, null, null,
				null, idea.getSubmittedAt(), idea.getEndedAt(), null, false, null, View.SHARED, actions, List.of(),
				timeline.stream().filter(TimelineEntry::isShared).map(TimelineEntry::of).toList(), challenge,
				idea.getCredit());
	}

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
	public record TimelineEntry(Instant at, String actor, String action, @Nullable String recordType,
			@Nullable Long recordId, @Nullable String details) {

		/** What the shared view's timeline keeps: where the idea went, when. */
		static final String STAGE_ENTERED = "STAGE_ENTERED";

		static TimelineEntry of(AuditEvent event) {
			return new TimelineEntry(event.getOccurredAt(), event.getActor(), event.getAction(), event.getRecordType(),
					event.getRecordId(), event.getDetails());
		}

		static boolean isShared(AuditEvent event) {
			return STAGE_ENTERED.equals(event.getAction());
		}

	}

	static long daysBetween(Instant from, Instant to) {
		return Duration.between(from, to).toDays();
	}

}
