package org.civiclab.idea;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.civiclab.audit.AuditLog;
import org.civiclab.idea.IdeaPolicy.Facts;
import org.civiclab.people.CurrentUser;
import org.civiclab.people.Organisation;
import org.civiclab.people.Person;
import org.civiclab.people.PersonRepository;
import org.civiclab.pipeline.OpenGate;
import org.civiclab.pipeline.Pipeline;
import org.civiclab.pipeline.Pipeline.GateTimes;
import org.civiclab.web.Problems;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An idea's life before and beside the gates: written as a draft by its authors,
 * submitted into the pipeline, revised when screening sends it back, withdrawn. Every
 * action asks {@link IdeaPolicy}, in the order of docs/adr/0014: hidden (404), refused
 * (403), stale version (409), wrong state (409).
 */
@Service
public class IdeaService {

	/** The most co-authors an idea names. */
	static final int MAX_CO_AUTHORS = 10;

	private final IdeaRepository ideas;

	private final PersonRepository people;

	private final Pipeline pipeline;

	private final AuditLog audit;

	private final IdeaNumbers numbers;

	private final IdeaVocabulary vocabulary;

	private final ApplicationEventPublisher events;

	private final Followers followers;

	private final ChallengeLinks challenges;

	IdeaService(IdeaRepository ideas, PersonRepository people, Pipeline pipeline, AuditLog audit, IdeaNumbers numbers,
			IdeaVocabulary vocabulary, ApplicationEventPublisher events, Followers followers,
			ChallengeLinks challenges) {
		this.challenges = challenges;
		this.events = events;
		this.followers = followers;
		this.ideas = ideas;
		this.vocabulary = vocabulary;
		this.numbers = numbers;
		this.people = people;
		this.pipeline = pipeline;
		this.audit = audit;
	}

	@Transactional
	public Idea create(IdeaRequest request, CurrentUser user) {
		Person author = this.people.getReferenceById(user.id());
		Organisation organisation = author.getOrganisation();
		IdeaVocabulary.Checked checked = this.vocabulary.check(organisation.getId(), request, null);
		Idea idea = new Idea(this.numbers.next(), author, organisation);
		if (request.challengeId() != null) {
			idea.answer(this.challenges.answerable(request.challengeId(), user)
				.orElseThrow(() -> Problems.invalid("challengeId", "idea.challenge-not-open", request.challengeId()))
				.id());
		}
		idea.describe(request, checked.department(), checked.themes());
		this.ideas.saveAndFlush(idea);
		this.vocabulary.store(idea, checked);
		this.audit.record(user.username(), "IDEA_CREATED", "idea", idea.getId(), idea.getId(), idea.getTitle());
		this.followers.follow(idea.getId(), List.of(user.id()));
		return idea;
	}

	@Transactional
	public Idea edit(Long id, IdeaRequest request, CurrentUser user) {
		Idea idea = visibleForUpdate(id, user);
		requireAuthor(idea, user, "edit");
		checkVersion(idea, request.version());
		if (!IdeaPolicy.mayEdit(user, idea.facts(), revision(idea) != null)) {
			throw Problems.conflict("idea.not-editable", idea.getReference(), idea.getStage());
		}
		IdeaVocabulary.Checked checked = this.vocabulary.check(idea.getOrganisation().getId(), request, idea);
		idea.describe(request, checked.department(), checked.themes());
		this.vocabulary.store(idea, checked);
		this.audit.record(user.username(), "IDEA_EDITED", "idea", id, id, null);
		return idea;
	}

	/** The submitter names the colleagues who wrote the idea with them. */
	@Transactional
	public Idea nameCoAuthors(Long id, List<String> usernames, Long version, CurrentUser user) {
		Idea idea = visibleForUpdate(id, user);
		if (!IdeaPolicy.isSubmitter(user, idea.facts())) {
			throw Problems.forbidden("idea.co-authors-by-submitter", idea.getReference());
		}
		checkVersion(idea, version);
		if (!IdeaPolicy.mayChangeCoAuthors(user, idea.facts(), revision(idea) != null)) {
			throw Problems.conflict("idea.co-authors-not-now", idea.getReference(), idea.getStage());
		}
		idea.nameCoAuthors(colleagues(idea, usernames));
		this.followers.follow(id, idea.getCoAuthors().stream().map(Person::getId).toList());
		this.audit.record(user.username(), "CO_AUTHORS_NAMED", "idea", id, id, String.join(", ", usernames));
		return idea;
	}

