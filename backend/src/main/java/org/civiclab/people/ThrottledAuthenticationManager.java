package org.civiclab.people;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a password only with a try claimed from {@link SignInThrottle}, for the user and
 * the address the attempt comes from (the client's, as the trusted proxies report it); a
 * refused claim is answered before the password is even looked at.
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
		if (!(authentication instanceof UsernamePasswordAuthenticationToken)) {
			return this.delegate.authenticate(authentication);
		}
		SignInThrottle.Claim claim;
		try {
			claim = this.throttle.claim(authentication.getName(), address(authentication));
		}
		catch (SignInRefused refused) {
			this.events.publishEvent(new AuthenticationFailureLockedEvent(authentication, refused));
			throw refused;
		}
		Authentication signedIn;
		try {
			signedIn = this.delegate.authenticate(authentication);
		}
		catch (AuthenticationException failed) {
			this.throttle.failed(claim);
			throw failed;
		}
		catch (RuntimeException broken) {
			this.throttle.abandoned(claim);
			throw broken;
		}
		this.throttle.succeeded(claim);
		return signedIn;
	}

	private static String address(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			return details.getRemoteAddress();
		}
		return "unknown";
	}

}
