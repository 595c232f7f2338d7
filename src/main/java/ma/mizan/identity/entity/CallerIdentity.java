package ma.mizan.identity.entity;

/**
 * Who is calling, as established by the authentication mechanism: a user (by a bearer token) or an
 * organization's machine client (by an API key, with the rights of an organization member).
 */
public record CallerIdentity(String name, Role role, Long userId, Long organizationId, boolean apiKey) {
}
