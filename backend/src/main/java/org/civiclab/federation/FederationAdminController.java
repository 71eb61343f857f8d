package org.civiclab.federation;

import java.util.List;

import jakarta.validation.Valid;

import org.civiclab.federation.FeedAdministration.FeedView;
import org.civiclab.people.AdminScope;
import org.civiclab.people.CurrentUser;
import org.civiclab.people.CurrentUsers;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The other installations whose public pilots the catalogue lists: the installation's, so
 * for a region's admin only (docs/open-data.md, docs/adr/0037).
 */
@RestController
@RequestMapping("/api/admin/federation/feeds")
class FederationAdminController {

	private final FeedAdministration feeds;

	private final FeedFetcher fetcher;

	private final AdminScope scope;

	private final CurrentUsers users;

	FederationAdminController(FeedAdministration feeds, FeedFetcher fetcher, AdminScope scope, CurrentUsers users) {
		this.feeds = feeds;
		this.fetcher = fetcher;
		this.scope = scope;
		this.users = users;
	}

	/**
	 * List the federation's feeds. Each other installation whose open data is read: when
	 * it was last read, whether its pilots are stale and why, how many it holds.
	 */
	@GetMapping
	List<FeedView> feeds() {
		regionAdmin();
		return this.feeds.all();
	}

	/**
	 * Add a feed. An other installation's http or https address and its name; it is read
	 * at once, and the answer says whether that worked.
	 */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	FeedView add(@Valid @RequestBody FeedRequest request) {
		long id = this.feeds.add(request, regionAdmin());
		this.fetcher.fetch(id);
		return this.feeds.one(id);
	}

	/** Remove a feed. Its pilots leave the catalogue with it. */
	@DeleteMapping("/{feedId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable Long feedId) {
		this.feeds.delete(feedId, regionAdmin());
	}

	private CurrentUser regionAdmin() {
		CurrentUser user = this.users.current();
		this.scope.requireAdministersInstallation(user, "federation.region-admin-only");
		return user;
	}

}
