package org.civiclab.review;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.civiclab.audit.AuditLog;
import org.civiclab.decision.GateDecided;
import org.civiclab.idea.Gate;
import org.civiclab.idea.Idea;
import org.civiclab.idea.IdeaEvent;
import org.civiclab.idea.IdeaPolicy;
import org.civiclab.idea.IdeaPolicy.Facts;
import org.civiclab.idea.IdeaService;
import org.civiclab.idea.IdeaViews;
import org.civiclab.people.CurrentUser;
import org.civiclab.people.Person;
import org.civiclab.people.PersonRepository;
import org.civiclab.people.Role;
import org.civiclab.pipeline.ConcurrentChangeException;
import org.civiclab.pipeline.Pipeline;
import org.civiclab.pipeline.PipelineReviews;
import org.civiclab.pipeline.ReviewTask;
import org.civiclab.review.PanelRequests.AssignPanel;
import org.civiclab.review.PanelRequests.SubmitReview;
import org.civiclab.web.Problems;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Panels of reviewers at screening (docs/adr/0039): a lab lead assigns them, each submits
 * a review, and the gate's decision locks the panel to it. Who may do and see what is
 * {@link IdeaPolicy}'s; when the panel is done and when a reviewer is late is the
 * model's.
 */
@Service
class Panels {

	static final int MAX_REVIEWERS = 7;

	static final int DEFAULT_DUE_DAYS = 7;

	static final int MAX_DUE_DAYS = 60;

	/** A spread of this many points on a criterion is a disagreement worth a word. */
	static final int DISAGREEMENT = 2;

	private final IdeaService ideas;

	private final IdeaViews views;

	private final PanelRepository panels;

	private final PersonRepository people;

	private final PipelineReviews engine;

