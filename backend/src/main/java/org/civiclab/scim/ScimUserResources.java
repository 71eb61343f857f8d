package org.civiclab.scim;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.types.Email;
import com.unboundid.scim2.common.types.Group;
import com.unboundid.scim2.common.types.Name;
import com.unboundid.scim2.common.types.UserResource;

import org.civiclab.people.Person;

/**
 * A provisioned person as the SDK's {@link UserResource} (RFC 7643 §4.1), and the
 * attributes of a user resource that CivicLab keeps. Attributes it does not keep (a
 * title, addresses, the enterprise extension) are ignored, as a directory sends them
 * whatever the target keeps.
 */
final class ScimUserResources {

	static final String ENDPOINT = "/scim/v2/Users/";

	private ScimUserResources() {
	}

	static UserResource of(ScimUser user) {
		Person person = user.person();
		UserResource resource = new UserResource().setUserName(person.getUsername())
			.setDisplayName(person.getDisplayName())
			.setName(new Name().setFormatted(person.getDisplayName())
				.setGivenName(user.givenName())
				.setFamilyName(user.familyName()))
			.setActive(person.isActive())
			.setGroups(ScimGroups.OFFERED.stream()
				.filter(person::hasRole)
				.map((role) -> new Group().setValue(role.group())
					.setDisplay(role.group())
					.setRef(URI.create(ScimGroups.ENDPOINT + role.group())))
				.toList());
		if (person.getEmail() != null) {
			resource.setEmails(List.of(new Email().setValue(person.getEmail()).setType("work").setPrimary(true)));
		}
		resource.setId(String.valueOf(user.id()));
		resource.setExternalId(user.externalId());
		resource.setMeta(ScimVersions.meta(resource, "User", ENDPOINT + user.id()));
		return resource;
	}

	/**
	 * What CivicLab keeps of a user resource, refused where its person cannot hold it.
	 */
	static Kept kept(UserResource user) throws BadRequestException {
		Name name = user.getName();
		String givenName = (name != null) ? name.getGivenName() : null;
		String familyName = (name != null) ? name.getFamilyName() : null;
		String shown = Stream
			.of(user.getDisplayName(), (name != null) ? name.getFormatted() : null,
					Stream.of(givenName, familyName)
						.filter((part) -> part != null && !part.isBlank())
						.map(String::strip)
						.collect(Collectors.joining(" ")),
					user.getUserName())
			.filter((text) -> text != null && !text.isBlank())
			.map(String::strip)
			.findFirst()
			.orElse(null);
		Kept kept = new Kept(user.getUserName(), user.getExternalId(), givenName, familyName, shown,
				primaryEmail(user.getEmails()), user.getActive() == null || user.getActive());
		kept.check();
		return kept;
	}

	private static String primaryEmail(List<Email> emails) {
		if (emails == null || emails.isEmpty()) {
			return null;
		}
		return emails.stream()
			.filter((email) -> Boolean.TRUE.equals(email.getPrimary()))
			.findFirst()
			.orElse(emails.get(0))
			.getValue();
	}

	/**
	 * The user's attributes in CivicLab: its person's user name, shown name, e-mail and
	 * whether they can sign in; the rest in {@code scim_user}.
	 */
	record Kept(String userName, String externalId, String givenName, String familyName, String shownName, String email,
			boolean active) {

		void check() throws BadRequestException {
			if (this.userName == null || this.userName.isBlank()) {
				throw BadRequestException.invalidValue("userName is required");
			}
			Map<String, String> limited = new java.util.LinkedHashMap<>();
			limited.put("userName", this.userName);
			limited.put("displayName", this.shownName);
			limited.put("emails", this.email);
			limited.put("externalId", this.externalId);
			limited.put("name.givenName", this.givenName);
			limited.put("name.familyName", this.familyName);
			for (Map.Entry<String, String> attribute : limited.entrySet()) {
				int limit = attribute.getKey().equals("userName") ? 100 : 200;
				if (attribute.getValue() != null && attribute.getValue().length() > limit) {
					throw BadRequestException
						.invalidValue(attribute.getKey() + " is longer than " + limit + " characters");
				}
			}
		}

	}

}
