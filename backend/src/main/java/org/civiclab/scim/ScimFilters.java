package org.civiclab.scim;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.Path;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.filters.Filter;
import com.unboundid.scim2.common.filters.FilterType;
import com.unboundid.scim2.common.utils.FilterEvaluator;

/**
 * A list's {@code filter} (RFC 7644 §3.4.2.2): parsed and evaluated by the SDK
 * ({@link Filter#fromString}, {@link FilterEvaluator}), on the attributes CivicLab keeps
 * of a resource. A filter on any other attribute (a title, an address) could only ever
 * find nothing, so it is a 400 {@code invalidFilter}, as the RFC allows for a comparison
 * "not supported".
 */
final class ScimFilters {

	static final Set<String> USER_ATTRIBUTES = Set.of("id", "externalId", "userName", "displayName", "name",
			"name.formatted", "name.givenName", "name.familyName", "emails", "emails.value", "emails.type",
			"emails.primary", "active", "groups", "groups.value", "groups.display");

	static final Set<String> GROUP_ATTRIBUTES = Set.of("id", "displayName", "members", "members.value",
			"members.display");

	private final Filter filter;

	private ScimFilters(Filter filter) {
		this.filter = filter;
	}

	/** The filter, refused if it names an attribute outside these; none matches all. */
	static ScimFilters parse(String filter, Set<String> attributes) throws ScimException {
		if (filter == null || filter.isBlank()) {
			return new ScimFilters(null);
		}
		Filter parsed = Filter.fromString(filter);
		check(parsed, null, attributes);
		return new ScimFilters(parsed);
	}

	/** The resources the filter matches, in their order. */
	<T> List<T> select(List<T> resources, Function<T, ObjectNode> json) throws ScimException {
		if (this.filter == null) {
			return resources;
		}
		java.util.ArrayList<T> found = new java.util.ArrayList<>();
		for (T resource : resources) {
			if (FilterEvaluator.evaluate(this.filter, json.apply(resource))) {
				found.add(resource);
			}
		}
		return found;
	}

	/**
	 * The value of a lone {@code attribute eq "value"}, the look-up directories make
	 * before creating, which can go straight to the database.
	 */
	Optional<String> equalityOn(String attribute) {
		if (this.filter != null && this.filter.getFilterType() == FilterType.EQUAL
				&& this.filter.getAttributePath().toString().equalsIgnoreCase(attribute)
				&& this.filter.getComparisonValue().isTextual()) {
			return Optional.of(this.filter.getComparisonValue().textValue());
		}
		return Optional.empty();
	}

	private static void check(Filter filter, String parent, Set<String> attributes) throws BadRequestException {
		if (filter.isCombiningFilter()) {
			for (Filter combined : filter.getCombinedFilters()) {
				check(combined, parent, attributes);
			}
			return;
		}
		if (filter.isNotFilter()) {
			check(filter.getInvertedFilter(), parent, attributes);
			return;
		}
		String attribute = name(filter.getAttributePath(), parent);
		if (attributes.stream().noneMatch(attribute::equalsIgnoreCase)) {
			throw BadRequestException.invalidFilter("CivicLab keeps no attribute " + filter.getAttributePath()
					+ " to filter on: " + String.join(", ", attributes.stream().sorted().toList()));
		}
		if (filter.isComplexValueFilter()) {
			check(filter.getValueFilter(), attribute, attributes);
		}
	}

	private static String name(Path path, String parent) {
		String name = path.withoutFilters().toString();
		int urn = name.lastIndexOf(':');
		name = (urn >= 0) ? name.substring(urn + 1) : name;
		return (parent != null) ? parent + "." + name : name;
	}

}
