package ma.mizan.systems.entity;

/**
 * The registration status of a system in the national register. Only DRAFT is reachable until the review
 * workflow lands; the other values are listed so the column and the API never need renaming.
 */
public enum RegistrationStatus {
    DRAFT, SUBMITTED, UNDER_REVIEW, CHANGES_REQUESTED, REGISTERED, REJECTED, WITHDRAWN, SUSPENDED
}
