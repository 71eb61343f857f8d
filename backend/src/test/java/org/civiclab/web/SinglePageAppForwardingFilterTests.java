package org.civiclab.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SinglePageAppForwardingFilterTests {

	@ParameterizedTest
	@CsvSource({ "GET, /board", "GET, /ideas/42", "GET, /my-tasks", "GET, /apis", "GET, /camundas/x" })
	void forwardsAppRoutesToTheApp(String method, String path) {
		assertThat(SinglePageAppForwardingFilter.isAppRoute(method, path)).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "GET, /", "GET, /index.html", "GET, /assets/index-abc123.js", "GET, /favicon.ico", "GET, /api",
			"GET, /api/ideas/42", "GET, /camunda/app/cockpit/default/", "GET, /engine-rest/process-definition",
			"GET, /actuator/health", "GET, /v3/api-docs", "GET, /h2-console", "GET, /error", "POST, /board",
			"HEAD, /board" })
	void leavesFilesAndServerPathsAlone(String method, String path) {
		assertThat(SinglePageAppForwardingFilter.isAppRoute(method, path)).isFalse();
	}

}
