package org.civiclab.people;

import java.util.List;

import jakarta.validation.Valid;

import org.civiclab.people.AccessTokenViews.AccessTokenRequest;
import org.civiclab.people.AccessTokenViews.AccessTokenView;
import org.civiclab.people.AccessTokenViews.CreatedAccessToken;
import org.civiclab.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in person's own access tokens: list, make, revoke. Nobody sees or revokes
 * another's.
 */
@RestController
@RequestMapping("/api/access-tokens")
class AccessTokensController {

	private final AccessTokens tokens;

	private final CurrentUsers currentUsers;

	AccessTokensController(AccessTokens tokens, CurrentUsers currentUsers) {
		this.tokens = tokens;
		this.currentUsers = currentUsers;
	}

	/**
	 * List my access tokens. The signed-in person's own personal access tokens, never
	 * their secrets; nobody sees another's.
	 */
	@GetMapping
	List<AccessTokenView> listAccessTokens() {
		return this.tokens.of(this.currentUsers.current());
	}

	/**
	 * Make an access token. A personal access token for the signed-in person, with a
	 * name, a scope (READ, READ_WRITE or SCIM for an admin) and an expiry; its secret is
	 * shown in this answer only.
	 */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	CreatedAccessToken createAccessToken(@Valid @RequestBody AccessTokenRequest request) {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof AccessTokenAuthentication) {
			// A leaked token must not outlive its revocation through tokens it made.
			throw Problems.forbidden("token.not-with-token");
		}
		return this.tokens.create(this.currentUsers.current(), request.name(), request.scope(), request.expiresOn());
	}

	/**
	 * Revoke an access token. One of the signed-in person's own tokens stops working at
	 * once; another's answers 404.
	 */
	@DeleteMapping("/{tokenId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revokeAccessToken(@PathVariable Long tokenId) {
		this.tokens.revoke(this.currentUsers.current(), tokenId);
	}

}
