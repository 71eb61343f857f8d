package org.civiclab.idea;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.civiclab.people.CurrentUser;
import org.civiclab.people.CurrentUsers;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * How far an idea is shared beyond its organisation.
 */
@RestController
@RequestMapping("/api/ideas/{id}")
class SharingController {

	private final IdeaSharing sharing;

	private final IdeaViews views;

	private final CurrentUsers currentUsers;

	SharingController(IdeaSharing sharing, IdeaViews views, CurrentUsers currentUsers) {
		this.sharing = sharing;
		this.views = views;
		this.currentUsers = currentUsers;
	}

	record SharingRequest(@NotNull Sharing sharing, @NotNull Long version) {
	}

	/**
	 * Share an idea. Its organisation's lab lead shares a submitted idea with the
	 * organisation only, the region (the installation's other organisations) or the
	 * public; beyond the organisation it is published from its screening Go on, in the
	 * shared view. Send the version that was read.
	 */
	@PutMapping("/sharing")
	IdeaView share(@PathVariable Long id, @Valid @RequestBody SharingRequest request) {
		CurrentUser user = this.currentUsers.current();
		Idea idea = this.sharing.share(id, request.sharing(), request.version(), user);
		return this.views.view(idea.getId(), user);
	}

}
