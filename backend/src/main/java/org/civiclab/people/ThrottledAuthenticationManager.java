package org.civiclab.people;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.core.Authentication;

/**
 * Refuses sign-ins for a username that {@link SignInThrottle} has locked, before the
 * password is even checked; otherwise asks the real authentication manager.
 */
final class ThrottledAuthenticationManager implements AuthenticationManager {

	private final AuthenticationManager delegate;

	private final SignInThrottle throttle;

	private final ApplicationEventPublisher events;

	ThrottledAuthenticationManager(AuthenticationManager delegate, SignInThrottle throttle,
			ApplicationEventPublisher events) {
		this.delegate = delegate;
		this.throttle = throttle;
		this.events = events;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		if (this.throttle.isLocked(authentication.getName())) {
			LockedException locked = new LockedException("Too many failed sign-ins; try again later");
			this.events.publishEvent(new AuthenticationFailureLockedEvent(authentication, locked));
			throw locked;
		}
		return this.delegate.authenticate(authentication);
	}

}
