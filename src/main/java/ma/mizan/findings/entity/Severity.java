package ma.mizan.findings.entity;

/** How serious a finding is, in the auditor's judgement (a proposal only suggests one). */
public enum Severity {
    INFO, LOW, MEDIUM, HIGH, CRITICAL
}
