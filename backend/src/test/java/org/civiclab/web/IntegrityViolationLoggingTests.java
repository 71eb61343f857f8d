package org.civiclab.web;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.civiclab.audit.AuditLog;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;

import org.springframework.web.context.request.WebRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * A row that is already there because someone else wrote it at the same moment is
 * contention: 409, and no ERROR in the log. Any other broken rule of the tables is a
 * mistake of ours: still 409 to the client, but logged as the error it is.
 */
@ExtendWith(OutputCaptureExtension.class)
class IntegrityViolationLoggingTests {

	private final ApiExceptionHandler handler = new ApiExceptionHandler(mock(AuditLog.class),
			ProblemMessages.bundles());

	@Test
	void aUniqueKeyViolatedByAConcurrentRequestIsA409WithoutAnError(CapturedOutput output) {
		ResponseEntity<Object> answer = this.handler.dataIntegrity(violation("23505", "duplicate key value"),
				mock(WebRequest.class));

		assertThat(answer.getStatusCode().value()).isEqualTo(409);
		assertThat(output.getAll()).doesNotContain("ERROR");
	}

	@Test
	void anyOtherBrokenRuleIsLoggedAsAnError(CapturedOutput output) {
		ResponseEntity<Object> answer = this.handler.dataIntegrity(violation("22001", "value too long for column"),
				mock(WebRequest.class));

		assertThat(answer.getStatusCode().value()).isEqualTo(409);
		assertThat(output.getAll()).contains("ERROR").contains("value too long for column");
	}

	private static DataIntegrityViolationException violation(String sqlState, String message) {
		return new DataIntegrityViolationException("could not execute statement", new SQLException(message, sqlState));
	}

}
