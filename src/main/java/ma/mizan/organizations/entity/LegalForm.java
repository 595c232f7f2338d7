package ma.mizan.organizations.entity;

/** Legal forms of Moroccan organizations (companies under Laws 17-95 and 5-96, public bodies, others). */
public enum LegalForm {
    SA, SARL, SARL_AU, SNC, SCS, SCA, SAS, GIE, COOPERATIVE, ASSOCIATION,
    PUBLIC_ESTABLISHMENT, STATE_ADMINISTRATION, LOCAL_AUTHORITY, BRANCH_OF_FOREIGN_COMPANY, OTHER
}
