package ma.mizan.assessment.entity;

/** Who owes an obligation. */
public enum Addressee {
    PROVIDER, DEPLOYER, IMPORTER, DISTRIBUTOR, CONTROLLER, PROCESSOR
}
