package ma.mizan.assessment.entity.facts;

/** The two regimes Mizan assesses against. */
public enum Regime {
    /** The working model of the draft AI law. */
    AI_LAW,
    /** Law 09-08 on the protection of personal data, enforced by the CNDP. */
    LAW_09_08
}
