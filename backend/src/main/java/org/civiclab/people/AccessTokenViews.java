package org.civiclab.people;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.lang.Nullable;

/** What the access tokens' API takes and answers. */
final class AccessTokenViews {

	private AccessTokenViews() {
	}

	/**
	 * A new token: what it is for, what it may do, and the last day it works (at most a
	 * year from today).
	 */
	record AccessTokenRequest(@NotBlank @Size(max = 100) String name, @NotNull AccessTokenScope scope,
			@NotNull LocalDate expiresOn) {
	}

	/** A token as its person sees it in the list: never the secret. */
	record AccessTokenView(Long id, String name, AccessTokenScope scope, Instant createdAt, Instant expiresAt,
			@Nullable Instant lastUsedAt) {

		static AccessTokenView of(AccessToken token) {
			return new AccessTokenView(token.getId(), token.getName(), token.getScope(), token.getCreatedAt(),
					token.getExpiresAt(), token.getLastUsedAt());
		}

	}

	/** A token just made, with its secret: shown this once, never again. */
	record CreatedAccessToken(String token, AccessTokenView accessToken) {
	}

}
