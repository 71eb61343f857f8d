package org.civiclab.idea;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.civiclab.audit.AuditLog;
import org.civiclab.idea.IdeaPolicy.Facts;
import org.civiclab.idea.IdeaPolicy.View;
import org.civiclab.idea.IdeaView.Author;
import org.civiclab.idea.IdeaView.GateView;
import org.civiclab.people.CurrentUser;
import org.civiclab.people.CurrentUsers;
import org.civiclab.people.Role;
import org.civiclab.pipeline.OpenGate;
import org.civiclab.pipeline.Pipeline;
import org.civiclab.web.Problems;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.springframework.lang.Nullable;

/**
 * Reads ideas as their readers may see them ({@link IdeaPolicy}).
 */
@Service
public class IdeaViews {

	private final IdeaRepository ideas;

	private final SupportRepository supports;

	private final Pipeline pipeline;

	private final AuditLog audit;

	private final CurrentUsers people;

	private final ChallengeLinks challenges;

	IdeaViews(IdeaRepository ideas, SupportRepository supports, Pipeline pipeline, AuditLog audit, CurrentUsers people,
			ChallengeLinks challenges) {
		this.challenges = challenges;
		this.ideas = ideas;
		this.supports = supports;
		this.pipeline = pipeline;
		this.audit = audit;
		this.people = people;
	}

	/**
	 * A line in the list of the user's own ideas.
	 *
	 * @param stage where it is: {@code draft}, a stage of the model or an end
	 * @param lastChangedAt when anything last happened to it (its timeline's newest
	 * entry)
	 */
	public record IdeaSummary(Long id, String reference, String title, String stage, @Nullable Instant stageEnteredAt,
			Instant lastChangedAt, long version) {
	}

	/** An idea someone may read, and the view they get of it. */
	public record Readable(Idea idea, View view) {

		public boolean isFull() {
			return this.view == View.FULL;
		}

	}

	/**
	 * The ideas the user wrote or co-wrote, drafts included, the one changed last first.
	 */
	@Transactional(readOnly = true)
	public List<IdeaSummary> mine(CurrentUser user) {
		List<Idea> mine = this.ideas.findByAuthor(user.username());
		Map<Long, Instant> changes = this.audit.lastChanges(mine.stream().map(Idea::getId).toList());
		return mine.stream()
			.map((idea) -> new IdeaSummary(idea.getId(), idea.getReference(), idea.getTitle(), idea.getStage(),
					idea.getStageEnteredAt(), lastChange(idea, changes.get(idea.getId())), idea.getVersion()))
			.sorted(Comparator.comparing(IdeaSummary::lastChangedAt).reversed())
			.toList();
	}

	private static Instant lastChange(Idea idea, @Nullable Instant lastEvent) {
		Instant last = idea.getCreatedAt();
		for (Instant candidate : new Instant[] { idea.getStageEnteredAt(), lastEvent }) {
			if (candidate != null && candidate.isAfter(last)) {
				last = candidate;
			}
		}
		return last;
	}

	/**
	 * An idea the user may know exists, with the view they get. One they may not know of
	 * answers 404, exactly as if it did not exist.
	 */
	@Transactional(readOnly = true)
	public Readable read(Long id, CurrentUser user) {
		return this.ideas.findById(id)
			.flatMap((idea) -> IdeaPolicy.view(user, idea.facts()).map((view) -> new Readable(idea, view)))
			.orElseThrow(() -> notFound(id));
	}

	/**
	 * Whether the user may know the idea exists: a record of an idea they may not know of
	 * answers 404 as if the record did not exist.
	 */
	@Transactional(readOnly = true)
	public boolean mayKnow(Long id, CurrentUser user) {
		return this.ideas.findById(id).flatMap((idea) -> IdeaPolicy.view(user, idea.facts())).isPresent();
	}

	/**
	 * Whether the user sees the idea in full: its internal records are theirs to read.
	 */
	@Transactional(readOnly = true)
	public boolean seesInFull(Long id, CurrentUser user) {
		return this.ideas.findById(id).map((idea) -> IdeaPolicy.seesInFull(user, idea.facts())).orElse(false);
	}

