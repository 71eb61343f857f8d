package org.civiclab.webhook;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.civiclab.idea.IdeaEvent;

import org.springframework.lang.Nullable;

/**
 * A webhook as the admin writes it. The secret signs every body (16 to 200 characters);
 * required when a webhook is added, left out of a change to keep the one it has.
 *
 * @param url where to POST: http or https, to a public address
 * @param events the kinds of events sent, at least one
 * @param secret the key of the HMAC-SHA256 signature; never shown again
 * @param enabled whether deliveries are made
 */
record WebhookRequest(@NotBlank @Size(max = 2000) String url, @NotNull @NotEmpty Set<IdeaEvent.@NotNull Kind> events,
		@Nullable @Size(min = 16, max = 200) String secret, @NotNull Boolean enabled) {

	@Override
	public String toString() {
		return "WebhookRequest[url=" + this.url + ", events=" + this.events + ", enabled=" + this.enabled + "]";
	}

}
