package org.civiclab.idea;

import java.util.List;

import org.civiclab.people.CurrentUser;
import org.civiclab.people.CurrentUsers;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Following an idea: anyone who may see it may follow it, and is then told of its gate
 * decisions and its discussion (docs/notifications.md).
 */
@RestController
@RequestMapping("/api/ideas/{id}/following")
class FollowingController {

	private final IdeaViews views;

	private final Followers followers;

	private final CurrentUsers currentUsers;

	FollowingController(IdeaViews views, Followers followers, CurrentUsers currentUsers) {
		this.views = views;
		this.followers = followers;
		this.currentUsers = currentUsers;
	}

	/** Whether I follow the idea. */
	@GetMapping
	FollowingView following(@PathVariable Long id) {
		CurrentUser user = readable(id);
		return new FollowingView(this.followers.follows(id, user.id()));
	}

	/** Follow the idea, to be told of its gate decisions and comments; twice is once. */
	@PutMapping
	@Transactional
	FollowingView follow(@PathVariable Long id) {
		CurrentUser user = readable(id);
		this.followers.follow(id, List.of(user.id()));
		return new FollowingView(true);
	}

	/** Stop following the idea; unfollowing an idea not followed changes nothing. */
	@DeleteMapping
	@Transactional
	FollowingView unfollow(@PathVariable Long id) {
		CurrentUser user = readable(id);
		this.followers.unfollow(id, user.id());
		return new FollowingView(false);
	}

	/** The reader, if they may see the idea; 404 as if it did not exist if not. */
	private CurrentUser readable(Long id) {
		CurrentUser user = this.currentUsers.current();
		this.views.readable(id, user);
		return user;
	}

	/** Whether the reader follows the idea. */
	record FollowingView(boolean following) {
	}

}
