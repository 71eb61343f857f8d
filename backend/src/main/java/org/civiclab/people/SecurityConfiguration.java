package org.civiclab.people;

import org.civiclab.web.ProblemAuthenticationHandlers;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Until real sign-in arrives: the API answers only signed-in people, by HTTP Basic with
 * the users stored in the database. The cockpit under {@code /camunda} keeps its own
 * sign-in and CSRF protection; the web app and health are open.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain api(HttpSecurity http, ProblemAuthenticationHandlers problems) throws Exception {
		return http
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/api/**")
				.authenticated()
				.requestMatchers("/actuator/health/**", "/actuator/info")
				.permitAll()
				.requestMatchers("/actuator/**")
				.denyAll()
				.anyRequest()
				.permitAll())
			.httpBasic((basic) -> basic.authenticationEntryPoint(problems))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			// The API is stateless (HTTP Basic, no session cookie); the cockpit has its
			// own.
			.csrf((csrf) -> csrf.ignoringRequestMatchers("/api/**", "/camunda/**"))
			.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

}
