package ma.mizan.assessment.entity;

/**
 * The AI-law tier. Declared in the order of precedence of Decision 1: the first that applies wins.
 */
public enum RiskLevel {
    OUT_OF_SCOPE, UNACCEPTABLE, HIGH, LIMITED, LOW
}
