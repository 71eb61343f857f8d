package org.civiclab.people;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;

/**
 * How people sign in: BCrypt password hashes, the session that keeps them signed in, and
 * the CSRF token the web app sends back.
 */
@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

	/**
	 * BCrypt with {@code civiclab.password-hash-strength} log rounds (10 by default:
	 * about 50 to 150 ms a check on our machines). Hashes of any strength are verified,
	 * so it can be raised without resetting anyone's password.
	 */
	@Bean
	PasswordEncoder passwordEncoder(@Value("${civiclab.password-hash-strength:10}") int strength) {
		return new BCryptPasswordEncoder(strength);
	}

	@Bean
	AuthenticationManager authenticationManager(UserDetailsService people, PasswordEncoder passwords,
			ApplicationEventPublisher events, SignInThrottle throttle) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(people);
		provider.setPasswordEncoder(passwords);
		ProviderManager manager = new ProviderManager(provider);
		// Failed sign-ins are published, and audited (audit.SecurityAudit).
		manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
		return new ThrottledAuthenticationManager(manager, throttle, events);
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	CsrfTokenRepository csrfTokenRepository() {
		return new SessionCsrfTokens();
	}

}
