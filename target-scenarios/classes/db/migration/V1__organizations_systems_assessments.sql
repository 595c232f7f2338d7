-- Mizan schema, version 1: organizations, their AI systems, and immutable assessments.
-- Portable SQL: the same file runs on H2 2.x and PostgreSQL 15. Identifiers come from sequences.
-- JSON documents (profiles, results) are stored as text so that both databases read them alike.

create sequence organization_seq start with 1 increment by 1;
create sequence ai_system_seq start with 1 increment by 1;
create sequence assessment_seq start with 1 increment by 1;

create table organization (
    id               bigint        not null primary key,
    name             varchar(300)  not null,
    legal_form       varchar(40)   not null,
    ice              char(15)      not null,
    rc_number        varchar(40),
    city             varchar(120)  not null,
    sector           varchar(120)  not null,
    contact_email    varchar(254)  not null,
    public_authority boolean       not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    row_version      bigint        not null,
    constraint organization_ice_unique unique (ice)
);

create table ai_system (
    id                  bigint        not null primary key,
    organization_id     bigint        not null references organization (id),
    name                varchar(200)  not null,
    software_version    varchar(100),
    description         varchar(10000),
    intended_purpose    varchar(4000) not null,
    lifecycle           varchar(20)   not null,
    registration_status varchar(20)   not null,
    profile             text          not null,
    latest_risk_level   varchar(20),
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    row_version         bigint        not null
);
create index ai_system_organization on ai_system (organization_id);

create table assessment (
    id                bigint       not null primary key,
    ai_system_id      bigint       not null references ai_system (id),
    system_row_version bigint      not null,
    as_at             date         not null,
    language          varchar(8)   not null,
    profile           text         not null,
    result            text         not null,
    risk_level        varchar(20)  not null,
    cndp_filing       varchar(20)  not null,
    cndp_transfer     varchar(20)  not null,
    rule_base_version varchar(40)  not null,
    rule_base_hash    char(64)     not null,
    created_at        timestamp with time zone not null
);
create index assessment_system on assessment (ai_system_id, created_at);
