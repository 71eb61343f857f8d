package org.civiclab.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.civiclab.idea.DecisionField;
import org.civiclab.people.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.NoSuchMessageException;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The server's messages: the four bundles hold the same keys, every message is a valid
 * MessageFormat taking the same arguments in every language, and every code the code base
 * raises has its message in all four.
 */
class MessageBundlesTests {

	private static final List<String> LANGUAGES = List.of("", "_sv", "_da", "_nl");

	/** The code given to a problem, a field problem, a nested message or a constraint. */
	private static final List<Pattern> CODE_USES = Stream
		.of("Problems\\s*\\.(?:notFound|unauthorized|tooManyRequests|tooLarge|forbidden|conflict|methodNotAllowed"
				+ "|message)\\(\\s*\"([^\"]+)\"", "Problems\\s*\\.invalid\\([^;]*?,\\s*\"([a-z][a-z-]*\\.[^\"]+)\"",
				"FieldProblem\\.of\\([^;]*?,\\s*\"([^\"]+)\"", "Problems\\s*\\.stale\\([^,]+,\\s*\"([^\"]+)\"",
				"Result\\.wrong\\(\"([^\"]+)\"", "\"\\{((?:field|problem)\\.[^}]+)}\"",
				"(?:requireMember|requireAdministersInstallation)\\([^;]*?\"([^\"]+)\"\\)",
				"InvalidFormatException\\.from\\(parser, \"([^\"]+)\"", "\\?\\s*\"([a-z-]+\\.[a-z.-]+)\"",
				":\\s*\"([a-z-]+\\.[a-z.-]+)\"\\s*,", "->\\s*\"([a-z-]+\\.[a-z.-]+)\";",
				"static final String CODE = \"([a-z-]+\\.[^\"]+)\"")
		.map((regex) -> Pattern.compile(regex, Pattern.DOTALL))
		.toList();

	@Test
	void everyLanguageHasTheKeysOfTheEnglishMessages() {
		Set<String> english = bundle("").stringPropertyNames();

		for (String language : LANGUAGES) {
			assertThat(new TreeSet<>(bundle(language).stringPropertyNames())).as("messages%s.properties", language)
				.isEqualTo(new TreeSet<>(english));
		}
	}

	@Test
	void everyMessageIsAMessageFormatTakingTheArgumentsOfTheEnglishOne() {
		Properties english = bundle("");
		for (String language : LANGUAGES) {
			Properties messages = bundle(language);
			for (String key : messages.stringPropertyNames()) {
				assertThat(arguments(messages.getProperty(key))).as("the arguments of %s in messages%s", key, language)
					.isEqualTo(arguments(english.getProperty(key)));
			}
		}
	}

	@Test
	void everyCodeTheCodeBaseRaisesHasAMessageInEveryLanguage() throws IOException {
		Set<String> used = codesInTheSources();
		Arrays.stream(DecisionField.values()).forEach((field) -> used.add("decision.missing." + field.apiName()));
		Arrays.stream(Role.values()).forEach((role) -> {
			String key = role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
			used.add("role." + key);
			used.add("role.a." + key);
		});
		used.addAll(rubricReasons());

		assertThat(used).as("codes found in the sources")
			.hasSizeGreaterThan(150)
			.contains("idea.not-found", "field.theme-characters", "custom-field.not-a-date", "rubric.reason.too-weak");
		for (String language : LANGUAGES) {
			assertThat(bundle(language).stringPropertyNames()).as("messages%s.properties", language).containsAll(used);
		}
	}

	@Test
	void aCodeWithoutAMessageFailsWhereItIsRaised() {
		assertThatThrownBy(() -> Problems.conflict("idea.no-such-code")).isInstanceOf(NoSuchMessageException.class);
		assertThatThrownBy(() -> Problems.invalid("title", "field.no-such-code"))
			.isInstanceOf(NoSuchMessageException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Problems.conflict(\"a.b\")", "Problems\n\t.forbidden(\"a.b\", c)",
			"Problems.invalid(path(x), \"a.b\", y)", "FieldProblem.of(field.apiName(), \"a.b\", z)",
			"requireMember(i, u, \"a.b\")" })
	void theScanFindsTheCodeOfEveryWayOfRaisingOne(String source) {
		assertThat(codes(source)).containsExactly("a.b");
	}

	private static Set<String> codesInTheSources() throws IOException {
		Set<String> codes = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				codes.addAll(codes(Files.readString(file)));
			}
		}
		return codes;
	}

	private static Set<String> codes(String source) {
		Set<String> codes = new TreeSet<>();
		for (Pattern use : CODE_USES) {
			Matcher found = use.matcher(source);
			while (found.find()) {
				if (!found.group(1).endsWith(".")) {
					codes.add(found.group(1));
				}
			}
		}
		// "idea.authors-only." + action
		Matcher action = Pattern.compile("requireAuthor\\(idea, user, \"([a-z]+)\"\\)").matcher(source);
		while (action.find()) {
			codes.add("idea.authors-only." + action.group(1));
		}
		return codes;
	}

	private static Set<String> rubricReasons() throws IOException {
		String rubric = Files.readString(Path.of("../processes/screening-rubric.dmn"));
		Matcher reason = Pattern.compile("_ReasonCode\"><text>\"([^\"]+)\"").matcher(rubric);
		Set<String> codes = new TreeSet<>();
		while (reason.find()) {
			codes.add("rubric.reason." + reason.group(1));
		}
		assertThat(codes).as("the rubric's reason codes").hasSize(5);
		return codes;
	}

	/** The argument numbers a message takes; parsing fails on a malformed one. */
	private static Set<Integer> arguments(String message) {
		Set<Integer> numbers = new TreeSet<>();
		Object[] formats = new MessageFormat(message).getFormatsByArgumentIndex();
		for (int i = 0; i < formats.length; i++) {
			numbers.add(i);
		}
		Matcher used = Pattern.compile("\\{(\\d+)").matcher(message.replace("''", ""));
		while (used.find()) {
			numbers.add(Integer.parseInt(used.group(1)));
		}
		return numbers;
	}

	private static Properties bundle(String language) {
		Properties messages = new Properties();
		try (Reader reader = new java.io.InputStreamReader(
				new ClassPathResource("messages" + language + ".properties").getInputStream(),
				StandardCharsets.UTF_8)) {
			messages.load(reader);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return messages;
	}

}
