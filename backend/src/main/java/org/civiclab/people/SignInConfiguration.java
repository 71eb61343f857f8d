package org.civiclab.people;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.BeanPostProcessor;
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
import org.springframework.session.SaveMode;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;

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

	/**
	 * Spring Session's filter, on the same sessions with their last access written once a
	 * minute ({@link SessionLastAccess}). The filter is replaced, not the repository:
	 * Spring Boot keeps making the repository (and its cleanup) only while no other one
	 * is declared.
	 */
	@Bean
	static BeanPostProcessor sessionLastAccess(ObjectProvider<JdbcIndexedSessionRepository> sessions,
			ObjectProvider<CookieSerializer> cookies,
			@Value("${spring.session.jdbc.save-mode:on-set-attribute}") SaveMode saveMode) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (!(bean instanceof SessionRepositoryFilter<?>)) {
					return bean;
				}
				CookieHttpSessionIdResolver ids = new CookieHttpSessionIdResolver();
				ids.setCookieSerializer(cookies.getObject());
				SessionRepositoryFilter<?> filter = new SessionRepositoryFilter<>(
						new SessionLastAccess(sessions.getObject(), saveMode == SaveMode.ON_SET_ATTRIBUTE)) {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						try {
							super.doFilterInternal(request, response, chain);
						}
						finally {
							SessionLastAccess.forgetSaved();
						}
					}
				};
				filter.setHttpSessionIdResolver(ids);
				return filter;
			}
		};
	}

	@Bean
	CsrfTokenRepository csrfTokenRepository() {
		return new SessionCsrfTokens();
	}

}
