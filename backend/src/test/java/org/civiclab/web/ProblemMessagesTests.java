package org.civiclab.web;

import java.util.List;
import java.util.Locale;

import org.civiclab.web.Problems.FieldProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.ErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A problem is raised with a code and its arguments and read in the request's language:
 * the same refusal in English, Swedish, Danish and Dutch.
 */
class ProblemMessagesTests {

	private final MessageSource bundles = ProblemMessages.bundles();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			en | Conflict  | IDEA-2026-0001 has already been submitted
			sv | Konflikt  | IDEA-2026-0001 har redan lämnats in
			da | Konflikt  | IDEA-2026-0001 er allerede indsendt
			nl | Conflict  | IDEA-2026-0001 is al ingediend
			de | Conflict  | IDEA-2026-0001 has already been submitted
			""")
	void aRefusalReadsInTheRequestsLanguageAndInEnglishForAnyOther(String language, String title, String detail) {
		ProblemDetail problem = ProblemMessages.localize(Problems.conflict("idea.already-submitted", "IDEA-2026-0001"),
				this.bundles, Locale.forLanguageTag(language));

		assertThat(problem.getTitle()).isEqualTo(title);
		assertThat(problem.getDetail()).isEqualTo(detail);
		assertThat(problem.getProperties()).containsEntry("code", "idea.already-submitted")
			.containsEntry("arguments", List.of("IDEA-2026-0001"));
	}

	@Test
	void aProblemIsInEnglishWhenRaisedForLogsAndTests() {
		ErrorResponseException problem = Problems.notFound("idea.not-found", 12345);

		assertThat(problem.getBody().getTitle()).isEqualTo("Not found");
		assertThat(problem.getBody().getDetail()).isEqualTo("No idea with id 12345");
	}

	@Test
	void everyFieldAtFaultIsNamedWithItsCodeAndItsMessageInTheLanguage() {
		ErrorResponseException invalid = Problems.invalid(
				List.of(FieldProblem.of("title", "field.not-blank"), FieldProblem.of("result", "field.size", 4000, 0)));

		ProblemDetail problem = ProblemMessages.localize(invalid, this.bundles, Locale.forLanguageTag("sv-SE"));

		assertThat(problem.getTitle()).isEqualTo("Ogiltig begäran");
		assertThat(problem.getDetail())
			.isEqualTo("result: längden måste vara mellan 0 och 4000; title: får inte vara tomt");
		assertThat(problem.getProperties().get("errors"))
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(FieldProblem.class))
			.extracting(FieldProblem::field, FieldProblem::code, FieldProblem::message)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("result", "field.size", "längden måste vara mellan 0 och 4000"),
					org.assertj.core.groups.Tuple.tuple("title", "field.not-blank", "får inte vara tomt"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			en | Another lab lead of Norrvik decides this: you submitted the idea (Lena Lind may)
			sv | En annan labbledare i Norrvik beslutar detta: du lämnade in idén (Lena Lind får)
			da | En anden lableder i Norrvik beslutter dette: du indsendte idéen (Lena Lind må)
			nl | Een andere lableider van Norrvik beslist hierover: u hebt het idee ingediend (Lena Lind mag)
			""")
	void aMessageNamedInAnotherIsRenderedInTheSameLanguage(String language, String detail) {
		ErrorResponseException refusal = Problems.forbidden("gate.another", Problems.message("role.lab-lead"),
				"Norrvik", Problems.message("gate.why.submitter"), "Lena Lind");

		assertThat(ProblemMessages.localize(refusal, this.bundles, Locale.forLanguageTag(language)).getDetail())
			.isEqualTo(detail);
	}

	@Test
	void aRequestWithoutAcceptLanguageIsAnsweredInEnglishWhateverTheMachinesLanguage() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		assertThat(ProblemMessages.localeOf(request)).isEqualTo(Locale.ENGLISH);

		request.addHeader("Accept-Language", "da-DK,da;q=0.9,en;q=0.8");
		request.setPreferredLocales(List.of(Locale.forLanguageTag("da-DK"), Locale.ENGLISH));
		assertThat(ProblemMessages.localeOf(request)).isEqualTo(Locale.forLanguageTag("da-DK"));
	}

}