	private final Pipeline pipeline;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	Panels(IdeaService ideas, IdeaViews views, PanelRepository panels, PersonRepository people, PipelineReviews engine,
			Pipeline pipeline, AuditLog audit, ApplicationEventPublisher events) {
		this.ideas = ideas;
		this.views = views;
		this.panels = panels;
		this.people = people;
		this.engine = engine;
		this.pipeline = pipeline;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * Assigns a panel to the open screening, in the order of docs/adr/0014: hidden (404),
	 * not a member (403), not a lab lead or an author (403), stale version (409), no
	 * screening open or a panel already open (409), reviewers who may not review (400).
	 */
	@Transactional
	List<PanelView> assign(Long ideaId, AssignPanel request, CurrentUser user) {
		Idea idea = IdeaViews.requireMember(this.ideas.visibleForUpdate(ideaId, user), user, "idea.members-only.panel");
		Facts facts = idea.facts();
		if (!user.has(Role.LAB_LEAD)) {
			throw Problems.forbidden("panel.lab-leads-only", idea.getReference());
		}
		if (!IdeaPolicy.mayAssignPanel(user, facts)) {
			throw Problems.forbidden("panel.own-idea", idea.getReference());
		}
		IdeaService.checkVersion(idea, request.version());
		boolean screening = this.pipeline.openGates(ideaId)
			.stream()
			.anyMatch((gate) -> Gate.SCREENING.modelName().equals(gate.gate()));
		if (!screening) {
			throw Problems.conflict("panel.not-now", idea.getReference(), idea.getStage());
		}
		if (this.panels.findOpenForUpdate(ideaId).isPresent()) {
			throw Problems.conflict("panel.already-open", idea.getReference());
		}
		List<Person> reviewers = reviewers(idea, request.reviewers());
		int days = (request.dueDays() != null) ? request.dueDays() : DEFAULT_DUE_DAYS;
		Instant dueAt = Instant.now().plus(Duration.ofDays(days));
		Panel panel = this.panels.saveAndFlush(new Panel(ideaId, Gate.SCREENING, user.id(), dueAt, reviewers));
		List<String> usernames = reviewers.stream().map(Person::getUsername).toList();
		if (!this.engine.assign(ideaId, usernames, dueAt)) {
			throw Problems.conflict("panel.not-now", idea.getReference(), idea.getStage());
		}
		// Who reviews is the panel's: the audit log keeps it, the idea's timeline does
		// not.
		this.audit.record(user.username(), "PANEL_ASSIGNED", "panel", panel.getId(), null,
				String.join(", ", usernames));
		this.events.publishEvent(IdeaEvent.addressed(ideaId, user.id(), IdeaEvent.Kind.REVIEW_REQUESTED, usernames));
		return views(idea, user);
	}

	/**
	 * The idea's panels the reader may see, oldest first: all of them for a lab lead of
	 * its organisation who did not write it, those they sit on for a reviewer; for anyone
	 * else the reviews do not exist (404).
	 */
	@Transactional(readOnly = true)
	List<PanelView> panels(Long ideaId, CurrentUser user) {
		Idea idea = this.views.readable(ideaId, user);
		List<PanelView> seen = views(idea, user);
		if (seen.isEmpty() && !IdeaPolicy.seesAllReviews(user, idea.facts())) {
			throw Problems.notFound("panel.not-found", idea.getReference());
		}
		return seen;
	}

	/**
	 * Submits (or, while the gate is open, changes) the reader's review on the idea's
	 * open panel: hidden (404), not a member (403), not on the panel (403), the gate
	 * decided or the panel closed (409), stale version (409), bad scores (400).
	 */
	@Transactional
	List<PanelView> submit(Long ideaId, SubmitReview request, CurrentUser user) {
		Idea idea = IdeaViews.requireMember(this.views.readable(ideaId, user), user, "idea.members-only.reviews");
		Panel panel = this.panels.findOpenForUpdate(ideaId)
			.filter((open) -> open.reviewOf(user.id()).isPresent())
			.orElse(null);
		if (panel == null) {
			boolean onALockedPanel = this.panels.findByIdeaIdOrderByIdAsc(ideaId)
				.stream()
				.anyMatch((each) -> each.reviewOf(user.id()).isPresent());
			throw onALockedPanel ? Problems.conflict("review.locked", idea.getReference())
					: Problems.forbidden("review.not-on-panel", idea.getReference());
		}
		if (!IdeaPolicy.mayReview(user, idea.facts())) {
			throw Problems.forbidden("review.own-idea", idea.getReference());
		}
		if (idea.isEnded()) {
			throw Problems.conflict("review.closed", idea.getReference());
		}
		Review review = panel.reviewOf(user.id()).orElseThrow();
		if (review.isSubmitted()) {
			if (request.version() == null) {
				throw Problems.invalid("version", "idea.version-needed");
			}
			if (!Objects.equals(review.getVersion(), request.version())) {
				throw Problems.stale(review.getVersion(), "record.stale", idea.getReference());
			}
			review.submit(request.scores(), request.notes());
		}
		else {
			ReviewTask task = this.engine.open(ideaId)
				.stream()
				.filter((open) -> user.username().equals(open.reviewer()))
				.findFirst()
				.orElseThrow(() -> Problems.conflict("review.closed", idea.getReference()));
			review.submit(request.scores(), request.notes());
			try {
				this.engine.complete(task);
			}
			catch (ConcurrentChangeException ex) {
				throw Problems.conflict("review.closed", idea.getReference());
			}
		}
		this.panels.flush();
		this.audit.record(user.username(), "REVIEW_SUBMITTED", "panel", panel.getId(), null, null);
		return views(idea, user);
	}

	/** The gate's decision keeps the panel's reviews as they are now. */
	@EventListener
	void lock(GateDecided decided) {
		this.panels.findOpenForUpdate(decided.ideaId())
			.filter((panel) -> panel.getGate() == decided.gate())
			.ifPresent((panel) -> panel.lockTo(decided.decisionId()));
	}

	private List<Person> reviewers(Idea idea, List<String> usernames) {
		Set<String> wanted = new LinkedHashSet<>(usernames);
		Map<String, Person> found = this.people
			.findEnabledByOrganisationAndUsernames(idea.getOrganisation().getId(), wanted)
			.stream()
			.filter(Person::isActive)
			.collect(Collectors.toMap(Person::getUsername, Function.identity()));
		for (String username : wanted) {
			Person person = found.get(username);
			if (person == null) {
				throw Problems.invalid("reviewers", "panel.reviewer-unknown", username,
						idea.getOrganisation().getName());
			}
			if (!IdeaPolicy.mayReview(CurrentUser.of(person), idea.facts())) {
				throw Problems.invalid("reviewers", "panel.reviewer-is-author", person.getDisplayName(),
						idea.getReference());
			}
		}
		return wanted.stream().map(found::get).toList();
	}

	private List<PanelView> views(Idea idea, CurrentUser user) {
		boolean lead = IdeaPolicy.seesAllReviews(user, idea.facts());
		boolean reviewer = IdeaPolicy.mayReview(user, idea.facts());
		List<ReviewTask> open = this.engine.open(idea.getId());
		return this.panels.findByIdeaIdOrderByIdAsc(idea.getId())
			.stream()
			.filter((panel) -> lead || (reviewer && panel.reviewOf(user.id()).isPresent()))
			.map((panel) -> PanelViews.of(panel, idea.isEnded(), user, lead, open, this.people, this.pipeline))
			.toList();
	}

}
