package ma.mizan.findings.entity;

import java.util.List;

/** What proposing did: how many proposals it added, and every proposal of the audit still waiting for the auditor. */
public record ProposalRun(int created, List<FindingView> pending) {
}
