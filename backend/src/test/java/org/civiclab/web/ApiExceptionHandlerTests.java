package org.civiclab.web;

import java.sql.SQLException;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.junit.jupiter.api.Test;

import org.civiclab.audit.AuditLog;
import org.civiclab.idea.Outcome;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every error of the API is a ProblemDetail (RFC 9457) that says what is wrong and names
 * the fields at fault: the web layer alone, with a controller that fails on purpose.
 */
@WebMvcTest(controllers = ApiExceptionHandlerTests.Failing.class)
@AutoConfigureMockMvc(addFilters = false)
@Import({ ApiExceptionHandlerTests.Failing.class, ProblemAuthenticationHandlers.class })
class ApiExceptionHandlerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private AuditLog audit;

	@Test
	void aValidationErrorNamesEachFieldAtFault() throws Exception {
		problem(post("/failing/ideas").contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \" \", \"scores\": {\"novelty\": 9}}"), 400)
			.andExpect(jsonPath("$.title").value("Invalid request"))
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("title", "scores.novelty")))
			.andExpect(jsonPath("$.detail").value(containsString("title: must not be blank")))
			.andExpect(jsonPath("$.detail").value(containsString("scores.novelty: must be less than or equal to 5")));
	}

	@Test
	void aParameterOutOfBoundsNamesTheParameter() throws Exception {
		problem(get("/failing/page").param("size", "101"), 400).andExpect(jsonPath("$.errors[0].field").value("size"))
			.andExpect(jsonPath("$.detail").value("size: must be less than or equal to 100"));
	}

	@Test
	void unreadableJsonIsAProblemOfTheBody() throws Exception {
		problem(post("/failing/ideas").contentType(MediaType.APPLICATION_JSON).content("{\"title\": "), 400)
			.andExpect(jsonPath("$.errors[0].field").value("body"))
			.andExpect(jsonPath("$.detail").value("body: is not valid JSON for this request"));
	}

	@Test
	void aValueOfTheWrongTypeNamesItsFieldWithItsPath() throws Exception {
		problem(post("/failing/ideas").contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Benches\", \"scores\": {\"novelty\": \"high\"}}"), 400)
			.andExpect(jsonPath("$.errors[0].field").value("scores.novelty"))
			.andExpect(jsonPath("$.detail").value(containsString("wrong type")))
			.andExpect(jsonPath("$.detail").value(containsString("high")));
		problem(post("/failing/ideas").contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Benches\", \"experimentIds\": [1, \"two\"]}"), 400)
			.andExpect(jsonPath("$.errors[0].field").value("experimentIds[1]"));
		problem(post("/failing/ideas").contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": {\"text\": \"Benches\"}}"), 400)
			.andExpect(jsonPath("$.errors[0].field").value("title"))
			.andExpect(jsonPath("$.detail").value("title: has a value of the wrong type"));
	}

	@Test
	void anUnknownEnumValueIsNamedWithTheValue() throws Exception {
		problem(post("/failing/ideas").contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Benches\", \"outcome\": \"MAYBE\"}"), 400)
			.andExpect(jsonPath("$.errors[0].field").value("outcome"))
			.andExpect(jsonPath("$.detail").value(containsString("MAYBE")));
	}

	@Test
	void aServicesProblemIsAnsweredAsItIsAndOnlyARefusalIsAudited() throws Exception {
		problem(get("/failing/missing"), 404).andExpect(jsonPath("$.title").value("Not found"))
			.andExpect(jsonPath("$.detail").value("No idea with id 7"));
		problem(post("/failing/refused").principal(new TestingAuthenticationToken("lena", null)), 403)
			.andExpect(jsonPath("$.title").value("Not allowed"))
			.andExpect(jsonPath("$.reason").value("SUBMITTER"));
		problem(post("/failing/refused"), 403);

		then(this.audit).should()
			.recordRefusal("lena", "ACTION_REFUSED",
					"POST /failing/refused: Another lab lead of Norrvik decides this: you submitted the idea (Lena Lind may)");
		then(this.audit).should()
			.recordRefusal("anonymous", "ACTION_REFUSED",
					"POST /failing/refused: Another lab lead of Norrvik decides this: you submitted the idea (Lena Lind may)");
		then(this.audit).shouldHaveNoMoreInteractions();
	}

	@Test
	void aChangeOnAnOldVersionTellsTheCurrentVersion() throws Exception {
		problem(post("/failing/stale"), 409).andExpect(jsonPath("$.title").value("Changed by someone else"))
			.andExpect(jsonPath("$.currentVersion").value(7))
			.andExpect(jsonPath("$.detail").value(containsString("IDEA-2026-0001 was changed since you read it")));
	}

	@Test
	void concurrentWritesAndConflictsWithTheStoredDataAreConflicts() throws Exception {
		problem(post("/failing/locked"), 409)
			.andExpect(jsonPath("$.detail").value(containsString("changed by someone else at the same time")));
		problem(post("/failing/integrity"), 409)
			.andExpect(jsonPath("$.detail").value("The request conflicts with the stored data; nothing was changed"))
			.andExpect(jsonPath("$.detail").value(not(containsString("constraint"))));
	}

	@Test
	void aDeadlockOrALockNotGrantedIsAConflictToTryAgain() throws Exception {
		for (String path : List.of("/failing/deadlock", "/failing/lock-timeout")) {
			problem(post(path), 409)
				.andExpect(jsonPath("$.detail")
					.value("Someone else changed the same data at the same moment; nothing was changed, try again"))
				.andExpect(jsonPath("$.detail").value(not(containsString("Deadlock"))));
		}
	}

	@Test
	void aDeniedAccessIsAProblem() throws Exception {
		problem(post("/failing/denied"), 403).andExpect(jsonPath("$.detail").value("You may not do this"));
	}

	@Test
	void anUnknownEndpointOrMethodIsAProblem() throws Exception {
		problem(get("/api/nothing-here"), 404)
			.andExpect(jsonPath("$.detail").value("No API endpoint GET /api/nothing-here"));
		problem(get("/failing/refused"), 405).andExpect(jsonPath("$.detail").value(containsString("GET")));
	}

	private ResultActions problem(org.springframework.test.web.servlet.RequestBuilder request, int status)
			throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(status))
			.andExpect(jsonPath("$.title").isNotEmpty())
			.andExpect(jsonPath("$.detail").isNotEmpty());
	}

	/** Fails as the services do. */
	@RestController
	@RequestMapping("/failing")
	@Validated
	static class Failing {

		record Scores(@Min(1) @Max(5) Integer novelty) {
		}

		record IdeaBody(@NotBlank String title, @Valid Scores scores, Outcome outcome, List<Long> experimentIds) {
		}

		@PostMapping("/ideas")
		void create(@Valid @RequestBody IdeaBody idea) {
		}

		@GetMapping("/page")
		void page(@RequestParam @Min(1) @Max(100) int size) {
		}

		@GetMapping("/missing")
		void missing() {
			throw Problems.notFound("idea.not-found", 7);
		}

		@PostMapping("/refused")
		void refused() {
			org.springframework.web.ErrorResponseException refusal = Problems.forbidden("gate.another",
					Problems.message("role.lab-lead"), "Norrvik", Problems.message("gate.why.submitter"), "Lena Lind");
			refusal.getBody().setProperty("reason", "SUBMITTER");
			throw refusal;
		}

		@PostMapping("/stale")
		void stale() {
			throw Problems.stale(7, "record.stale", "IDEA-2026-0001");
		}

		@PostMapping("/locked")
		void locked() {
			throw new ObjectOptimisticLockingFailureException("Idea", 1L);
		}

		@PostMapping("/deadlock")
		void deadlock() {
			throw new CannotAcquireLockException("could not execute statement",
					new SQLException("Deadlock detected. The current transaction was rolled back.", "40001"));
		}

		@PostMapping("/lock-timeout")
		void lockTimeout() {
			throw new PessimisticLockingFailureException("Timeout trying to lock table IDEA");
		}

		@PostMapping("/integrity")
		void integrity() {
			throw new DataIntegrityViolationException("unique constraint UK_IDEA_REFERENCE violated");
		}

		@PostMapping("/denied")
		void denied() {
			throw new AccessDeniedException("denied");
		}

	}

}
