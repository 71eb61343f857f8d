package org.civiclab.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.ScimResource;
import com.unboundid.scim2.common.exceptions.ScimException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** SCIM 2.0 users (RFC 7644 §3): what a directory provisions. */
@RestController
@RequestMapping("/scim/v2/Users")
class ScimUsersController {

	private final ScimUsers users;

	private final ScimClient client;

	ScimUsersController(ScimUsers users, ScimClient client) {
		this.users = users;
		this.client = client;
	}

	@GetMapping
	ResponseEntity<ObjectNode> list(@RequestParam(required = false) String filter,
			@RequestParam(required = false) Integer startIndex, @RequestParam(required = false) Integer count)
			throws ScimException {
		return ScimJson.ok(this.users.list(this.client.organisationId(), filter, startIndex, count));
	}

	@PostMapping
	ResponseEntity<ObjectNode> create(@RequestBody JsonNode body) throws ScimException {
		return versioned(HttpStatus.CREATED, this.users.create(this.client.organisationId(), body));
	}

	@GetMapping("/{userId}")
	ResponseEntity<ObjectNode> read(@PathVariable Long userId) throws ScimException {
		return versioned(HttpStatus.OK, this.users.read(this.client.organisationId(), userId));
	}

	@PutMapping("/{userId}")
	ResponseEntity<ObjectNode> replace(@PathVariable Long userId, @RequestBody JsonNode body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) throws ScimException {
		return versioned(HttpStatus.OK, this.users.replace(this.client.organisationId(), userId, body, ifMatch));
	}

	@PatchMapping("/{userId}")
	ResponseEntity<ObjectNode> patch(@PathVariable Long userId, @RequestBody JsonNode body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) throws ScimException {
		return versioned(HttpStatus.OK, this.users.patch(this.client.organisationId(), userId, body, ifMatch));
	}

	@DeleteMapping("/{userId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable Long userId, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch)
			throws ScimException {
		this.users.delete(this.client.organisationId(), userId, ifMatch);
	}

	/** A resource with its version as the {@code ETag} (RFC 7644 §3.14). */
	static ResponseEntity<ObjectNode> versioned(HttpStatus status, ScimResource resource) {
		return ResponseEntity.status(status)
			.contentType(ScimJson.MEDIA_TYPE)
			.eTag(resource.getMeta().getVersion())
			.body(ScimJson.write(resource));
	}

}
