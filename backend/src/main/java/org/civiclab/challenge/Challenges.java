package org.civiclab.challenge;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.civiclab.audit.AuditLog;
import org.civiclab.idea.ChallengeLinks;
import org.civiclab.idea.Idea;
import org.civiclab.idea.IdeaPolicy;
import org.civiclab.idea.IdeaRepository;
import org.civiclab.people.CurrentUser;
import org.civiclab.people.OrganisationRepository;
import org.civiclab.pipeline.ChallengeProcess;
import org.civiclab.pipeline.ChallengeReviewDue;
import org.civiclab.web.Problems;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Challenges as staff open, read, edit and close them, each action asking
 * {@link ChallengePolicy} in the order of docs/adr/0014: hidden (404), refused (403),
 * stale version (409), wrong state (409). A challenge's life runs in its process
 * ({@link ChallengeProcess}); its closing timer sets it to review.
 */
@Service
class Challenges implements ChallengeLinks {

	private final ChallengeRepository challenges;

	private final SuggestionRepository suggestions;

	private final IdeaRepository ideas;

	private final OrganisationRepository organisations;

	private final ChallengeProcess process;

	private final AuditLog audit;

	Challenges(ChallengeRepository challenges, SuggestionRepository suggestions, IdeaRepository ideas,
			OrganisationRepository organisations, ChallengeProcess process, AuditLog audit) {
		this.challenges = challenges;
		this.suggestions = suggestions;
		this.ideas = ideas;
		this.organisations = organisations;
		this.process = process;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	List<ChallengeSummary> list(CurrentUser user) {
		return this.challenges.findAll()
			.stream()
			.filter((challenge) -> ChallengePolicy.mayRead(user, challenge.facts()))
			.sorted(Comparator.comparing(Challenge::getClosesAt).reversed().thenComparing(Challenge::getId))
			.map((challenge) -> new ChallengeSummary(challenge.getId(), challenge.getTitle(), challenge.getAudience(),
					challenge.getState(), challenge.getOpensAt(), challenge.getClosesAt(),
					challenge.getOrganisation().getId(), challenge.getOrganisation().getName(),
					responses(challenge, user).size(), pending(challenge, user)))
			.toList();
	}

	@Transactional
	ChallengeView create(ChallengeRequest request, CurrentUser user) {
		if (!ChallengePolicy.mayOpen(user)) {
			throw Problems.forbidden("challenge.managers-only");
		}
		checkDates(request);
		Challenge challenge = new Challenge(this.organisations.getReferenceById(user.organisationId()),
				user.username());
		challenge.describe(request);
		this.challenges.saveAndFlush(challenge);
		this.audit.record(user.username(), "CHALLENGE_OPENED", "challenge", challenge.getId(), null,
				challenge.getTitle());
		this.process.start(challenge.getId(), challenge.getClosesAt());
		return view(challenge, user);
	}

	@Transactional(readOnly = true)
	ChallengeView read(Long id, CurrentUser user) {
		return view(visible(id, user), user);
	}

	@Transactional
	ChallengeView edit(Long id, ChallengeRequest request, CurrentUser user) {
		Challenge challenge = managed(id, request.version(), user);
		if (challenge.getState() != ChallengeState.OPEN) {
			throw Problems.conflict("challenge.not-open", challenge.getTitle());
		}
		checkDates(request);
		boolean moved = !challenge.getClosesAt().equals(request.closesAt());
		challenge.describe(request);
		if (moved) {
			this.process.reschedule(id, request.closesAt());
		}
		this.audit.record(user.username(), "CHALLENGE_EDITED", "challenge", id, null, null);
		return view(this.challenges.saveAndFlush(challenge), user);
	}

	/**
	 * Closes it with a summary of what came of it: its review is completed, or, while it
	 * is open, it is closed early.
	 */
	@Transactional
	ChallengeView close(Long id, String summary, Long version, CurrentUser user) {
		Challenge challenge = managed(id, version, user);
		if (challenge.getState() == ChallengeState.CLOSED) {
			throw Problems.conflict("challenge.closed", challenge.getTitle());
		}
		this.process.close(id);
		challenge.close(summary);
		this.audit.record(user.username(), "CHALLENGE_CLOSED", "challenge", id, null, null);
		return view(this.challenges.saveAndFlush(challenge), user);
	}

	/** Its closing time has come: its responses wait for review. */
	@EventListener
	void on(ChallengeReviewDue due) {
		this.challenges.findById(due.challengeId()).ifPresent(Challenge::reviewing);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<LinkedChallenge> answerable(Long challengeId, CurrentUser user) {
		return this.challenges.findById(challengeId)
			.filter((challenge) -> ChallengePolicy.mayRead(user, challenge.facts()) && !user.isAnonymous()
					&& challenge.getState() == ChallengeState.OPEN)
			.map(Challenges::link);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<LinkedChallenge> readable(Long challengeId, CurrentUser user) {
		return this.challenges.findById(challengeId)
			.filter((challenge) -> ChallengePolicy.mayRead(user, challenge.facts()))
			.map(Challenges::link);
	}

	/** A challenge the user may read; one they may not answers 404 as if none existed. */
	Challenge visible(Long id, CurrentUser user) {
		return this.challenges.findById(id)
			.filter((challenge) -> ChallengePolicy.mayRead(user, challenge.facts()))
			.orElseThrow(() -> notFound(id));
	}

	static org.springframework.web.ErrorResponseException notFound(Long id) {
		return Problems.notFound("challenge.not-found", id);
	}

	private Challenge managed(Long id, Long version, CurrentUser user) {
		Challenge challenge = this.challenges.findById(id)
			.filter((found) -> ChallengePolicy.mayRead(user, found.facts()))
			.orElseThrow(() -> notFound(id));
		if (!ChallengePolicy.mayManage(user, challenge.facts())) {
			throw Problems.forbidden("challenge.managers-only");
		}
		if (version == null) {
			throw Problems.invalid("version", "idea.version-needed");
		}
		if (!Objects.equals(challenge.getVersion(), version)) {
			throw Problems.stale(challenge.getVersion(), "record.stale", challenge.getTitle());
		}
		return challenge;
	}

	private ChallengeView view(Challenge challenge, CurrentUser user) {
		return ChallengeView.of(challenge, responses(challenge, user), pending(challenge, user),
				ChallengePolicy.mayManage(user, challenge.facts()),
				ChallengePolicy.mayModerate(user, challenge.facts()));
	}

	private List<ChallengeView.ChallengeResponse> responses(Challenge challenge, CurrentUser user) {
		return this.ideas.findByChallengeIdOrderByCreatedAtAscIdAsc(challenge.getId())
			.stream()
			.filter((idea) -> IdeaPolicy.view(user, idea.facts()).isPresent())
			.map((Idea idea) -> new ChallengeView.ChallengeResponse(idea.getId(), idea.getReference(), idea.getTitle(),
					idea.getStage()))
			.toList();
	}

	private Long pending(Challenge challenge, CurrentUser user) {
		return ChallengePolicy.mayModerate(user, challenge.facts())
				? this.suggestions.countByChallengeIdAndStatus(challenge.getId(), SuggestionStatus.PENDING) : null;
	}

	private static void checkDates(ChallengeRequest request) {
		if (!request.closesAt().isAfter(request.opensAt())) {
			throw Problems.invalid("closesAt", "challenge.closes-before-opens");
		}
		if (!request.closesAt().isAfter(Instant.now())) {
			throw Problems.invalid("closesAt", "challenge.closes-in-past");
		}
	}

	private static LinkedChallenge link(Challenge challenge) {
		return new LinkedChallenge(challenge.getId(), challenge.getTitle());
	}

}
