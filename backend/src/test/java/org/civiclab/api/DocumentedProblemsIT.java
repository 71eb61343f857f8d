package org.civiclab.api;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.civiclab.ProblemsSeen;
import org.civiclab.ProblemsSeen.Problem;
import org.civiclab.api.ApiDocument.Operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Every problem the full-stack tests of this run provoked (a 4xx answer to a request
 * under {@code /api}: bad input, refusals, things not found) is a response the committed
 * API document lists for that operation (issue 20). The tests record what they met in
 * {@link ProblemsSeen}; the build runs this class on its own after all of them (the
 * {@code documented-problems} run of failsafe in {@code backend/pom.xml}), so it always
 * checks the tests of the same build, e.g. those of
 * {@code -Dit.test=BadInputIT,AuthorizationMatrixIT,TextLimitsIT}. With none before it,
 * it has nothing to compare and is skipped.
 */
class DocumentedProblemsIT {

	@Test
	void everyProblemTheTestsProvokedIsOneTheDocumentListsForItsOperation() throws IOException {
		assumeThat(ProblemsSeen.all()).as("problems recorded by the tests that ran before this one").isNotEmpty();
		ApiDocument document = ApiDocument.read(ApiDocument.COMMITTED);
		Set<String> undocumented = new TreeSet<>();
		Set<String> operations = new TreeSet<>();
		Set<String> noOperation = new TreeSet<>();
		int compared = 0;
		for (Problem problem : ProblemsSeen.all()) {
			// SCIM, the H2 console and the engine's own web apps are not in this
			// document.
			if (!problem.path().startsWith("/api/")) {
				continue;
			}
			compared++;
			Optional<Operation> operation = document.operation(problem.method(), problem.path());
			if (operation.isEmpty()) {
				noOperation.add(problem.method() + " " + problem.path() + " " + problem.status());
			}
			else if (!operation.get().lists(problem.status())) {
				undocumented.add(operation.get() + " " + problem.status());
				operations.add(operation.get().toString());
			}
		}
		System.out.printf(
				"Documented problems: %d kinds of problem under /api, %d (operation, status) pairs the document"
						+ " does not list, on %d operations; %d requests reached no operation of it: %s%n",
				compared, undocumented.size(), operations.size(), noOperation.size(), noOperation);
		assertThat(undocumented)
			.as("%d (operation, status) pairs the tests provoked that the API document does not list, on %d operations",
					undocumented.size(), operations.size())
			.isEmpty();
	}

}
