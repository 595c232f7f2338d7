package ma.mizan.assessment.entity;

/** The organization's role for a system (contract: AiSystemProfile.role). */
public enum Role {
    PROVIDER, DEPLOYER, PROVIDER_AND_DEPLOYER, IMPORTER, DISTRIBUTOR;

    public boolean provides() {
        return this == PROVIDER || this == PROVIDER_AND_DEPLOYER;
    }

    public boolean deploys() {
        return this == DEPLOYER || this == PROVIDER_AND_DEPLOYER;
    }
}