	@Transactional
	public Idea submit(Long id, Long version, CurrentUser user) {
		Idea idea = visibleForUpdate(id, user);
		requireAuthor(idea, user, "submit");
		checkVersion(idea, version);
		if (!IdeaPolicy.maySubmit(user, idea.facts())) {
			throw Problems.conflict("idea.already-submitted", idea.getReference());
		}
		idea.submitted();
		this.audit.record(user.username(), "IDEA_SUBMITTED", "idea", id, id, null);
		this.events.publishEvent(IdeaEvent.of(id, user.id(), IdeaEvent.Kind.IDEA_SUBMITTED));
		this.pipeline.start(id, idea.getSubmitter().getUsername(), idea.getOrganisation().screeningEscalationAfter(),
				idea.getOrganisation().benefitReviewEvery());
		return idea;
	}

	/** Sends an idea that screening sent back to its authors into screening again. */
	@Transactional
	public Idea resubmit(Long id, Long version, CurrentUser user) {
		Idea idea = visibleForUpdate(id, user);
		requireAuthor(idea, user, "resubmit");
		checkVersion(idea, version);
		OpenGate revision = revision(idea);
		if (revision == null) {
			throw Problems.conflict("idea.not-awaiting-revision", idea.getReference());
		}
		this.audit.record(user.username(), "IDEA_RESUBMITTED", "idea", id, id, null);
		this.events.publishEvent(IdeaEvent.of(id, user.id(), IdeaEvent.Kind.IDEA_SUBMITTED));
		this.pipeline.complete(revision, Outcome.GO.name(), GateTimes.NONE);
		return idea;
	}

	@Transactional
	public Idea withdraw(Long id, Long version, CurrentUser user) {
		Idea idea = visibleForUpdate(id, user);
		requireAuthor(idea, user, "withdraw");
		checkVersion(idea, version);
		if (!IdeaPolicy.mayWithdraw(user, idea.facts())) {
			throw Problems.conflict("idea.already-ended", idea.getReference(), idea.getStage());
		}
		this.audit.record(user.username(), "IDEA_WITHDRAWN", "idea", id, id, null);
		if (idea.isDraft()) {
			idea.enterStage(Stages.WITHDRAWN, true);
		}
		else {
			this.pipeline.withdraw(id);
		}
		return idea;
	}

	/**
	 * Loads an idea the user may see to change it; one they may not see answers 404. Its
	 * version goes up when the transaction commits.
	 */
	@Transactional
	public Idea visibleForUpdate(Long id, CurrentUser user) {
		return this.ideas.findForUpdate(id)
			.filter((found) -> IdeaPolicy.view(user, found.facts()).isPresent())
			.orElseThrow(() -> IdeaViews.notFound(id));
	}

	/** Refuses (409) a change made on an older version than the idea's. */
	public static Idea checkVersion(Idea idea, Long readVersion) {
		if (readVersion == null) {
			throw Problems.invalid("version", "idea.version-needed");
		}
		if (!Objects.equals(idea.getVersion(), readVersion)) {
			throw Problems.stale(idea.getVersion(), "record.stale", idea.getReference());
		}
		return idea;
	}

	private Set<Person> colleagues(Idea idea, List<String> usernames) {
		Set<String> wanted = new LinkedHashSet<>(usernames);
		if (wanted.size() > MAX_CO_AUTHORS) {
			throw Problems.invalid("coAuthors", "idea.co-authors-too-many", MAX_CO_AUTHORS);
		}
		if (wanted.contains(idea.getSubmitter().getUsername())) {
			throw Problems.invalid("coAuthors", "idea.co-author-is-submitter");
		}
		List<Person> found = wanted.isEmpty() ? List.of()
				: this.people.findEnabledByOrganisationAndUsernames(idea.getOrganisation().getId(), wanted);
		Set<String> known = found.stream().map(Person::getUsername).collect(Collectors.toSet());
		List<String> unknown = wanted.stream().filter((username) -> !known.contains(username)).toList();
		if (!unknown.isEmpty()) {
			throw Problems.invalid("coAuthors", "idea.co-authors-unknown", idea.getOrganisation().getName(),
					String.join(", ", unknown));
		}
		return new LinkedHashSet<>(found);
	}

	private OpenGate revision(Idea idea) {
		if (idea.isDraft() || idea.isEnded()) {
			return null;
		}
		return this.pipeline.openGates(idea.getId()).stream().filter(IdeaActions::isRevision).findFirst().orElse(null);
	}

	private static void requireAuthor(Idea idea, CurrentUser user, String action) {
		Facts facts = idea.facts();
		if (!IdeaPolicy.isAuthor(user, facts)) {
			throw Problems.forbidden("idea.authors-only." + action, idea.getReference());
		}
	}

}
