package ma.mizan.exports.control;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import ma.mizan.assessment.entity.AssessmentResult;
import ma.mizan.assessment.entity.Obligation;
import ma.mizan.exports.control.ExportRecords.OrganizationInfo;
import ma.mizan.exports.control.ExportRecords.SystemDossier;
import ma.mizan.exports.control.ExportRecords.SystemSummary;
import ma.mizan.exports.entity.AnnexViiiInput;

/** A system's dossier as the Annex VIII writer reads it: what Mizan records, nothing inferred. */
final class AnnexViii {

    private static final AnnexViiiExport WRITER = new AnnexViiiExport();

    private AnnexViii() {
    }

    static AnnexViiiInput input(SystemDossier d) {
        SystemSummary s = d.system();
        OrganizationInfo o = s.organization();
        AssessmentResult r = d.assessment() == null ? null : d.assessment().result();
        return new AnnexViiiInput(new AnnexViiiInput.Organization(o.name(), o.legalForm(), o.ice(), o.rcNumber(), o.city(), o.sector(),
                o.contactEmail(), o.publicAuthority()),
                new AnnexViiiInput.SystemRecord(String.valueOf(s.id()), s.name(), s.softwareVersion(), s.description(), s.intendedPurpose(),
                        s.lifecycle(), s.registrationStatus(), s.registrationNumber()),
                r == null ? null : new AnnexViiiInput.AssessmentRecord(r.riskLevel().name(), s.role(), r.highRiskBasis().stream().map(Enum::name).toList(),
                        r.derogationApplied(), r.obligations().stream().map(Obligation::code).distinct().toList(), r.ruleBase().version(),
                        r.ruleBase().hash(), d.assessment().createdAt().toInstant()));
    }

    /** Whether the latest assessment lists a registration duty (REGISTRATION, NOT-HIGH-RISK-DOCUMENTATION, DEPLOYER-REGISTRATION). */
    static boolean mustRegister(SystemDossier d) {
        return d.assessment() != null && WRITER.mustRegister(input(d));
    }

    static void write(SystemDossier d, OutputStream out) throws IOException {
        WRITER.write(input(d), out);
    }

}
