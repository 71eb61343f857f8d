package org.civiclab.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.civiclab.ApiClient;
import org.civiclab.AtOnce;
import org.civiclab.IdeaDriver;
import org.civiclab.IdeaDriver.Stage;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civiclab.ApiClient.decision;
import static org.civiclab.ApiClient.scores;

/**
 * Contention that the API answers with 409 is normal on a busy morning: the same gate
 * decided by several people at once, the same support given twice at once. It is not an
 * error, so nothing of it is logged at ERROR (an operator's alerting would fire on it).
 */
@ExtendWith(OutputCaptureExtension.class)
class ContentionLogIT extends ApiClient.FullStack {

	static final int AT_ONCE = 8;

	@Test
	void theSameDecisionAndTheSameSupportSentAtOnceLogNoError(CapturedOutput output) throws Exception {
		List<Integer> decisions = new ArrayList<>();
		List<Integer> supports = new ArrayList<>();
		for (int round = 0; round < 3; round++) {
			long id = IdeaDriver.norrvik(this::as).idea("Contended " + round).to(Stage.SCREENING).id();
			long version = as("lena").idea(id).path("version").asLong();
			decisions.addAll(
					atOnce(() -> as("lena")
						.post("/api/ideas/{id}/decisions",
								decision("SCREENING", "KILL", version).set("scores", scores(1, 1, 1, 1)), id)
						.status()));
			supports.addAll(atOnce(() -> as("omar").put("/api/ideas/{id}/support", null, id).status()));
		}

		assertThat(decisions).containsOnly(201, 409).filteredOn((status) -> status == 201).hasSize(3);
		assertThat(supports).allMatch((status) -> status == 200 || status == 201 || status == 204 || status == 409);
		assertThat(output.getAll().lines().filter((line) -> line.contains(" ERROR "))).as("ERROR lines").isEmpty();
	}

	private static List<Integer> atOnce(Callable<Integer> request) throws Exception {
		return AtOnce.run(AT_ONCE, (n) -> request);
	}

}
