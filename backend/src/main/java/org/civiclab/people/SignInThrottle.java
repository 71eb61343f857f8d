package org.civiclab.people;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed sign-ins for a
 * username, further attempts for it are refused until {@link #LOCKOUT} has passed since
 * the last failure. A successful sign-in clears the count. Kept per node, in memory.
 */
@Component
class SignInThrottle {

	static final int MAX_FAILURES = 5;

	static final Duration LOCKOUT = Duration.ofMinutes(15);

	private final Cache<String, Integer> failures = Caffeine.newBuilder()
		.expireAfterWrite(LOCKOUT)
		.maximumSize(100_000)
		.build();

	boolean isLocked(String username) {
		Integer count = this.failures.getIfPresent(key(username));
		return count != null && count >= MAX_FAILURES;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		this.failures.asMap().merge(key(event.getAuthentication().getName()), 1, Integer::sum);
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		this.failures.invalidate(key(event.getAuthentication().getName()));
	}

	private static String key(String username) {
		return String.valueOf(username).toLowerCase();
	}

}
