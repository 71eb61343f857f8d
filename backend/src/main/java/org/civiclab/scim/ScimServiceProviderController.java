package org.civiclab.scim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.messages.ListResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * SCIM 2.0 discovery (RFC 7644 §4): what a directory's client asks before provisioning.
 * Reached with the directory's SCIM token, like the rest of {@code /scim/v2}.
 */
@RestController
@RequestMapping("/scim/v2")
class ScimServiceProviderController {

	private final ScimClient client;

	ScimServiceProviderController(ScimClient client) {
		this.client = client;
	}

	@GetMapping("/ServiceProviderConfig")
	ResponseEntity<ObjectNode> config() throws ScimException {
		this.client.organisationId();
		return ScimJson.ok(ScimServiceProvider.CONFIG);
	}

	@GetMapping("/Schemas")
	ResponseEntity<ObjectNode> schemas() throws ScimException {
		this.client.organisationId();
		return ScimJson.ok(new ListResponse<>(ScimServiceProvider.SCHEMAS));
	}

	@GetMapping("/Schemas/{schemaId}")
	ResponseEntity<ObjectNode> schema(@PathVariable String schemaId) throws ScimException {
		this.client.organisationId();
		return ScimJson.ok(ScimServiceProvider.schema(schemaId));
	}

	@GetMapping("/ResourceTypes")
	ResponseEntity<ObjectNode> resourceTypes() throws ScimException {
		this.client.organisationId();
		return ScimJson.ok(new ListResponse<>(ScimServiceProvider.RESOURCE_TYPES));
	}

	@GetMapping("/ResourceTypes/{typeName}")
	ResponseEntity<ObjectNode> resourceType(@PathVariable String typeName) throws ScimException {
		this.client.organisationId();
		return ScimJson.ok(ScimServiceProvider.resourceType(typeName));
	}

}
