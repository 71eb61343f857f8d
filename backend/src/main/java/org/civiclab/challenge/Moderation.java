package org.civiclab.challenge;

import java.time.Instant;
import java.util.List;

import org.civiclab.audit.AuditLog;
import org.civiclab.idea.EntryRoute;
import org.civiclab.idea.Idea;
import org.civiclab.idea.IdeaEvent;
import org.civiclab.idea.IdeaRepository;
import org.civiclab.idea.IdeaRequest;
import org.civiclab.idea.IdeaService;
import org.civiclab.notification.CitizenMails;
import org.civiclab.people.CurrentUser;
import org.civiclab.web.Problems;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A public challenge's lab leads moderate its residents' suggestions: approve one to
 * publish it, reject one with a reason the resident is mailed, turn an approved one into
 * an idea that credits the resident if they agreed. The resident is mailed when that idea
 * passes screening. Nobody here ever reads a resident's address: the mails do.
 */
@Service
class Moderation {

	/**
	 * A suggestion as its moderators see it: never the resident's address.
	 *
	 * @param authorName the name the resident gave, if any
	 * @param credit whether the resident agreed to be credited by name in an idea
	 * @param supports the confirmed supports
	 * @param ideaId the idea made of it, if any
	 */
	record ModeratedSuggestion(Long id, String title, String text, @Nullable String authorName, boolean credit,
			SuggestionStatus status, @Nullable String rejectionReason, long supports, @Nullable Long ideaId,
			Instant createdAt) {
	}

	/** The idea a suggestion became. */
	record MadeIdea(Long ideaId) {
	}

	private static final List<SuggestionStatus> MODERATED = List.of(SuggestionStatus.PENDING, SuggestionStatus.APPROVED,
			SuggestionStatus.REJECTED);

	private final ChallengeRepository challenges;

	private final SuggestionRepository suggestions;

	private final Citizens citizens;

	private final Participation participation;

	private final IdeaService ideaService;

	private final IdeaRepository ideas;

	private final AuditLog audit;

	private final JdbcTemplate jdbc;

