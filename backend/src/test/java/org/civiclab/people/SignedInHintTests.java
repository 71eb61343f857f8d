package org.civiclab.people;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import static org.assertj.core.api.Assertions.assertThat;

class SignedInHintTests {

	private final SignedInHint hint = new SignedInHint();

	@Test
	void aPageLoadWithASignedInSessionSetsTheHint() throws Exception {
		MockHttpServletRequest request = pageLoad("/board");
		request.getSession()
			.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl());

		MockHttpServletResponse response = filter(request);

		assertThat(response.getHeaders("Set-Cookie")).singleElement()
			.asString()
			.startsWith("civiclab-signed-in=1;")
			.contains("Path=/", "SameSite=Lax")
			.doesNotContain("HttpOnly", "Max-Age");
	}

	@Test
	void aPageLoadWithTheHintButNoSessionClearsIt() throws Exception {
		MockHttpServletRequest request = pageLoad("/public");
		request.setCookies(new Cookie("civiclab-signed-in", "1"));

		MockHttpServletResponse response = filter(request);

		assertThat(response.getHeaders("Set-Cookie")).singleElement()
			.asString()
			.startsWith("civiclab-signed-in=;")
			.contains("Max-Age=0");
	}

	@Test
	void aSessionWithoutASignInSetsNoHint() throws Exception {
		MockHttpServletRequest request = pageLoad("/public");
		request.getSession().setAttribute("camunda", "cockpit");

		assertThat(filter(request).getHeaders("Set-Cookie")).isEmpty();
	}

	@Test
	void requestsOtherThanPageLoadsLeaveTheHintAlone() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/board");
		request.addHeader("Accept", "application/json");
		request.setCookies(new Cookie("civiclab-signed-in", "1"));

		assertThat(filter(request).getHeaders("Set-Cookie")).isEmpty();
	}

	private static MockHttpServletRequest pageLoad(String path) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.addHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
		return request;
	}

	private MockHttpServletResponse filter(MockHttpServletRequest request) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.hint.doFilter(request, response, new MockFilterChain());
		return response;
	}

}
