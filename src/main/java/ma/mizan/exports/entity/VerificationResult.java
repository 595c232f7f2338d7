package ma.mizan.exports.entity;

import java.util.List;

/**
 * What checking a bundle found: every check made, in order, passed or not. The bundle is valid only when every
 * check passed and at least one was made.
 */
public record VerificationResult(List<Check> checks) {

    public VerificationResult {
        checks = List.copyOf(checks);
    }

    /** One check, phrased so that it reads as a line of a verification report. */
    public record Check(String description, boolean passed) {
    }

    public boolean valid() {
        return !checks.isEmpty() && checks.stream().allMatch(Check::passed);
    }

    /** The descriptions of the failed checks. */
    public List<String> problems() {
        return checks.stream().filter(c -> !c.passed()).map(Check::description).toList();
    }
}
