-- Re-assessment: which rule bases this database has seen, the runs that re-assess every stored system,
-- and, per run and system, what changed. A run's progress lives here, in Mizan's own database, so that a
-- run interrupted by a crash continues after restart without redoing or duplicating a system.

create sequence reassessment_run_seq start with 1 increment by 1;
create sequence reassessment_change_seq start with 1 increment by 1;

create table rule_base_release (
    hash        char(64)    not null primary key,
    version     varchar(40) not null,
    first_seen  timestamp with time zone not null
);

create table reassessment_run (
    id                 bigint       not null primary key,
    reason             varchar(20)  not null,
    status             varchar(20)  not null,
    rule_base_version  varchar(40)  not null,
    rule_base_hash     char(64)     not null,
    as_at              date         not null,
    total_systems      bigint       not null,
    execution_ids      varchar(2000) not null,
    started_at         timestamp with time zone not null,
    finished_at        timestamp with time zone,
    failure            varchar(2000),
    row_version        bigint       not null
);

create table reassessment_change (
    id                      bigint       not null primary key,
    run_id                  bigint       not null references reassessment_run (id),
    ai_system_id            bigint       not null references ai_system (id),
    previous_assessment_id  bigint       references assessment (id),
    new_assessment_id       bigint       not null references assessment (id),
    tier_before             varchar(20),
    tier_after              varchar(20)  not null,
    filing_before           varchar(20),
    filing_after            varchar(20)  not null,
    transfer_before         varchar(20),
    transfer_after          varchar(20)  not null,
    obligations_added       varchar(4000) not null,
    obligations_removed     varchar(4000) not null,
    changed                 boolean      not null,
    created_at              timestamp with time zone not null,
    constraint reassessment_change_once unique (run_id, ai_system_id)
);
create index reassessment_change_run on reassessment_change (run_id, ai_system_id);
