package ma.mizan.assessment.entity;

/** The separate general-purpose-model axis of an assessment. */
public enum GeneralPurposeModelClass {
    NONE, GPAI, GPAI_SYSTEMIC_RISK
}