	/** As {@link #read}, for the idea alone. */
	@Transactional(readOnly = true)
	public Idea readable(Long id, CurrentUser user) {
		return read(id, user).idea();
	}

	/** The answer for an idea someone may not know of, whether or not it exists. */
	public static RuntimeException notFound(Long id) {
		return Problems.notFound("idea.not-found", id);
	}

	/**
	 * Refuses (403) a reader who is not a member of the idea's organisation: they may
	 * read it, not act on it.
	 */
	public static Idea requireMember(Idea idea, CurrentUser user, String refusal) {
		if (!IdeaPolicy.isMember(user, idea.facts())) {
			throw Problems.forbidden(refusal, idea.getReference(), idea.getOrganisation().getName());
		}
		return idea;
	}

	/**
	 * Refuses (403) a reader who is neither of the idea's organisation nor a partner of
	 * the joint pilot.
	 */
	public static Idea requireParticipant(Idea idea, CurrentUser user, String refusal) {
		if (!IdeaPolicy.isParticipant(user, idea.facts())) {
			throw Problems.forbidden(refusal, idea.getReference(), idea.getOrganisation().getName());
		}
		return idea;
	}

	@Transactional(readOnly = true)
	public IdeaView view(Long id, CurrentUser user) {
		Readable readable = read(id, user);
		Idea idea = readable.idea();
		Instant now = Instant.now();
		if (!readable.isFull()) {
			List<IdeaAction> actions = IdeaPolicy.mayDiscussInRegion(user, idea.facts())
					? List.of(IdeaAction.of(IdeaAction.Type.DISCUSS_IN_REGION)) : List.of();
			return IdeaView.shared(idea, origin(idea, user), challenge(idea, user), now, actions,
					this.audit.timeline(id));
		}
		Facts facts = idea.facts();
		List<OpenGate> open = idea.isDraft() ? List.of() : this.pipeline.openGates(id);
		return IdeaView.full(idea, origin(idea, user), challenge(idea, user), now, this.supports.countByKeyIdeaId(id),
				this.supports.existsById(new Support.Key(id, user.id())),
				IdeaActions.of(facts, open, user, this.pipeline.allows(idea.getStage())), gates(facts, open, user),
				this.audit.timeline(id));
	}

	private ChallengeLinks.LinkedChallenge challenge(Idea idea, CurrentUser user) {
		return (idea.getChallengeId() != null) ? this.challenges.readable(idea.getChallengeId(), user).orElse(null)
				: null;
	}

	/**
	 * The pilot the idea adopts: another installation's by its address, or one of this
	 * installation that the reader may know (one they may not is left out, as if it did
	 * not exist).
	 */
	@Nullable
	private static IdeaView.Origin origin(Idea idea, CurrentUser reader) {
		if (idea.getOriginUrl() != null) {
			return new IdeaView.Origin(idea.getOriginTitle(), null, idea.getOriginUrl());
		}
		Idea origin = idea.getOrigin();
		if (origin == null || IdeaPolicy.view(reader, origin.facts()).isEmpty()) {
			return null;
		}
		return new IdeaView.Origin(origin.getTitle(), origin.getReference(), null);
	}

	/** Each open gate with who may pass it: nobody means the idea waits, visibly. */
	private List<GateView> gates(Facts facts, List<OpenGate> open, CurrentUser reader) {
		if (open.isEmpty()) {
			return List.of();
		}
		Set<Role> roles = open.stream()
			.flatMap((gate) -> IdeaPolicy.candidateRoles(gate).stream())
			.collect(Collectors.toSet());
		Set<String> authors = new HashSet<>(facts.coAuthors());
		authors.add(facts.submitter());
		List<CurrentUser> members = this.people.candidatesOf(facts.organisationId(), roles, authors);
		return open.stream()
			.filter(Gate::isKnown)
			.map((gate) -> new GateView(Gate.fromModel(gate.gate()), gate.stage(), gate.since(),
					IdeaPolicy.candidateRoles(gate), IdeaPolicy.gateRight(reader, facts, gate),
					IdeaPolicy.whoMayPass(facts, gate, members)
						.stream()
						.map((person) -> new Author(person.username(), person.displayName()))
						.toList()))
			.toList();
	}

}
