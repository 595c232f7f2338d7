package ma.mizan.assessment.entity;

/** The strict-necessity ground claimed for real-time remote identification (working model, art. 5(1)(h)). */
public enum LawEnforcementException {
    NONE, VICTIM_SEARCH, IMMINENT_THREAT, SERIOUS_CRIME_SUSPECT
}
