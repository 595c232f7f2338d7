package ma.mizan.assessment.entity.facts;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import ma.mizan.assessment.entity.Addressee;
import org.kie.api.runtime.rule.RuleContext;

/**
 * An obligation established by an obligation rule. Its legal references are the {@code @legalRef}
 * metadata of the rule that established it, so a rule states its basis once and the obligation, the
 * trace and the legal-text check all read that one statement. {@code reason} names the message that
 * explains, for a compliance officer, which facts triggered the duty; {@code facts} fill it in.
 */
public final class Duty {

    private final String code;
    private final Addressee addressee;
    private final List<String> legalRefs;
    private final String reason;
    private final List<String> facts;

    public Duty(String code, Addressee addressee, List<String> legalRefs, String reason, List<String> facts) {
        this.code = code;
        this.addressee = addressee;
        this.legalRefs = List.copyOf(legalRefs);
        this.reason = reason;
        this.facts = List.copyOf(facts);
    }

    /** Called from a rule's consequence: {@code insertLogical(Duty.of(drools, "FRIA", Addressee.DEPLOYER, "fria-credit", $area))}. */
    public static Duty of(RuleContext rule, String code, Addressee addressee, String reason, Object... facts) {
        return new Duty(code, addressee, LegalRefs.of(rule.getRule()), reason,
                Arrays.stream(facts).map(String::valueOf).toList());
    }

    public String getCode() {
        return code;
    }

    public Addressee getAddressee() {
        return addressee;
    }

    public List<String> getLegalRefs() {
        return legalRefs;
    }

    public String getReason() {
        return reason;
    }

    public List<String> getFacts() {
        return facts;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Duty d && code.equals(d.code) && addressee == d.addressee && legalRefs.equals(d.legalRefs)
                && reason.equals(d.reason) && facts.equals(d.facts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, addressee, legalRefs, reason, facts);
    }

    @Override
    public String toString() {
        return "obligation " + code + " (" + addressee + ")";
    }
}
