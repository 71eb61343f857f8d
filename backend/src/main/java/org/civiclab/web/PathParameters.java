package org.civiclab.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Every parameter a path names is defined on each of its operations, and no operation
 * defines one its path does not name: a handler mapped to several paths (the refused
 * changes to decisions) or one that does not read a parameter gets it from the path's
 * other operations, or as text.
 */
final class PathParameters {

	private static final Pattern NAMED = Pattern.compile("\\{([^}/]+)}");

	private PathParameters() {
	}

	static void fix(OpenAPI document) {
		document.getPaths().forEach((path, item) -> {
			Set<String> named = named(path);
			List<Operation> operations = item.readOperations();
			for (Operation operation : operations) {
				List<Parameter> parameters = new ArrayList<>(
						(operation.getParameters() != null) ? operation.getParameters() : List.of());
				parameters
					.removeIf((parameter) -> "path".equals(parameter.getIn()) && !named.contains(parameter.getName()));
				for (String name : named) {
					if (parameters.stream().noneMatch((parameter) -> isPath(parameter, name))) {
						parameters.add(definition(name, operations));
					}
				}
				parameters.stream()
					.filter((parameter) -> "path".equals(parameter.getIn()))
					.forEach((parameter) -> parameter.setRequired(true));
				operation.setParameters(parameters.isEmpty() ? null : parameters);
			}
		});
	}

	private static Parameter definition(String name, List<Operation> operations) {
		return operations.stream()
			.filter((operation) -> operation.getParameters() != null)
			.flatMap((operation) -> operation.getParameters().stream())
			.filter((parameter) -> isPath(parameter, name))
			.findFirst()
			.orElseGet(() -> {
				Schema<Object> text = new Schema<>();
				text.setType("string");
				text.setTypes(Set.of("string"));
				return new Parameter().in("path").name(name).required(true).schema(text);
			});
	}

	private static boolean isPath(Parameter parameter, String name) {
		return "path".equals(parameter.getIn()) && name.equals(parameter.getName());
	}

	private static Set<String> named(String path) {
		Set<String> names = new LinkedHashSet<>();
		Matcher matcher = NAMED.matcher(path);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

}
