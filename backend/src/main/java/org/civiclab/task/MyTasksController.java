package org.civiclab.task;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.civiclab.idea.Gate;
import org.civiclab.idea.Idea;
import org.civiclab.idea.IdeaPolicy;
import org.civiclab.idea.IdeaPolicy.Facts;
import org.civiclab.idea.IdeaPolicy.GateRight;
import org.civiclab.idea.IdeaRepository;
import org.civiclab.idea.IdeaView.Author;
import org.civiclab.people.CurrentUser;
import org.civiclab.people.CurrentUsers;
import org.civiclab.people.Role;
import org.civiclab.pipeline.OpenGate;
import org.civiclab.pipeline.Pipeline;
import org.civiclab.pipeline.PipelineReviews;
import org.civiclab.pipeline.ReviewTask;

import org.springframework.lang.Nullable;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * My tasks: the gates that wait for the current user, oldest first, as {@link IdeaPolicy}
 * says (their role, their organisation, no conflict of interest; revisions for all the
 * idea's authors). A lab lead also sees the gates of their organisation that nobody may
 * pass now, so that an idea never waits silently.
 */
@RestController
class MyTasksController {

	private final Pipeline pipeline;

	private final IdeaRepository ideas;

	private final CurrentUsers people;

	private final PipelineReviews reviews;

	MyTasksController(Pipeline pipeline, PipelineReviews reviews, IdeaRepository ideas, CurrentUsers people) {
		this.pipeline = pipeline;
		this.reviews = reviews;
		this.ideas = ideas;
		this.people = people;
	}

	/**
	 * A gate that waits: for the reader to pass it ({@code mayAct}), or, for a lab lead,
	 * for anyone at all ({@code mayAct} false, {@code mayPass} empty).
	 */
	record MyTask(String taskId, String name, Gate gate, String stage, List<String> outcomes, Instant since,
			Long ideaId, String reference, String title, boolean mayAct, GateRight yourRight, List<Author> mayPass,
			Kind kind, @Nullable Instant dueAt) {

		/** What the task asks. */
		enum Kind {

			/** Pass a gate (a decision, or the authors' revision). */
			GATE,
			/** Review the idea on a panel, for the gate named (docs/adr/0039). */
			REVIEW

		}

		/** A panel's review that waits for its reviewer. */
		static MyTask review(ReviewTask review, Idea idea) {
			Gate gate = Gate.fromModel(review.gate());
			return new MyTask(review.taskId(), "Review idea", gate, idea.getStage(), List.of(), review.since(),
					idea.getId(), idea.getReference(), idea.getTitle(), true, GateRight.ALLOWED, List.of(), Kind.REVIEW,
					review.dueAt());
		}

	}

	/**
	 * List my tasks. What waits for the signed-in person: the gate decisions, reviews and
	 * revisions that are theirs to act on.
	 */
	@GetMapping("/api/tasks/mine")
	@Transactional(readOnly = true)
	List<MyTask> mine() {
		CurrentUser user = this.people.current();
		boolean lab = user.has(Role.LAB_LEAD);
		Map<String, OpenGate> gates = new LinkedHashMap<>();
		List<String> groups = lab ? Arrays.stream(Role.values()).map(Role::group).toList()
				: new ArrayList<>(user.groups());
		this.pipeline.openGatesFor(user.username(), groups).forEach((gate) -> gates.put(gate.taskId(), gate));
		List<Long> authored = this.ideas.findByAuthor(user.username())
			.stream()
			.filter((idea) -> !idea.isDraft() && !idea.isEnded())
			.map(Idea::getId)
			.toList();
		this.pipeline.openGates(authored).values().stream().flatMap(List::stream).forEach((gate) -> {
			gates.put(gate.taskId(), gate);
		});
		Map<Long, Idea> byId = this.ideas.findAllById(gates.values().stream().map(OpenGate::ideaId).distinct().toList())
			.stream()
			.filter((idea) -> idea.getOrganisation().getId().equals(user.organisationId()))
			.collect(Collectors.toMap(Idea::getId, Function.identity()));
		// Those who might pass a decision gate; a revision is always its authors'.
		List<CurrentUser> members = this.people.candidatesOf(user.organisationId(),
				Set.of(Role.LAB_LEAD, Role.EXECUTIVE), Set.of());
		List<MyTask> mine = new ArrayList<>(gates.values()
			.stream()
			.filter((gate) -> byId.containsKey(gate.ideaId()) && Gate.isKnown(gate))
			.map((gate) -> task(gate, byId.get(gate.ideaId()), user, lab, members))
			.flatMap(Optional::stream)
			.toList());
		mine.addAll(reviews(user));
		mine.sort(Comparator.comparing(MyTask::since));
		return List.copyOf(mine);
	}

	/** The panels' reviews that wait for the user, on ideas they may still review. */
	private List<MyTask> reviews(CurrentUser user) {
		List<ReviewTask> open = this.reviews.openFor(user.username());
		if (open.isEmpty()) {
			return List.of();
		}
		Map<Long, Idea> byId = this.ideas.findAllById(open.stream().map(ReviewTask::ideaId).distinct().toList())
			.stream()
			.filter((idea) -> IdeaPolicy.mayReview(user, idea.facts()))
			.collect(Collectors.toMap(Idea::getId, Function.identity()));
		return open.stream()
			.filter((review) -> byId.containsKey(review.ideaId()) && Gate.fromModel(review.gate()) != null)
			.map((review) -> MyTask.review(review, byId.get(review.ideaId())))
			.toList();
	}

	private static Optional<MyTask> task(OpenGate gate, Idea idea, CurrentUser user, boolean lab,
			List<CurrentUser> members) {
		Facts facts = idea.facts();
		GateRight right = IdeaPolicy.gateRight(user, facts, gate);
		List<CurrentUser> mayPass = IdeaPolicy.whoMayPass(facts, gate, members);
		boolean waiting = Gate.fromModel(gate.gate()).isDecision() && mayPass.isEmpty();
		if (!right.allowed() && !(lab && waiting)) {
			return Optional.empty();
		}
		return Optional.of(new MyTask(gate.taskId(), gate.name(), Gate.fromModel(gate.gate()), gate.stage(),
				gate.outcomes(), gate.since(), idea.getId(), idea.getReference(), idea.getTitle(), right.allowed(),
				right, mayPass.stream().map((person) -> new Author(person.username(), person.displayName())).toList(),
				MyTask.Kind.GATE, null));
	}

}
