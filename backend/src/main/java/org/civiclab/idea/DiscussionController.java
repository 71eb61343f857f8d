package org.civiclab.idea;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.civiclab.audit.AuditLog;
import org.civiclab.people.CurrentUser;
import org.civiclab.people.CurrentUsers;
import org.civiclab.people.PersonRepository;
import org.civiclab.web.Problems;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.springframework.lang.Nullable;

/**
 * Comments on an idea and colleagues' support for it.
 */
@RestController
@RequestMapping("/api/ideas/{id}")
class DiscussionController {

	private final IdeaViews views;

	private final CommentRepository comments;

	private final SupportRepository supports;

	private final PersonRepository people;

	private final CurrentUsers currentUsers;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	DiscussionController(IdeaViews views, CommentRepository comments, SupportRepository supports,
			PersonRepository people, CurrentUsers currentUsers, AuditLog audit, ApplicationEventPublisher events) {
		this.views = views;
		this.comments = comments;
		this.supports = supports;
		this.people = people;
		this.currentUsers = currentUsers;
		this.audit = audit;
		this.events = events;
	}

	record CommentRequest(@NotBlank @Size(max = 4000) String body) {
	}

	record CommentView(Long id, String author, @Nullable String authorName, String body, Instant createdAt) {

		static CommentView of(Comment comment) {
			return new CommentView(comment.getId(), comment.getAuthor().getUsername(),
					comment.getAuthor().getDisplayName(), comment.getBody(), comment.getCreatedAt());
		}

	}

	record SupportView(long supports, boolean supportedByMe) {
	}

	/**
	 * List an idea's comments. The discussion of a submitted idea, oldest first, for its
	 * organisation's readers (comments are internal deliberation: other organisations
	 * never see them).
	 */
	@GetMapping("/comments")
	@Transactional(readOnly = true)
	List<CommentView> comments(@PathVariable Long id) {
		if (!this.views.read(id, this.currentUsers.current()).isFull()) {
			// The discussion is the organisation's own: for the shared view there is
			// none.
			return List.of();
		}
		return thread(id, false);
	}

	/**
	 * Comment on an idea. Adds a comment to a submitted idea's discussion; a draft takes
	 * comments once it is submitted.
	 */
	@PostMapping("/comments")
	@ResponseStatus(HttpStatus.CREATED)
	@Transactional
	CommentView comment(@PathVariable Long id, @Valid @RequestBody CommentRequest request) {
		CurrentUser user = this.currentUsers.current();
		takingPart(id, user);
		return add(id, user, request, false);
	}

	/**
	 * List the cross-organisation thread. The comments of people of every organisation on
	 * an idea shared beyond its organisation, oldest first, for everyone of the
	 * installation who may read the idea.
	 */
	@GetMapping("/region-comments")
	@Transactional(readOnly = true)
	List<CommentView> regionComments(@PathVariable Long id) {
		CurrentUser user = this.currentUsers.current();
		Idea idea = this.views.readable(id, user);
		if (!IdeaPolicy.mayReadRegionThread(user, idea.facts())) {
			return List.of();
		}
		return thread(id, true);
	}

	/**
	 * Comment in the cross-organisation thread. Anyone of the installation who may read
	 * an idea published beyond its organisation discusses it there, in the open; the
	 * organisation's own discussion stays its own.
	 */
	@PostMapping("/region-comments")
	@ResponseStatus(HttpStatus.CREATED)
	@Transactional
	CommentView commentInRegion(@PathVariable Long id, @Valid @RequestBody CommentRequest request) {
		CurrentUser user = this.currentUsers.current();
		Idea idea = this.views.readable(id, user);
		if (!IdeaPolicy.mayDiscussInRegion(user, idea.facts())) {
			throw Problems.conflict("discussion.not-shared", idea.getReference());
		}
		return add(id, user, request, true);
	}

	private List<CommentView> thread(Long id, boolean region) {
		return this.comments.findByIdeaIdAndRegionThreadOrderByCreatedAtAscIdAsc(id, region)
			.stream()
			.map(CommentView::of)
			.toList();
	}

	private CommentView add(Long id, CurrentUser user, CommentRequest request, boolean region) {
		Comment comment = this.comments
			.save(new Comment(id, this.people.getReferenceById(user.id()), request.body(), region));
		this.audit.record(user.username(), region ? "REGION_COMMENT_ADDED" : "COMMENT_ADDED", "comment",
				comment.getId(), id, null);
		this.events.publishEvent(IdeaEvent.commented(id, user.id(), comment.getId(), request.body(), region));
		return CommentView.of(comment);
	}

	/**
	 * Support an idea. The signed-in person supports (votes for) a colleague's submitted
	 * idea; supporting twice is the same as once.
	 */
	@PutMapping("/support")
	@Transactional
	SupportView support(@PathVariable Long id) {
		CurrentUser user = this.currentUsers.current();
		supporting(id, user);
		Support.Key key = new Support.Key(id, user.id());
		if (!this.supports.existsById(key)) {
			this.supports.save(new Support(id, user.id()));
			this.audit.record(user.username(), "SUPPORT_GIVEN", "idea", id, id, null);
		}
		return new SupportView(this.supports.countByKeyIdeaId(id), true);
	}

	/**
	 * Withdraw my support. Takes back the signed-in person's support for the idea;
	 * withdrawing support not given changes nothing.
	 */
	@DeleteMapping("/support")
	@Transactional
	SupportView withdrawSupport(@PathVariable Long id) {
		CurrentUser user = this.currentUsers.current();
		supporting(id, user);
		Support.Key key = new Support.Key(id, user.id());
		if (this.supports.existsById(key)) {
			this.supports.deleteById(key);
			this.audit.record(user.username(), "SUPPORT_WITHDRAWN", "idea", id, id, null);
		}
		return new SupportView(this.supports.countByKeyIdeaId(id), false);
	}

	/** A member of the idea's organisation, on a submitted idea ({@link IdeaPolicy}). */
	private Idea takingPart(Long id, CurrentUser user) {
		Idea idea = IdeaViews.requireMember(this.views.readable(id, user), user, "idea.members-only.discussion");
		if (!IdeaPolicy.mayComment(user, idea.facts())) {
			throw Problems.conflict("discussion.draft");
		}
		return idea;
	}

	/** A colleague, not an author, while the idea is in the pipeline. */
	private void supporting(Long id, CurrentUser user) {
		Idea idea = takingPart(id, user);
		if (IdeaPolicy.isAuthor(user, idea.facts())) {
			throw Problems.forbidden("discussion.support-own", idea.getReference());
		}
		if (!IdeaPolicy.maySupport(user, idea.facts())) {
			throw Problems.conflict("discussion.support-final", idea.getReference(), idea.getStage());
		}
	}

}
