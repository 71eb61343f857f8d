package org.civiclab.scim;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.unboundid.scim2.common.exceptions.ResourceNotFoundException;
import com.unboundid.scim2.common.types.AuthenticationScheme;
import com.unboundid.scim2.common.types.BulkConfig;
import com.unboundid.scim2.common.types.ChangePasswordConfig;
import com.unboundid.scim2.common.types.ETagConfig;
import com.unboundid.scim2.common.types.FilterConfig;
import com.unboundid.scim2.common.types.GroupResource;
import com.unboundid.scim2.common.types.PatchConfig;
import com.unboundid.scim2.common.types.ResourceTypeResource;
import com.unboundid.scim2.common.types.SchemaResource;
import com.unboundid.scim2.common.types.ServiceProviderConfigResource;
import com.unboundid.scim2.common.types.SortConfig;
import com.unboundid.scim2.common.types.UserResource;
import com.unboundid.scim2.common.utils.SchemaUtils;

/**
 * What CivicLab's SCIM service provider offers (RFC 7644 §4), in the SDK's types: PATCH,
 * filters, versions; no bulk, sorting or passwords; a bearer token. The schemas are the
 * SDK's core User and Group schemas with only the attributes CivicLab keeps.
 */
final class ScimServiceProvider {

	static final ServiceProviderConfigResource CONFIG = new ServiceProviderConfigResource(null, new PatchConfig(true),
			new BulkConfig(false, 0, 0), new FilterConfig(true, ScimPages.MAX), new ChangePasswordConfig(false),
			new SortConfig(false), new ETagConfig(true),
			List.of(new AuthenticationScheme("Bearer token",
					"A CivicLab access token of scope SCIM, made by an organisation's admin", null, null,
					"oauthbearertoken", true)));

	static final List<SchemaResource> SCHEMAS = List.of(
			kept(UserResource.class, Set.of("userName", "name", "displayName", "emails", "active", "groups")),
			kept(GroupResource.class, Set.of("displayName", "members")));

	static final List<ResourceTypeResource> RESOURCE_TYPES = List.of(
			type("User", "/Users", SCHEMAS.get(0), "People an organisation's directory provisions"),
			type("Group", "/Groups", SCHEMAS.get(1), "CivicLab's roles: lab-lead, executive, admin"));

	private ScimServiceProvider() {
	}

	static SchemaResource schema(String id) throws ResourceNotFoundException {
		return find(SCHEMAS.stream().filter((schema) -> schema.getId().equalsIgnoreCase(id)).findFirst(), id);
	}

	static ResourceTypeResource resourceType(String name) throws ResourceNotFoundException {
		return find(RESOURCE_TYPES.stream().filter((type) -> type.getName().equalsIgnoreCase(name)).findFirst(), name);
	}

	private static <T> T find(Optional<T> found, String name) throws ResourceNotFoundException {
		return found.orElseThrow(() -> new ResourceNotFoundException("No " + name + " here"));
	}

	private static SchemaResource kept(Class<?> type, Set<String> attributes) {
		try {
			SchemaResource all = SchemaUtils.getSchema(type);
			return new SchemaResource(all.getId(), all.getName(), all.getDescription(),
					all.getAttributes()
						.stream()
						.filter((attribute) -> attributes.contains(attribute.getName()))
						.toList());
		}
		catch (java.beans.IntrospectionException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ResourceTypeResource type(String name, String endpoint, SchemaResource schema, String description) {
		return new ResourceTypeResource(name, description, URI.create(endpoint), URI.create(schema.getId()));
	}

}