	Moderation(ChallengeRepository challenges, SuggestionRepository suggestions, Citizens citizens,
			Participation participation, IdeaService ideaService, IdeaRepository ideas, AuditLog audit,
			JdbcTemplate jdbc) {
		this.challenges = challenges;
		this.suggestions = suggestions;
		this.citizens = citizens;
		this.participation = participation;
		this.ideaService = ideaService;
		this.ideas = ideas;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	/** The confirmed suggestions of a challenge, oldest first, for its moderators. */
	@Transactional(readOnly = true)
	List<ModeratedSuggestion> list(Long challengeId, CurrentUser user) {
		moderated(challengeId, user);
		return this.suggestions.findByChallengeIdAndStatusInOrderByCreatedAtAscIdAsc(challengeId, MODERATED)
			.stream()
			.map(this::view)
			.toList();
	}

	@Transactional
	ModeratedSuggestion approve(Long suggestionId, CurrentUser user) {
		Suggestion suggestion = pending(suggestionId, user);
		suggestion.moderate(SuggestionStatus.APPROVED, null, user.username());
		this.audit.record(user.username(), "SUGGESTION_APPROVED", "suggestion", suggestionId, null, null);
		return view(suggestion);
	}

	@Transactional
	ModeratedSuggestion reject(Long suggestionId, String reason, CurrentUser user) {
		Suggestion suggestion = pending(suggestionId, user);
		suggestion.moderate(SuggestionStatus.REJECTED, reason.strip(), user.username());
		this.audit.record(user.username(), "SUGGESTION_REJECTED", "suggestion", suggestionId, null, null);
		Challenge challenge = this.challenges.findById(suggestion.getChallengeId()).orElseThrow();
		this.citizens.byId(suggestion.getCitizenId())
			.ifPresent((citizen) -> this.participation.mail(citizen, CitizenMails.Kind.REJECTED, null,
					suggestion.getTitle(), challenge.getTitle(), suggestion.getRejectionReason()));
		return view(suggestion);
	}

	/**
	 * An idea of the lab lead's organisation made of an approved suggestion: it answers
	 * the challenge, credits the resident if they agreed, and is submitted at once.
	 */
	@Transactional
	MadeIdea toIdea(Long suggestionId, CurrentUser user) {
		Suggestion suggestion = moderatedSuggestion(suggestionId, user);
		if (suggestion.getIdeaId() != null) {
			throw Problems.conflict("suggestion.already-idea",
					this.ideas.findById(suggestion.getIdeaId()).map(Idea::getReference).orElse(""));
		}
		if (suggestion.getStatus() != SuggestionStatus.APPROVED) {
			throw Problems.conflict("suggestion.not-approved", suggestion.getStatus());
		}
		Challenge challenge = this.challenges.findById(suggestion.getChallengeId()).orElseThrow();
		Idea idea = this.ideaService.create(new IdeaRequest(suggestion.getTitle(), challenge.getProblem(),
				suggestion.getText(), null, null, EntryRoute.CHALLENGE_DRIVEN, List.of(), null, false, null, List.of()),
				user);
		idea.answer(challenge.getId());
		idea.credit(suggestion.creditedName());
		this.ideaService.submit(idea.getId(), this.ideas.saveAndFlush(idea).getVersion(), user);
		suggestion.becameIdea(idea.getId());
		this.audit.record(user.username(), "SUGGESTION_TO_IDEA", "suggestion", suggestionId, idea.getId(), null);
		return new MadeIdea(idea.getId());
	}

	/** An idea made of a suggestion passed screening: its resident is told, once. */
	@EventListener
	void on(IdeaEvent event) {
		this.suggestions.findByIdeaId(event.ideaId())
			.filter((suggestion) -> !suggestion.isScreeningTold())
			.ifPresent((suggestion) -> {
				Idea idea = this.ideas.findById(event.ideaId()).orElseThrow();
				if (idea.getScreenedAt() == null) {
					return;
				}
				suggestion.screeningTold();
				this.citizens.byId(suggestion.getCitizenId())
					.ifPresent((citizen) -> this.participation.mail(citizen, CitizenMails.Kind.SCREENING_PASSED, null,
							suggestion.getTitle(), idea.getReference(), idea.getTitle()));
			});
	}

	private Suggestion pending(Long suggestionId, CurrentUser user) {
		Suggestion suggestion = moderatedSuggestion(suggestionId, user);
		if (suggestion.getStatus() != SuggestionStatus.PENDING) {
			throw Problems.conflict("suggestion.not-pending", suggestion.getStatus());
		}
		return suggestion;
	}

	/** A confirmed suggestion the user moderates; 404 if they may not know it. */
	private Suggestion moderatedSuggestion(Long suggestionId, CurrentUser user) {
		Suggestion suggestion = this.suggestions.findById(suggestionId)
			.filter((found) -> found.getStatus() != SuggestionStatus.UNCONFIRMED)
			.orElseThrow(() -> Problems.notFound("suggestion.not-found", suggestionId));
		Challenge challenge = this.challenges.findById(suggestion.getChallengeId()).orElseThrow();
		if (!ChallengePolicy.mayRead(user, challenge.facts()) || !ChallengePolicy.isMember(user, challenge.facts())) {
			throw Problems.notFound("suggestion.not-found", suggestionId);
		}
		if (!ChallengePolicy.mayModerate(user, challenge.facts())) {
			throw Problems.forbidden("challenge.moderators-only");
		}
		return suggestion;
	}

	private Challenge moderated(Long challengeId, CurrentUser user) {
		Challenge challenge = this.challenges.findById(challengeId)
			.filter((found) -> ChallengePolicy.mayRead(user, found.facts()))
			.orElseThrow(() -> Challenges.notFound(challengeId));
		if (!ChallengePolicy.mayModerate(user, challenge.facts())) {
			throw Problems.forbidden("challenge.moderators-only");
		}
		return challenge;
	}

	private ModeratedSuggestion view(Suggestion suggestion) {
		return new ModeratedSuggestion(suggestion.getId(), suggestion.getTitle(), suggestion.getText(),
				suggestion.getAuthorName(), suggestion.isCredit(), suggestion.getStatus(),
				suggestion.getRejectionReason(), supports(this.jdbc, suggestion.getId()), suggestion.getIdeaId(),
				suggestion.getCreatedAt());
	}

	/** The confirmed supports of a suggestion. */
	static long supports(JdbcTemplate jdbc, Long suggestionId) {
		return jdbc.queryForObject(
				"select count(*) from suggestion_support where suggestion_id = ? and confirmed_at is not null",
				Long.class, suggestionId);
	}

}
